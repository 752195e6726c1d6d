// The server side, in Node with no DOM at all: importing @luoshi/react and rendering every chart with
// react-dom/server must never touch `window` or `document`, and `ssr="svg"` must put the chart's SVG
// and its accessible table in the HTML.
import { guangzhouDataset } from '@luoshi/fixtures';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  AchievementGauge,
  BulletChart,
  JurisdictionComparison,
  TaskOverview,
  TrendChart,
  UnitStatusChart,
  VarianceChart,
} from '../src/index.js';

const dataset = guangzhouDataset();
const charts = {
  BulletChart,
  AchievementGauge,
  TrendChart,
  VarianceChart,
  UnitStatusChart,
  JurisdictionComparison,
  TaskOverview,
} as Record<string, ComponentType<{ data: unknown; ssr?: 'svg'; locale?: 'en' | 'zh-CN' }>>;

describe('server rendering', () => {
  it('runs where there is no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  for (const [name, Chart] of Object.entries(charts)) {
    it(`${name}: the container and the data table, no SVG unless asked`, () => {
      const html = renderToString(<Chart data={dataset} />);
      expect(html).toContain('class="luoshi-chart"');
      expect(html).toMatch(/<table[^>]*>.*<caption>[^<]+<\/caption>/s);
      expect(html).not.toContain('<svg');
    });

    it(`${name}: ssr="svg" puts the chart's SVG in the HTML, in the locale`, () => {
      const html = renderToString(<Chart data={dataset} ssr="svg" locale="en" />);
      const svg = /<div data-luoshi-ssr="[^"]+"[^>]*><svg[^>]*role="img"[^>]*>/.exec(html);
      expect(svg).not.toBeNull();
      expect(html).toMatch(/<path|<rect|<circle/);
      expect(html).toContain('<table');
      // The English render has English words in its text, not only figures.
      expect(html).toMatch(/>[^<]*[A-Za-z]{3,}[^<]*</);
    });
  }

  it('escapes markup from the data in the SVG and in the table', () => {
    const hostile = structuredClone(dataset);
    for (const indicator of hostile.indicators) indicator.name = '<img src=x onerror=alert(1)>';
    const html = renderToString(<BulletChart data={hostile} ssr="svg" />);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
