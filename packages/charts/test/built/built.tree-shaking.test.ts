// The built packages as an application bundles them (no `@luoshi/source` condition: the `import`
// export of package.json, dist files): a page takes only what it imports. Needs the packages built
// (turbo runs tests after `build`); fails saying so otherwise.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Bundles `contents` for a browser, minified, and lists the inputs that kept bytes in the output. */
async function bundle(contents: string): Promise<{ bytes: number; inputs: string[] }> {
  for (const name of ['core', 'charts']) {
    const dist = fileURLToPath(new URL(`../../../${name}/dist/index.js`, import.meta.url));
    if (!existsSync(dist))
      throw new Error(
        `[@luoshi/charts] no ${dist}: run npm run build -w @luoshi/core -w @luoshi/charts first`,
      );
  }
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    metafile: true,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0] as Metafile['outputs'][string];
  return {
    bytes: output.bytes,
    inputs: Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      // Metafile paths are relative to the working directory: make them absolute.
      .map(([path]) => resolve(path).replace(/\\/g, '/')),
  };
}

describe('the built packages tree-shake', () => {
  it('@luoshi/core: readDatasetShape alone carries neither zod nor the schemas', async () => {
    const { bytes, inputs } = await bundle("export { readDatasetShape } from '@luoshi/core';");
    expect(inputs.filter((path) => /node_modules\/zod\//.test(path))).toEqual([]);
    expect(inputs.every((path) => /packages\/core\/dist\/dataset\/dataset\.\w+\.js$/.test(path))).toBe(true);
    expect(bytes).toBeLessThan(20_000);
  });

  it('@luoshi/charts: a page with one bullet chart carries the bullet alone, without zod', async () => {
    const { inputs } = await bundle(
      "import { bullet, mount } from '@luoshi/charts'; mount(document.body, bullet, {});",
    );
    const ours = inputs.filter((path) => path.includes('packages/charts/dist/'));
    expect(ours.some((path) => path.endsWith('/dist/views/bullet/bullet.option.js'))).toBe(true);
    expect(ours.filter((path) => /\/views\/(?!bullet\/|common\/)/.test(path))).toEqual([]);
    expect(inputs.filter((path) => /node_modules\/zod\//.test(path))).toEqual([]);
    // ECharts: the series the bullet installs, not the other views' (gauge, line, custom), nor the SVG renderer.
    const series = inputs
      .map((path) => /node_modules\/echarts\/lib\/chart\/(\w+)\/install\.js$/.exec(path)?.[1])
      .filter((name) => name !== undefined);
    expect(series.sort()).toEqual(['bar', 'scatter']);
    expect(inputs.some((path) => path.includes('zrender/lib/svg/Painter'))).toBe(false);
  });
});
