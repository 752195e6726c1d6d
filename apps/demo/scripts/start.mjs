/* global process, URL */
// `npm start`: builds the dashboard (the workspace packages are read from source, so nothing else
// needs building first) and serves the built files on 127.0.0.1. Offline: every asset is local.
// PORT chooses the port (default 4173; the next free one when it is taken).
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = { logLevel: 'warn' };

await build({ root, ...quiet });
const server = await preview({
  root,
  ...quiet,
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: false, open: false },
});
// The port actually bound (PORT=0 asks the system for a free one).
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
process.stdout.write(`\n  luoshi 落实 dashboard: ${url}\n  (Ctrl+C to stop)\n\n`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
