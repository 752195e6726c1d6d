// Real-browser harness: bundles a plain HTML page with esbuild, serves it on 127.0.0.1 (random
// port) and drives Debian's Chromium through playwright-core. Used by the *.browser.test.ts files
// and by the benchmarks.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

/** Where the Chromium binary is: `LUOSHI_CHROMIUM` or Debian's package. */
export const CHROMIUM_PATH = process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Launches Chromium, or fails with what to do: these tests never skip, in CI or anywhere else,
 * because a skipped browser suite looks green while proving nothing.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `[@luoshi/charts] browser tests need Chromium at ${CHROMIUM_PATH}` +
        `${process.env['CI'] ? ' (CI=true)' : ''}: install it (apt-get install -y chromium) or set LUOSHI_CHROMIUM to its path`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A file the test server answers with. */
export interface ServedFile {
  type: string;
  body: string | Uint8Array;
}

/** Serves fixed files on 127.0.0.1 at a random free port. */
export async function serve(
  files: Record<string, ServedFile>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Bundles one browser entry (TypeScript, sources of the workspace) into a single ES module. */
export async function bundlePage(entry: string, options: { minify?: boolean } = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? false,
    conditions: ['@luoshi/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`[@luoshi/charts] esbuild produced nothing for ${entry}`);
  return output.text;
}

/** A plain HTML page, no framework: a container per chart and one module script. */
export function htmlPage(body: string, script: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>luoshi charts</title>
<style>body{margin:0;font-family:sans-serif}.chart{width:640px;height:400px}</style></head>
<body>${body}<script type="module" src="${script}"></script></body></html>`;
}

/** An absolute path from a path relative to this folder. */
export function here(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}
