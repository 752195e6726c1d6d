import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME, manyBars, sampleBars, testBar } from '../../test/support/test-bar.view.js';
import { renderToSVG, renderViewToSvg } from './render-to-svg.js';

/** The data elements the SSR renderer marked for hydration, as [seriesIndex, dataIndex]. */
function dataElements(svg: string): [number, number][] {
  return [...svg.matchAll(/ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)"/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

/** The rectangles of the data elements (the bars), from their `M x y l w 0 l 0 h` paths. */
function bars(svg: string): { x: number; y: number; width: number; height: number }[] {
  return [
    ...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)l([\d.-]+) 0l0 ([\d.-]+)[^"]*"[^>]*ecmeta_data_index/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

/** The text content of every <text> element. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('renderToSVG', () => {
  it('draws one bar per item, with its value label and category label', () => {
    const svg = renderToSVG(testBar, sampleBars, { width: 800, height: 400 });
    expect(svg).toMatch(/^<svg [^>]*width="800" height="400"/);
    expect(dataElements(svg)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    expect(texts(svg)).toEqual(expect.arrayContaining(['5.5', '3.2', '7.1', '地区生产总值']));
  });

  it('draws bar lengths in proportion to the values, vertically or horizontally', () => {
    const vertical = bars(renderToSVG(testBar, sampleBars, { width: 800, height: 400 }));
    expect(new Set(vertical.map((bar) => bar.width)).size).toBe(1);
    expect(vertical.map((bar) => bar.height / (vertical[0]?.height ?? 1))).toEqual(
      [1, 3.2 / 5.5, 7.1 / 5.5].map((ratio) => expect.closeTo(ratio, 1)),
    );
    const horizontal = bars(renderToSVG(testBar, sampleBars, { horizontal: true, width: 600, height: 300 }));
    expect(new Set(horizontal.map((bar) => bar.x)).size).toBe(1);
    expect(horizontal.map((bar) => bar.width / (horizontal[0]?.width ?? 1))).toEqual(
      [1, 3.2 / 5.5, 7.1 / 5.5].map((ratio) => expect.closeTo(ratio, 1)),
    );
  });

  it('writes names from data as text, never as markup', () => {
    const svg = renderToSVG(testBar, sampleBars, { width: 900, height: 400 });
    expect(svg).not.toContain('<img');
    expect(texts(svg)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(texts(svg)).toContain('R&amp;D &quot;投入&quot;');
  });

  it('labels the SVG root with the view description, escaped', () => {
    const { svg, model } = renderViewToSvg(testBar, sampleBars, { locale: 'en' });
    expect(model.description).toContain(HOSTILE_NAME);
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Bars: 地区生产总值 5.5, &lt;img src=x onerror=alert\(1\)&gt; 3.2/,
    );
  });

  it('passes the theme and the view options to the view', () => {
    const light = renderToSVG(testBar, sampleBars);
    const dark = renderToSVG(testBar, sampleBars, { theme: 'dark' });
    expect(light).toContain('fill="#2f6fd6"');
    expect(dark).toContain('fill="#7cb4ff"');
  });

  it('defaults to 640 × 400 and refuses a size that is not a positive number', () => {
    expect(renderToSVG(testBar, sampleBars)).toMatch(/width="640" height="400"/);
    expect(() => renderToSVG(testBar, sampleBars, { width: 0 })).toThrow(
      /renderToSVG: width must be a positive number/,
    );
    expect(() => renderToSVG(testBar, sampleBars, { height: Number.NaN })).toThrow(
      /height must be a positive number/,
    );
  });

  it('renders a thousand categories', () => {
    expect(dataElements(renderToSVG(testBar, manyBars(1000), { width: 1200 }))).toHaveLength(1000);
  });

  it('names the view when its builder throws', () => {
    const broken = {
      ...testBar,
      name: 'broken',
      build: () => {
        throw new Error('boom');
      },
    };
    expect(() => renderToSVG(broken, sampleBars)).toThrow(
      '[@luoshi/charts] view "broken" threw while building its option: boom',
    );
  });
});
