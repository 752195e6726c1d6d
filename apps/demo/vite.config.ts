import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The workspace packages are read from their sources through the `@luoshi/source` export condition,
// in dev and in the production build alike: `npm start` then needs no package build first, and the
// dashboard bundles exactly the modules a user's bundler would take from the published dist.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@luoshi/source', 'module', 'browser', 'production', 'default'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', strictPort: false },
});
