import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// ES modules one file per module: `import { readDatasetShape } from '@luoshi/core'` in a page does
// not pull zod in with the schemas, whatever the bundler.
export default defineConfig(libraryBuild({ index: 'src/index.ts' }));
