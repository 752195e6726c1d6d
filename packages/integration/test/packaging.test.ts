// The packaging test: `npm pack` every public package, install the tarballs into a throwaway
// project outside the repository (so nothing resolves to the workspace), and use them as users do:
// Node ESM, Node CJS (also without require(esm)), TypeScript in each module resolution without
// skipLibCheck, the CLI binary, a Vite app drawing on canvas in Chromium, and a React server render.
// Any error fails it: this is what in-repo tests, which run from `src`, cannot see.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

/** The public packages, as `packages/<dir>`: each is packed and installed from its tarball. */
const PUBLIC = ['core', 'charts', 'cli', 'react'] as const;

let work = '';
let app = '';
const tarballs = new Map<string, { file: string; files: string[] }>();

/**
 * The environment for the npm and node children: without the `npm_*` variables of the `npm run`
 * that started vitest (its workspace and prefix would point npm back into the repository).
 */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
  );
}

function run(command: string, args: string[], cwd = app): string {
  try {
    return execFileSync(command, args, {
      cwd,
      env: childEnv(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${failed.stderr ?? ''}\n${failed.stdout ?? ''}`,
    );
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'luoshi-packaging-'));
  app = join(work, 'app');
  // `--ignore-scripts`: turbo built every dist before this test (`prepack` would build each again);
  // the release script packs through `prepack` from a fresh clone.
  for (const dir of PUBLIC) {
    const out = run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
      join(repo, 'packages', dir),
    );
    const [packed] = JSON.parse(out) as Array<{
      name: string;
      filename: string;
      files: Array<{ path: string }>;
    }>;
    tarballs.set(packed!.name, {
      file: join(work, packed!.filename),
      files: packed!.files.map((f) => f.path),
    });
  }
  cpSync(fileURLToPath(new URL('../app', import.meta.url)), app, { recursive: true });
  cpSync(join(repo, 'packages/fixtures/data/guangzhou.json'), join(app, 'guangzhou.json'));
  const dependencies = Object.fromEntries([...tarballs].map(([name, { file }]) => [name, `file:${file}`]));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'luoshi-consumer',
      private: true,
      dependencies: {
        ...dependencies,
        echarts: '^6.0.0',
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        '@types/react': '^19.0.0',
      },
    }),
  );
  run('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--loglevel=error',
  ]);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function expectBulletSvg(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('Haizhu District');
  expect(svg).toContain('GDP growth');
  expect(svg).not.toContain('Invalid data');
}

describe('the tarballs', () => {
  it.each(PUBLIC)('@luoshi/%s holds its dist, README and LICENSE, and no source maps', (dir) => {
    const { files } = tarballs.get(`@luoshi/${dir}`)!;
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.cjs');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/index.d.cts');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual(
      expect.arrayContaining(['README.md', 'LICENSE', 'package.json']),
    );
    expect(files.some((file) => file.startsWith('src/'))).toBe(false);
  });

  it('@luoshi/cli ships its binary as an ES module only, and no test-only dependency', () => {
    const { files } = tarballs.get('@luoshi/cli')!;
    expect(files).toContain('dist/bin.js');
    expect(files).not.toContain('dist/bin.cjs');
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@luoshi/cli/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies)).not.toContain('iconv-lite');
  });
});

describe('package gates', () => {
  const bin = (name: string) => join(repo, 'node_modules/.bin', name);
  it.each(PUBLIC)('publint --strict finds nothing in @luoshi/%s', (dir) => {
    // `--pack false`: lint the package folder as it is (dist built), without packing again.
    const out = run(bin('publint'), ['--strict', '--pack', 'false'], join(repo, 'packages', dir));
    expect(out).toContain('All good!');
  });

  it.each(PUBLIC)(
    'attw (strict profile: node10, node16 CJS and ESM, bundler) finds nothing in @luoshi/%s',
    (dir) => {
      // attw exits non-zero on any problem, and `run` throws with its report.
      const out = run(bin('attw'), [
        tarballs.get(`@luoshi/${dir}`)!.file,
        '--profile',
        'strict',
        '--format',
        'ascii',
      ]);
      expect(out).toContain('No problems found');
    },
  );
});

describe('Node', () => {
  it('ES modules: imports every entry point and renders a chart to SVG', () => {
    const out = JSON.parse(run('node', ['check.mjs'])) as {
      svg: string;
      functions: string[];
      exports: Record<string, number>;
    };
    expect(out.functions).toEqual(['function', 'function', 'function', 'function', 'object']);
    expectBulletSvg(out.svg);
  });

  it('CommonJS: requires every entry point and renders the same SVG', () => {
    const esm = JSON.parse(run('node', ['check.mjs'])) as { svg: string; exports: Record<string, number> };
    const cjs = JSON.parse(run('node', ['check.cjs'])) as { svg: string; exports: Record<string, number> };
    expect(cjs.exports).toEqual(esm.exports);
    expectBulletSvg(cjs.svg);
  });

  it('CommonJS without require(esm) (--no-experimental-require-module): all but @luoshi/react load', () => {
    const out = JSON.parse(run('node', ['--no-experimental-require-module', 'check.cjs'])) as {
      svg: string;
      exports: Record<string, number | string>;
    };
    expectBulletSvg(out.svg);
    // core, charts (with its ssr and static entries) and cli load; @luoshi/react cannot, because its
    // dependency @tanstack/react-table 9 is an ES module only (documented in the README).
    expect(out.exports['react']).toBe('needs require(esm)');
    expect(typeof out.exports['charts']).toBe('number');
  });

  it('the luoshi binary runs from node_modules/.bin and renders a chart', () => {
    expect(run(join(app, 'node_modules/.bin/luoshi'), ['--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
    run(join(app, 'node_modules/.bin/luoshi'), [
      'render',
      'guangzhou.json',
      '--view',
      'bullet',
      '--out',
      'bullet.svg',
    ]);
    expect(readFileSync(join(app, 'bullet.svg'), 'utf8')).toContain('<svg');
  });
});

describe('TypeScript, without skipLibCheck', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  // Concurrent: each compile checks all of echarts' and React's declarations (no skipLibCheck).
  it.concurrent.each(['node10', 'node16-esm', 'node16-cjs', 'bundler'])(
    'moduleResolution %s',
    async (mode) => {
      // tsc prints its diagnostics on stdout and exits non-zero.
      const result = await promisify(execFile)('node', [tsc, '-p', `tsconfig.${mode}.json`], {
        cwd: app,
        env: childEnv(),
      }).catch((error: { stdout?: string }) => ({ stdout: `tsc failed:\n${error.stdout ?? String(error)}` }));
      expect(result.stdout).toBe('');
    },
    300_000,
  );
});

describe('React server render (Next.js-style)', () => {
  it.each(['ssr.mjs', 'ssr.cjs'])(
    '%s: renderToString of <BulletChart ssr="svg"> gives the chart and its table',
    (file) => {
      const { html } = JSON.parse(run('node', [file])) as { html: string };
      expect(html).toContain('<svg');
      expect(html).toContain('GDP growth');
      expect(html).toContain('<table');
      expect(html).not.toContain('Invalid data');
    },
  );
});

describe('a Vite app', () => {
  it('builds with the installed packages and draws the chart on canvas in Chromium', async () => {
    const { build } = await import('vite');
    const root = join(app, 'vite');
    await build({ root, logLevel: 'error', configFile: false, build: { outDir: join(root, 'dist') } });
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
    };
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      try {
        const body = readFileSync(join(root, 'dist', path === '/' ? 'index.html' : path));
        response.writeHead(200, { 'content-type': types[extname(path || '.html')] ?? 'text/html' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(
        () => (window as { luoshiDrawn?: unknown }).luoshiDrawn !== undefined,
        undefined,
        {
          timeout: 60_000,
        },
      );
      await page.waitForTimeout(500);
      const drawn = await page.evaluate(() => {
        const canvas = document.querySelector('#chart canvas') as HTMLCanvasElement | null;
        if (!canvas) return { canvas: false, painted: 0 };
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return {
          canvas: true,
          painted,
          state: (window as { luoshiDrawn?: { state: string } }).luoshiDrawn?.state,
        };
      });
      expect(errors).toEqual([]);
      expect(drawn.canvas).toBe(true);
      expect(drawn.state).toBe('ready');
      expect(drawn.painted).toBeGreaterThan(1000);
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
