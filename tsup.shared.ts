// Shared by the libraries' tsup.config.ts: ES modules one file per source module, so that an
// application's bundler drops what it does not import (zod, the views a page does not show) even
// where it cannot tree-shake inside a file; CommonJS one bundled file per entry.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Options } from 'tsup';

/**
 * The source modules the entries reach through value imports (`import`/`export … from './x.js'`,
 * not `import type`): exactly the files the per-file ESM build emits, so tests, test helpers and
 * fixtures never reach `dist`.
 */
export function reachableModules(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const target = join(dirname(file), match[1]!.replace(/\.js$/, '.ts'));
      if (!existsSync(target)) throw new Error(`[luoshi build] ${file} imports ${match[1]}: no ${target}`);
      visit(target);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen].map((file) => relative('.', file)).sort();
}

/**
 * The two builds of a library. `entries` names each public entry (`{ index: 'src/index.ts' }`): its
 * declarations are `dist/<name>.d.ts` and `.d.cts`, its CommonJS `dist/<name>.cjs`, and its ES module
 * sits where its source does (`src/ssr/index.ts` → `dist/ssr/index.js`).
 */
export function libraryBuild(entries: Record<string, string>, options: Options = {}): Options[] {
  // tsup runs the two builds in parallel, so its own `clean` in either would race with the other:
  // the stale output is removed once, here.
  rmSync('dist', { recursive: true, force: true });
  const shared: Options = { sourcemap: true, target: 'es2022', ...options, dts: { entry: entries } };
  return [
    { ...shared, entry: reachableModules(Object.values(entries)), format: ['esm'], bundle: false },
    // `require` loads everything anyway, and a bundled file needs no rewritten `.cjs` import paths.
    { ...shared, entry: entries, format: ['cjs'], treeshake: true },
  ];
}
