import { describe, expect, it } from 'vitest';
import { Observation } from '../observation/observation.schema.js';
import { Target } from '../target/target.schema.js';
import { parseReportProse } from './report-prose.parse.js';
import { readSeed } from './report-prose.seed-files.js';
import type { ProseReportKind, ReportProseResult } from './report-prose.types.js';

interface Seed {
  file: string;
  kind: ProseReportKind;
  reviewYear: number;
  planYear: number;
}

const SEEDS = {
  haizhu2024: { file: 'haizhu-2024-work-report.txt', kind: 'work-report', reviewYear: 2023, planYear: 2024 },
  haizhu2025: { file: 'haizhu-2025-plan-report.txt', kind: 'plan-report', reviewYear: 2024, planYear: 2025 },
  yuexiu2024: { file: 'yuexiu-2024-work-report.txt', kind: 'work-report', reviewYear: 2023, planYear: 2024 },
} satisfies Record<string, Seed>;

type SeedName = keyof typeof SEEDS;

const parsed = new Map<SeedName, { text: string; result: ReportProseResult }>();
function parse(name: SeedName) {
  let hit = parsed.get(name);
  if (!hit) {
    const seed = SEEDS[name];
    const text = readSeed(seed.file);
    // Years are not passed: they must be read from the text.
    hit = { text, result: parseReportProse(text, { reportId: name, jurisdictionId: name, kind: seed.kind }) };
    parsed.set(name, hit);
  }
  return hit;
}

// The README's "Figures a reader finds in them", one row per figure.
const ACTUALS: [
  SeedName,
  string,
  string,
  'level' | 'count' | 'growth',
  number,
  string,
  'comparable' | 'unspecified',
][] = [
  ['haizhu2024', 'gdp', '2023', 'level', 2720.16, '亿元', 'unspecified'],
  ['haizhu2024', 'gdp', '2023', 'growth', 8.6, '%', 'unspecified'],
  ['haizhu2024', 'general-budget-revenue', '2023', 'level', 59.97, '亿元', 'unspecified'],
  ['haizhu2024', 'general-budget-revenue', '2023', 'growth', 9.1, '%', 'comparable'],
  ['haizhu2024', 'fixed-asset-investment', '2023', 'level', 535.97, '亿元', 'unspecified'],
  ['haizhu2024', 'fixed-asset-investment', '2023', 'growth', 12.1, '%', 'unspecified'],
  ['haizhu2025', 'gdp', '2024', 'level', 3008.35, '亿元', 'unspecified'],
  ['haizhu2025', 'gdp', '2024', 'growth', 5.4, '%', 'unspecified'],
  ['haizhu2025', 'tax-revenue', '2024', 'level', 328.46, '亿元', 'unspecified'],
  ['haizhu2025', 'tax-revenue', '2024', 'growth', 26.1, '%', 'unspecified'],
  ['haizhu2025', 'general-budget-revenue', '2024', 'level', 69.81, '亿元', 'unspecified'],
  ['haizhu2025', 'general-budget-revenue', '2024', 'growth', 16.4, '%', 'unspecified'],
  ['haizhu2025', 'fixed-asset-investment', '2024', 'level', 630.04, '亿元', 'unspecified'],
  ['haizhu2025', 'fixed-asset-investment', '2024', 'growth', 17.6, '%', 'unspecified'],
  ['haizhu2025', 'urban-new-jobs', '2024', 'count', 3.23, '万人', 'unspecified'],
  ['yuexiu2024', 'gdp', '2023', 'level', 3810.24, '亿元', 'unspecified'],
  ['yuexiu2024', 'gdp', '2023', 'growth', 4.5, '%', 'unspecified'],
  ['yuexiu2024', 'general-budget-revenue', '2023', 'growth', 7.3, '%', 'unspecified'],
  ['yuexiu2024', 'retail-sales', '2023', 'growth', 8.7, '%', 'unspecified'],
  ['yuexiu2024', 'foreign-trade', '2023', 'level', 540.8, '亿元', 'unspecified'],
  ['yuexiu2024', 'urban-new-jobs', '2023', 'count', 2.7, '万人', 'unspecified'],
];

const TARGETS: [
  SeedName,
  string,
  'level' | 'growth',
  number,
  string,
  'eq' | 'gte' | 'approx',
  'comparable' | 'unspecified',
  'expected' | 'aspirational',
][] = [
  ['haizhu2025', 'gdp', 'growth', 5.5, '%', 'eq', 'unspecified', 'expected'],
  ['haizhu2025', 'fixed-asset-investment', 'growth', 10, '%', 'gte', 'unspecified', 'expected'],
  ['haizhu2025', 'fixed-asset-investment', 'level', 700, '亿元', 'eq', 'unspecified', 'aspirational'],
  ['haizhu2025', 'general-budget-revenue', 'growth', 1.0, '%', 'eq', 'unspecified', 'expected'],
  ['yuexiu2024', 'gdp', 'growth', 4.0, '%', 'approx', 'unspecified', 'expected'],
  ['yuexiu2024', 'general-budget-revenue', 'growth', 4.3, '%', 'eq', 'comparable', 'expected'],
  ['yuexiu2024', 'retail-sales', 'growth', 4.0, '%', 'approx', 'unspecified', 'expected'],
  ['yuexiu2024', 'foreign-trade', 'growth', 1.5, '%', 'eq', 'unspecified', 'expected'],
];

describe('parseReportProse on the seed reports', () => {
  it.each(ACTUALS)('%s: %s %s %s = %s %s (%s)', (seed, indicatorId, period, measure, value, unit, basis) => {
    const { result } = parse(seed);
    const found = result.observations.filter(
      (o) => o.indicatorId === indicatorId && o.period === period && o.measure === measure,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, unit, basis, estimate: false, jurisdictionId: seed });
  });

  it.each(TARGETS)(
    '%s: target %s %s %s %s %s %s %s',
    (seed, indicatorId, measure, value, unit, comparator, basis, strength) => {
      const { result } = parse(seed);
      const planYear = String(SEEDS[seed].planYear);
      const found = result.targets.filter(
        (t) => t.indicatorId === indicatorId && t.period === planYear && t.measure === measure,
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ value, unit, comparator, basis, strength });
    },
  );

  it.each(Object.keys(SEEDS) as SeedName[])('%s: infers the reviewed and planned years', (seed) => {
    const { result } = parse(seed);
    expect([result.reviewYear, result.planYear]).toEqual([SEEDS[seed].reviewYear, SEEDS[seed].planYear]);
  });

  it.each(Object.keys(SEEDS) as SeedName[])(
    '%s: every record quotes the text at its offset and is valid',
    (seed) => {
      const { text, result } = parse(seed);
      const records = [...result.targets, ...result.observations];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const source = record.source;
        expect(source).toBeDefined();
        if (!source) continue;
        expect(source.reportId).toBe(seed);
        expect(text.slice(source.offset, source.offset + source.quote.length)).toBe(source.quote);
      }
      for (const t of result.targets) expect(Target.safeParse(t).success).toBe(true);
      for (const o of result.observations) expect(Observation.safeParse(o).success).toBe(true);
      const used = new Set(records.map((r) => r.indicatorId));
      expect(result.indicators.map((i) => i.id).sort()).toEqual([...used].sort());
    },
  );

  it('haizhu 2024: the advertising and footer after the cut-off are ignored, listed, not read', () => {
    const { text, result } = parse('haizhu2024');
    const adLine = text.split('\n').findIndex((l) => l.includes('不代表本站立场')) + 1;
    expect(adLine).toBeGreaterThan(0);
    expect(result.ignoredLines.map((l) => l.line)).toContain(adLine);
    expect(result.ignoredLines.some((l) => l.text === '网站地图')).toBe(true);
    expect(result.diagnostics.filter((d) => d.code === 'ignored-line').length).toBe(
      result.ignoredLines.length,
    );
    const adOffset = text.indexOf('本文仅代表作者观点');
    for (const r of [...result.targets, ...result.observations])
      expect(r.source?.offset).toBeLessThan(adOffset);
  });

  it('haizhu 2025 plan: web chrome at the top and bottom is ignored and listed', () => {
    const { result } = parse('haizhu2025');
    const texts = result.ignoredLines.map((l) => l.text);
    expect(texts.some((t) => t.startsWith('您当前所在的位置'))).toBe(true);
    expect(texts).toContain('分享到:');
    expect(texts.some((t) => t.includes('ICP备'))).toBe(true);
    expect(texts.some((t) => t.startsWith('联系我们'))).toBe(true);
    // The report's own text is never among the ignored lines.
    expect(texts.some((t) => t.includes('地区生产总值'))).toBe(false);
  });

  it('yuexiu 2024: a figure split by a page break keeps its quote as written', () => {
    const { result } = parse('yuexiu2024');
    const entities = result.observations.find(
      (o) => o.indicatorId === 'market-entities' && o.measure === 'count',
    );
    expect(entities).toMatchObject({ value: 24.3, unit: '万户', period: '2023' });
    expect(entities?.source?.quote).toMatch(/24\.3\s*\n\s*万户$/);
  });

  it('multi-year and unrelated figures are not targets of the plan year', () => {
    const { result } = parse('haizhu2025');
    for (const t of result.targets) expect(t.period).toBe('2025');
    // 占地区生产总值比重达24.1% is a share of something else, not GDP.
    expect(result.observations.some((o) => o.indicatorId === 'gdp' && o.value === 24.1)).toBe(false);
    // 其中企业11.79万户 is a part of the 商事主体, not their number.
    expect(result.observations.some((o) => o.indicatorId === 'market-entities' && o.value === 11.79)).toBe(
      false,
    );
  });
});

describe('precision as written', () => {
  it('keeps the decimal Yuexiu wrote in 增长 4.0%左右', () => {
    const text = readSeed('yuexiu-2024-work-report.txt');
    const result = parseReportProse(text, {
      reportId: 'yuexiu-2024',
      jurisdictionId: 'yuexiu',
      kind: 'work-report',
    });
    const gdp = result.targets.find((t) => t.indicatorId === 'gdp' && t.measure === 'growth');
    expect(gdp).toMatchObject({ value: 4, decimals: 1, comparator: 'approx' });
    expect(gdp?.source?.quote).toContain('4.0%');
  });
});
