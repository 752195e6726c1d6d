import { describe, expect, it } from 'vitest';
import { parseReportProse } from './report-prose.parse.js';
import type { ReportProseResult } from './report-prose.types.js';

// Documents written for these tests in the kinds of phrasing other places and years use; every
// figure is invented.
const read = (text: string): ReportProseResult =>
  parseReportProse(text, { reportId: 'r', jurisdictionId: 'j', kind: 'work-report' });
const report = (review: string, plan = '工作将稳步推进。') =>
  `政府工作报告\n——2026年1月20日在某县第五届人民代表大会第三次会议上\n一、2025年工作回顾\n${review}\n二、2026年工作安排\n${plan}`;
const nameOf = (result: ReportProseResult, id: string) => result.indicators.find((i) => i.id === id)?.name;
const actuals = (result: ReportProseResult) =>
  result.observations.map((o) => [nameOf(result, o.indicatorId), o.measure, o.value, o.unit]);
const targets = (result: ReportProseResult) =>
  result.targets.map((t) => [nameOf(result, t.indicatorId), t.measure, t.comparator, t.value, t.unit]);

describe('indicators the dictionary does not know', () => {
  it('are named by the words before their figure and marked not in the dictionary', () => {
    const result = read(
      report('全年社会融资规模增长8.2%，旅游总收入达98.6亿元，农林牧渔业总产值86.7亿元、增长3.4%。'),
    );
    expect(actuals(result)).toEqual([
      ['社会融资规模', 'growth', 8.2, '%'],
      ['旅游总收入', 'level', 98.6, '亿元'],
      ['农林牧渔业总产值', 'level', 86.7, '亿元'],
      ['农林牧渔业总产值', 'growth', 3.4, '%'],
    ]);
    for (const o of result.observations) expect(o.indicatorId).toMatch(/^open-/);
  });

  it('a name the alias is part of is a new indicator; aliases still fold', () => {
    const result = read(
      report('人均地区生产总值9.1万元。地方一般公共预算收入增长4%，一般公共预算收入达12.3亿元。'),
    );
    expect(result.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['open-人均地区生产总值', 9.1],
      ['general-budget-revenue', 4],
      ['general-budget-revenue', 12.3],
    ]);
  });
});

describe('分别', () => {
  it('pairs a 、 list with its figures, the shared head filled in from the dictionary', () => {
    const result = read(report('城镇、农村居民人均可支配收入分别增长4.2%、6.1%。'));
    expect(result.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['urban-disposable-income', 4.2],
      ['rural-disposable-income', 6.1],
    ]);
  });

  it('pairs a 、 list of known and unknown names, joined by 和, one 左右 over both', () => {
    const result = read(report('', '主要预期目标是：规上工业增加值、服务业营收分别增长5%和6%左右。'));
    expect(targets(result)).toEqual([
      ['规模以上工业增加值', 'growth', 'approx', 5, '%'],
      ['服务业营收', 'growth', 'approx', 6, '%'],
    ]);
  });

  it('after a clause of its own, pairs the subjects just read', () => {
    const result = read(
      report('城镇居民人均可支配收入5.1万元，农村居民人均可支配收入2.3万元，分别增长4.0%、5.5%。'),
    );
    expect(result.observations.map((o) => [o.indicatorId, o.measure, o.value])).toEqual([
      ['urban-disposable-income', 'level', 5.1],
      ['rural-disposable-income', 'level', 2.3],
      ['urban-disposable-income', 'growth', 4],
      ['rural-disposable-income', 'growth', 5.5],
    ]);
  });

  it('several figures for one word are not all given to it', () => {
    const result = read(report('一二三产增加值分别增长2.1%、4.3%、5.2%。'));
    expect(result.observations).toEqual([]);
  });
});

describe('declines', () => {
  it.each([
    ['规模以上工业增加值下降3.2%。', -3.2],
    ['固定资产投资微降0.1%。', -0.1],
    ['社会消费品零售总额回落1.5%。', -1.5],
  ])('%s is a negative growth', (sentence, value) => {
    expect(read(report(sentence)).observations).toMatchObject([{ measure: 'growth', value }]);
  });

  it('a target to lower a decrease indicator is a negative growth with its comparator', () => {
    const result = read(report('', '主要预期目标是：单位地区生产总值能耗降低3.5%左右。'));
    expect(result.targets).toMatchObject([
      { indicatorId: 'energy-intensity', measure: 'growth', value: -3.5, comparator: 'approx' },
    ]);
    expect(result.indicators[0]?.direction).toBe('decrease');
  });
});

describe('targets written as levels to hold or caps', () => {
  it('保持在…以上, 控制在…左右, …以内, 涨幅…左右', () => {
    const result = read(
      report(
        '',
        '主要预期目标是：森林覆盖率保持在61%以上，城镇登记失业率控制在3%左右，城镇调查失业率5.5%以内，居民消费价格涨幅2%左右。',
      ),
    );
    expect(targets(result)).toEqual([
      ['森林覆盖率', 'level', 'gte', 61, '%'],
      ['城镇登记失业率', 'level', 'approx', 3, '%'],
      ['城镇调查失业率', 'level', 'lte', 5.5, '%'],
      ['居民消费价格涨幅', 'level', 'approx', 2, '%'],
    ]);
  });

  it('an older report’s （目标）达到…，同比增长… inside the plan section', () => {
    const result = read(report('', '全县社会消费品零售总额（目标）达到25亿元，同比增长20%。'));
    expect(targets(result)).toEqual([
      ['社会消费品零售总额', 'level', 'eq', 25, '亿元'],
      ['社会消费品零售总额', 'growth', 'eq', 20, '%'],
    ]);
  });
});

describe('five-year reviews', () => {
  it('从2020年的…提高到…: the level reached is the end year’s, the start its own year’s', () => {
    const result = read(
      report('这五年，常住人口城镇化率从2020年的48.2%提高到56.9%，地区生产总值年均增长5.8%。'),
    );
    expect(result.observations.map((o) => [nameOf(result, o.indicatorId), o.period, o.value])).toEqual([
      ['常住人口城镇化率', '2020', 48.2],
      ['常住人口城镇化率', '2025', 56.9],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'multi-year')).toHaveLength(1);
  });

  it('the figures of a 这五年 paragraph are not the year’s, until the report turns to one year', () => {
    const result = read(report('这五年，城镇新增就业12.5万人。\n过去一年，城镇新增就业2.6万人。'));
    expect(result.observations).toMatchObject([
      { indicatorId: 'urban-new-jobs', period: '2025', value: 2.6 },
    ]);
  });
});

describe('a five-year plan’s goals in the plan section', () => {
  it('are not this year’s targets; the 主要预期目标 paragraph after them is, to its last sentence', () => {
    const result = read(
      report(
        '',
        '“十五五”时期主要目标是：\n——城镇调查失业率控制在5.5%左右，常住人口城镇化率达到65%。\n三、今年工作安排\n今年的主要预期目标是：地区生产总值增长5%左右。城镇调查失业率5.5%左右。',
      ),
    );
    expect(targets(result)).toEqual([
      ['地区生产总值', 'growth', 'approx', 5, '%'],
      ['城镇调查失业率', 'level', 'approx', 5.5, '%'],
    ]);
    expect(result.targets[1]?.source?.quote).toBe('城镇调查失业率5.5%左右');
  });
});

describe('carried subjects and estimates', () => {
  it('限上商贸企业新增300家、销售额增长8% is the sales of those firms', () => {
    const result = read(report('限上商贸企业新增300家、销售额增长8%。'));
    expect(actuals(result)).toEqual([
      ['新增限上商贸企业', 'count', 300, '家'],
      ['限上商贸企业销售额', 'growth', 8, '%'],
    ]);
  });

  it('a head alone (总量, 产量) is nobody’s figure, not the subject before’s', () => {
    const result = read(report('新登记经营主体12万户、增长3%，总量达88.6万户。'));
    expect(actuals(result)).toEqual([
      ['新登记经营主体', 'count', 12, '万户'],
      ['新登记经营主体', 'growth', 3, '%'],
    ]);
  });

  it('服务业增加值…，占GDP比重… is the share of that value added', () => {
    const result = read(report('服务业增加值88.8亿元，占GDP比重61.2%。'));
    expect(actuals(result)).toEqual([
      ['服务业增加值', 'level', 88.8, '亿元'],
      ['服务业增加值占GDP比重', 'level', 61.2, '%'],
    ]);
  });

  it('预计 flags an estimate, for a dictionary indicator and an open one alike', () => {
    const result = read(report('预计全年地区生产总值增长5.1%，旅游总收入增长9%。'));
    expect(result.observations.map((o) => [o.indicatorId, o.estimate])).toEqual([
      ['gdp', true],
      ['open-旅游总收入', true],
    ]);
  });
});

describe('years and encodings', () => {
  it('a 2026 report reviews 2025 and plans 2026, read from the report itself', () => {
    const result = read(report('地区生产总值增长5%。', '主要预期目标是：地区生产总值增长5.5%。'));
    expect([result.reviewYear, result.planYear]).toEqual([2025, 2026]);
    expect(result.observations[0]?.period).toBe('2025');
    expect(result.targets[0]?.period).toBe('2026');
  });

  it('CRLF line ends and U+3000 spaces read as LF and no space, quotes kept as written', () => {
    const lf = report('全年地区生产总值增长5.2%，\n社会融资规模增长7.7%。');
    const crlf = lf
      .replace(/\n/g, '\r\n')
      .replace('全年', '\u3000\u3000全年')
      .replace('增长5.2%', '增长\u30005.2%');
    const a = read(lf);
    const b = read(crlf);
    expect(actuals(b)).toEqual(actuals(a));
    for (const o of b.observations) {
      expect(crlf.slice(o.source!.offset, o.source!.offset + o.source!.quote.length)).toBe(o.source!.quote);
    }
  });
});
