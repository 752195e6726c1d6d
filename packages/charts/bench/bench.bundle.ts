// Bundles a benchmark page the way a production app would (esbuild, minified, ES modules with
// code splitting) from the built packages, as an application installing them from npm gets them,
// and measures what the page loads at start: the entry and the chunks it imports statically.
// Lazily imported chunks are counted separately.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface PageBundle {
  /** Files by their served path (`/entry.js`, `/chunk-….js`). */
  files: Record<string, string>;
  entry: string;
  /** Gzipped bytes loaded at start. */
  initialGzip: number;
  /** Minified bytes loaded at start. */
  initialMin: number;
  /** Gzipped bytes of every output, lazily loaded chunks included. */
  totalGzip: number;
}

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

/** The newest modification time of the files under a folder. */
function newest(folder: string): number {
  return Math.max(
    0,
    ...readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/** Fails, saying what to run, when a package's dist is missing or older than its sources. */
export function assertBuilt(): void {
  for (const name of ['core', 'charts']) {
    const root = fileURLToPath(new URL(`../../${name}/`, import.meta.url));
    let built = 0;
    try {
      built = newest(join(root, 'dist'));
    } catch {
      built = 0;
    }
    if (built < newest(join(root, 'src'))) {
      throw new Error(
        `[@luoshi/charts bench] packages/${name}/dist is missing or older than its sources: ` +
          'run npm run build -w @luoshi/core -w @luoshi/charts first (turbo run bench does it)',
      );
    }
  }
}

export async function bundleBenchPage(entry: string): Promise<PageBundle> {
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir: '/out',
    chunkNames: 'chunk-[hash]',
    minify: true,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const files: Record<string, string> = {};
  for (const file of result.outputFiles) files[`/${basename(file.path)}`] = file.text;
  // Metafile keys are relative to the working directory; files are served by their base name.
  const outputs = result.metafile.outputs;
  const entryKey = Object.keys(outputs).find((key) => outputs[key]?.entryPoint !== undefined);
  if (entryKey === undefined) throw new Error(`[@luoshi/charts bench] no entry output for ${entry}`);
  const initial = new Set<string>();
  const visit = (key: string): void => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of outputs[key]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryKey);
  const initialFiles = [...initial].map((key) => {
    const text = files[`/${basename(key)}`];
    if (text === undefined) throw new Error(`[@luoshi/charts bench] no output file for ${key}`);
    return text;
  });
  return {
    files,
    entry: '/entry.js',
    initialGzip: initialFiles.reduce((sum, text) => sum + gzipped(text), 0),
    initialMin: initialFiles.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    totalGzip: Object.values(files).reduce((sum, text) => sum + gzipped(text), 0),
  };
}

export { gzipped };
