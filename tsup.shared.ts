// Shared by the libraries' tsup.config.ts: ES modules one file per source module, so that an
// application's bundler drops what it does not import (zod, the views a page does not show) even
// where it cannot tree-shake inside a file; CommonJS one bundled file per entry.
//
// Run as a script after tsup (`tsx ../../tsup.shared.ts declarations`), it writes the CommonJS
// declarations from the ES ones: see `writeDeclarations`.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'esbuild';
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

/** What differs between the two builds of {@link libraryBuild}. */
export interface LibraryBuildOptions {
  /** Merged into the CommonJS build only (e.g. `esbuildPlugins: [echartsForRequire()]`). */
  cjs?: Options;
}

/**
 * The two builds of a library. `entries` names each public entry (`{ index: 'src/index.ts' }`): its
 * declarations are `dist/<name>.d.ts` (and `.d.cts`, written by {@link writeDeclarations} after
 * tsup), its CommonJS `dist/<name>.cjs`, and its ES module sits where its source does
 * (`src/ssr/index.ts` → `dist/ssr/index.js`).
 *
 * No source maps: with their embedded sources they were two thirds of every tarball, and without
 * them they point at `src/`, which is not published. In the repository, tests, Storybook and the
 * demo run from `src` through the `@luoshi/source` condition and need none.
 */
export function libraryBuild(
  entries: Record<string, string>,
  options: Options = {},
  { cjs = {} }: LibraryBuildOptions = {},
): Options[] {
  // tsup runs the two builds in parallel, so its own `clean` in either would race with the other:
  // the stale output is removed once, here.
  rmSync('dist', { recursive: true, force: true });
  const shared: Options = { sourcemap: false, target: 'es2022', ...options };
  return [
    {
      ...shared,
      // Declarations once, from the ES build: the CommonJS ones are derived from them.
      dts: { entry: entries },
      entry: reachableModules(Object.values(entries)),
      format: ['esm'],
      bundle: false,
    },
    // `require` loads everything anyway, and a bundled file needs no rewritten `.cjs` import paths.
    { ...shared, entry: entries, format: ['cjs'], treeshake: true, ...cjs },
  ];
}

/** The `echarts/…` modules that exist only as ES modules, and what `require` gets instead. */
const ECHARTS_ESM_ONLY =
  /^echarts\/(core|charts|components|features|renderers|lib\/renderer\/install(?:SVG|Canvas)Renderer\.js)$/;

/**
 * The CommonJS build's answer to ECharts' ES-only modules (`echarts/core`, `echarts/charts`, …,
 * `echarts/lib/renderer/*`). `require('echarts')` is ECharts' own CommonJS build, with every series,
 * component and both renderers already registered: `echarts/core` becomes it, and every extension
 * imported from the others becomes an installer with nothing left to do. So the CommonJS files load
 * in any `require`, including Node with `--no-experimental-require-module`, Jest and older
 * bundlers, and still never bundle echarts (it stays the application's peer). The price: where
 * `require` is used, all of ECharts loads — which is what a `require` of it always did.
 */
export function echartsForRequire(): Plugin {
  return {
    name: 'luoshi-echarts-for-require',
    setup(build) {
      build.onResolve({ filter: ECHARTS_ESM_ONLY }, (args) => ({
        path: args.path,
        namespace: 'echarts-cjs',
      }));
      build.onLoad({ filter: /.*/, namespace: 'echarts-cjs' }, (args) => {
        if (args.path === 'echarts/core')
          return { contents: "module.exports = require('echarts');", loader: 'js' };
        const names = args.path.startsWith('echarts/lib/') ? ['install'] : echartsExportNames(args.path);
        const contents = [
          '// Already registered by ECharts’ CommonJS build, which `echarts/core` is here.',
          'const registered = () => {};',
          `export { ${names.map((name) => `registered as ${name}`).join(', ')} };`,
        ].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}

/** The names `echarts/charts` (…/components, …/features, …/renderers) exports, read from ECharts itself. */
function echartsExportNames(specifier: string): string[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const barrel = join(
    dirname(require.resolve('echarts/package.json')),
    'lib/export',
    `${specifier.slice(8)}.js`,
  );
  const source = readFileSync(barrel, 'utf8');
  const names = [...new Set([...source.matchAll(/^export \{ \w+ as (\w+) \}/gm)].map((match) => match[1]!))];
  if (names.length === 0) throw new Error(`[luoshi build] found no exports in ${barrel}`);
  return names;
}

/** Declarations that name a module whose types exist for `import` only, and what `require` reads instead. */
const ESM_ONLY_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  // `echarts/core` and its siblings ship ES declarations only (TS1479 in a `.d.cts`); `echarts`
  // itself has CommonJS ones (`types/dist/echarts.d.cts`) exporting the same names.
  [/(['"])echarts\/(?:core|charts|components|features|renderers)\1/g, "'echarts'"],
];

/**
 * Writes the CommonJS declarations beside the ES ones tsup wrote in `dir` (`index.d.ts` →
 * `index.d.cts`, with `./chunk.js` → `./chunk.cjs`). Where the two would be the same text, the
 * ES file becomes `export * from './index.cjs'` — an ES module may import a CommonJS one, so both
 * module systems read one copy (core's 100 KB were shipped twice). Where they differ (charts: the
 * ES files import `echarts/core`, the CommonJS ones `echarts`), both copies stay, so that each side
 * sees the same ECharts types as the application's own `import`/`require` of echarts.
 */
export function writeDeclarations(dir = 'dist'): void {
  const files = readdirSync(dir).filter((file) => file.endsWith('.d.ts'));
  if (files.length === 0) throw new Error(`[luoshi build] no declarations in ${dir}: did tsup run with dts?`);
  const rewritten = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    let cjs = source.replace(/(from\s+|import\s+)(['"])(\.\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2');
    for (const [pattern, replacement] of ESM_ONLY_TYPES) cjs = cjs.replace(pattern, replacement);
    // `import 'echarts/core'` and `import 'echarts'` side by side became the same line twice.
    const sideEffects = new Set<string>();
    cjs = cjs
      .split('\n')
      .filter(
        (line) =>
          !/^import '[^']+';$/.test(line) || (!sideEffects.has(line) && Boolean(sideEffects.add(line))),
      )
      .join('\n');
    rewritten.set(file, cjs);
  }
  const sameTypes = files.every((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    // `export *` passes on no default export.
    if (/\bexport default\b|\bas default\b/.test(source)) return false;
    return !ESM_ONLY_TYPES.some(([pattern]) => new RegExp(pattern.source).test(source));
  });
  for (const [file, cjs] of rewritten) {
    const base = file.slice(0, -'.d.ts'.length);
    writeFileSync(join(dir, `${base}.d.cts`), cjs);
    if (sameTypes) writeFileSync(join(dir, file), `export * from './${base}.cjs';\n`);
  }
}

if (process.argv[1]?.endsWith('tsup.shared.ts') && process.argv[2] === 'declarations') {
  writeDeclarations(process.argv[3]);
}
