import { describe, expect, it } from 'vitest';
import { createIndicatorDictionary } from '../indicator-dictionary/indicator-dictionary.js';
import { parseReportProse } from './report-prose.parse.js';
import type { ReportProseResult } from './report-prose.types.js';

const plan = (sentence: string) =>
  `一、2024年工作回顾\n\n过去一年，各项工作稳步推进。\n\n二、2025年工作安排\n\n${sentence}`;
const read = (text: string): ReportProseResult =>
  parseReportProse(text, { reportId: 'r', jurisdictionId: 'j', kind: 'work-report' });
const targetsOf = (sentence: string) => read(plan(sentence)).targets;

function expectQuotes(text: string, result: ReportProseResult) {
  for (const r of [...result.targets, ...result.observations]) {
    const s = r.source;
    expect(s && text.slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
  }
}

describe('targets however phrased', () => {
  it.each([
    ['主要预期目标是：地区生产总值增长4.5-5%。', 4.5, 5],
    ['主要预期目标是：地区生产总值增长5%—5.5%。', 5, 5.5],
    ['主要预期目标是：地区生产总值增长5%~6%。', 5, 6],
  ])('a range: %s', (sentence, value, max) => {
    expect(targetsOf(sentence)).toMatchObject([
      { indicatorId: 'gdp', measure: 'growth', comparator: 'range', value, max },
    ]);
  });

  it('one qualifier over two values with 分别', () => {
    const targets = targetsOf('主要预期目标是：规上工业增加值、固定资产投资分别增长7%和8%左右。');
    expect(targets.map((t) => [t.indicatorId, t.value, t.comparator])).toEqual([
      ['industrial-value-added', 7, 'approx'],
      ['fixed-asset-investment', 8, 'approx'],
    ]);
  });

  it('经济增长 is GDP', () => {
    expect(targetsOf('今年的主要预期目标是：经济增长5%左右，城镇调查失业率5.5%左右。')).toMatchObject([
      { indicatorId: 'gdp', measure: 'growth', value: 5, comparator: 'approx' },
      { indicatorId: 'surveyed-unemployment', measure: 'level', value: 5.5, comparator: 'approx' },
    ]);
  });

  it('按增长5%安排', () => {
    expect(targetsOf('主要预期目标是：一般公共预算收入按增长5%安排。')).toMatchObject([
      { indicatorId: 'general-budget-revenue', measure: 'growth', value: 5, comparator: 'eq' },
    ]);
  });

  it('a level and a growth of the same indicator, the growth after a comma', () => {
    const targets = targetsOf('主要预期目标是：社会消费品零售总额达到240亿元，同比增长21%。');
    expect(targets.map((t) => [t.indicatorId, t.measure, t.value, t.unit])).toEqual([
      ['retail-sales', 'level', 240, '亿元'],
      ['retail-sales', 'growth', 21, '%'],
    ]);
  });

  it('力争 is aspirational, 约束性 binding, a decline a negative growth with its comparator turned', () => {
    const targets = targetsOf(
      '主要预期目标是：力争地区生产总值增长6%，单位GDP能耗下降3%以上（约束性指标）。',
    );
    expect(targets).toMatchObject([
      { indicatorId: 'gdp', value: 6, strength: 'aspirational' },
      { indicatorId: 'energy-intensity', measure: 'growth', value: -3, comparator: 'lte' },
    ]);
    const binding = targetsOf('主要预期目标是：完成约束性指标单位GDP能耗下降3%。');
    expect(binding).toMatchObject([{ indicatorId: 'energy-intensity', strength: 'binding' }]);
  });

  it('可比 sets the basis; CPI is a level with a target direction', () => {
    const result = read(plan('主要预期目标是：地方一般公共预算收入可比增长4.3%，居民消费价格涨幅3%左右。'));
    expect(result.targets).toMatchObject([
      { indicatorId: 'general-budget-revenue', basis: 'comparable' },
      { indicatorId: 'cpi', measure: 'level', value: 3, comparator: 'approx', basis: 'unspecified' },
    ]);
    expect(result.indicators.find((i) => i.id === 'cpi')?.direction).toBe('target');
  });

  it('a figure hedged with 预计 is kept as an estimate, not a target', () => {
    const result = read(plan('预计全年地区生产总值增长5.2%左右。主要预期目标是：地区生产总值增长5%。'));
    expect(result.observations).toMatchObject([{ indicatorId: 'gdp', value: 5.2, estimate: true }]);
    expect(result.targets).toMatchObject([{ indicatorId: 'gdp', value: 5 }]);
  });

  it('multi-year averages are not this year’s targets', () => {
    const result = read(plan('“十四五”期间，地区生产总值年均增长6%。主要预期目标是：地区生产总值增长5%。'));
    expect(result.targets.map((t) => t.value)).toEqual([5]);
    expect(result.diagnostics.some((d) => d.code === 'multi-year')).toBe(true);
  });

  it('a figure in a targets sentence that names no indicator is reported, not dropped', () => {
    const result = read(plan('主要预期目标是：地区生产总值增长5%，建成10个口袋公园。'));
    expect(result.targets).toHaveLength(1);
    expect(result.diagnostics.filter((d) => d.code === 'unattributed-target')).toMatchObject([
      { severity: 'warning' },
    ]);
  });

  it('users extend the dictionary', () => {
    const dictionary = createIndicatorDictionary([
      {
        id: 'green-space',
        name: '新增绿地面积',
        unit: '万平方米',
        direction: 'increase',
        aliases: ['新增绿地'],
      },
    ]);
    const text = plan('主要预期目标是：地区生产总值增长5%，新增绿地面积10万平方米。');
    const result = parseReportProse(text, {
      reportId: 'r',
      jurisdictionId: 'j',
      kind: 'work-report',
      dictionary,
    });
    expect(result.targets.map((t) => [t.indicatorId, t.value, t.unit])).toEqual([
      ['gdp', 5, '%'],
      ['green-space', 10, '万平方米'],
    ]);
  });
});

describe('PDF and web artefacts', () => {
  it('spaces in figures, a figure split across a page break, lower-case gdp, full-width digits', () => {
    const text = plan(
      '主要预期目标是：gdp增长\n\n5.5 %，固定资产投资增长 10 %以上，社会消费品零售总额增长５．５％。',
    );
    const result = read(text);
    expect(result.targets.map((t) => [t.indicatorId, t.value, t.comparator])).toEqual([
      ['gdp', 5.5, 'eq'],
      ['fixed-asset-investment', 10, 'gte'],
      ['retail-sales', 5.5, 'eq'],
    ]);
    expectQuotes(text, result);
  });

  it('a word split across lines still names its indicator', () => {
    const text = '一、2024年工作回顾\n全年实现地区生产\n总值3008.35亿元,同比增长5.4%。';
    const result = read(text);
    expect(result.observations.map((o) => [o.indicatorId, o.measure, o.value])).toEqual([
      ['gdp', 'level', 3008.35],
      ['gdp', 'growth', 5.4],
    ]);
    expectQuotes(text, result);
  });

  it('a page number inside a paragraph is ignored and the paragraph still reads through', () => {
    const text = '一、2024年工作回顾\n全年实现地区生产总值\n- 3 -\n3008.35亿元。';
    const result = read(text);
    expect(result.observations).toMatchObject([{ indicatorId: 'gdp', value: 3008.35 }]);
    expect(result.ignoredLines).toMatchObject([{ line: 3, reason: 'page-number' }]);
  });

  it('PM_{2.5} and PM₁₀ are names, not figures', () => {
    const result = read('一、2024年工作回顾\nPM_{2.5}、PM₁₀平均浓度分别下降16%、14%。');
    expect(result.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['pm25', -16],
      ['pm10', -14],
    ]);
  });
});

describe('attaching figures to the right indicator', () => {
  it('a share of GDP is not GDP; a subset (其中) is not the whole', () => {
    const result = read(
      '一、2024年工作回顾\n工业占gdp比重为11.3%。全区共有各类商事主体21.02万户、增长2.2%，其中企业11.79万户、增长4.2%。',
    );
    expect(result.observations.map((o) => [o.indicatorId, o.measure, o.value])).toEqual([
      ['open-工业占gdp比重', 'level', 11.3],
      ['market-entities', 'count', 21.02],
      ['market-entities', 'growth', 2.2],
    ]);
  });

  it('a clause about something else breaks the chain; its figure is its own subject’s', () => {
    const result = read('一、2024年工作回顾\n地区生产总值3000亿元，增速全市第一，琶洲营收增长6.3%。');
    expect(result.observations.map((o) => [o.indicatorId, o.measure, o.value])).toEqual([
      ['gdp', 'level', 3000],
      ['open-琶洲营收', 'growth', 6.3],
    ]);
  });

  it('a figure in a unit the indicator is not measured in is not its figure', () => {
    const result = read('一、2024年工作回顾\n地区生产总值、固定资产投资、税收4项重要指标增速均领跑全市。');
    expect(result.observations).toEqual([]);
  });
});

describe('years', () => {
  it('are read from the delivery date when the headings do not name them', () => {
    const text =
      '政府工作报告\n——2025年1月10日在某区第一届人民代表大会第五次会议上\n各位代表：\n过去一年，全区地区生产总值增长5%。\n今年主要预期目标是：地区生产总值增长6%。';
    const result = read(text);
    expect([result.reviewYear, result.planYear]).toEqual([2024, 2025]);
    expect(result.observations).toMatchObject([{ period: '2024', value: 5 }]);
    expect(result.targets).toMatchObject([{ period: '2025', value: 6 }]);
  });

  it('given years win over the text', () => {
    const result = parseReportProse(plan('主要预期目标是：地区生产总值增长5%。'), {
      reportId: 'r',
      jurisdictionId: 'j',
      kind: 'work-report',
      planYear: 2030,
    });
    expect(result.reviewYear).toBe(2029);
  });

  it('missing years are a warning, not a guess', () => {
    const result = read('地区生产总值增长5%。');
    expect(result.diagnostics.some((d) => d.code === 'no-year' && d.severity === 'warning')).toBe(true);
    expect(result.observations).toEqual([]);
  });
});
