import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantity.parse.js';
import { seedText } from './quantity.seeds.test-helper.js';
import type { Quantity } from './quantity.types.js';

const SEEDS = [
  'haizhu-2024-task-division.txt',
  'haizhu-2024-work-report.txt',
  'haizhu-2025-plan-report.txt',
  'haizhu-2025-task-division.txt',
  'yuexiu-2024-work-report.txt',
];

/** The sentence of a seed that contains `needle`, exactly as written there. */
function sentence(file: string, needle: string): string {
  const text = seedText(file);
  const at = text.indexOf(needle);
  expect(at, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
  return needle;
}

function expectOffsets(text: string, found: Quantity[]): void {
  let last = -1;
  for (const q of found) {
    expect(text.slice(q.offset, q.offset + q.text.length)).toBe(q.text);
    expect(q.offset).toBeGreaterThan(last);
    last = q.offset;
  }
}

const pick = (q: Quantity) => ({
  value: q.value,
  unit: q.unit,
  absolute: q.absolute,
  comparator: q.comparator,
  change: q.change,
  qualifiers: q.qualifiers,
});

describe('findQuantities on sentences from the seeds', () => {
  it('attaches 力争 and 超 to both figures of one aim', () => {
    const text = sentence('haizhu-2025-task-division.txt', '力争参赛队伍超8000支、人数超1.5万人');
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map(pick)).toEqual([
      {
        value: 8000,
        unit: '支',
        absolute: 8000,
        comparator: 'gt',
        change: 'level',
        qualifiers: ['more-than', 'striving'],
      },
      {
        value: 1.5,
        unit: '万人',
        absolute: 15000,
        comparator: 'gt',
        change: 'level',
        qualifiers: ['more-than', 'striving'],
      },
    ]);
    expect(found.map((q) => q.text)).toEqual(['超8000支', '超1.5万人']);
  });

  it('keeps 力争 off a figure written before it', () => {
    const text = sentence('haizhu-2025-plan-report.txt', '带动全区固定资产投资增长10%以上、力争完成700亿元');
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map(pick)).toEqual([
      { value: 10, unit: '%', absolute: 10, comparator: 'gte', change: 'growth', qualifiers: ['at-least'] },
      {
        value: 700,
        unit: '亿元',
        absolute: 70000000000,
        comparator: 'eq',
        change: 'level',
        qualifiers: ['striving'],
      },
    ]);
  });

  it('shares one verb over a list (分别增长 a、b、c、d)', () => {
    const text = sentence('yuexiu-2024-work-report.txt', '营业额分别增长77.2%、67.3%、71.9%、20.1%');
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map((q) => [q.value, q.change, q.delta])).toEqual([
      [77.2, 'growth', 77.2],
      [67.3, 'growth', 67.3],
      [71.9, 'growth', 71.9],
      [20.1, 'growth', 20.1],
    ]);
  });

  it('shares the unit of the last figure (1.5个、3.4个百分点)', () => {
    const text = sentence('haizhu-2024-work-report.txt', '较两年前分别提升1.5个、3.4个百分点');
    const found = findQuantities(text).filter((q) => q.change === 'pp-change');
    expectOffsets(text, found);
    expect(found.map((q) => [q.value, q.unit, q.delta, q.text])).toEqual([
      [1.5, '个百分点', 1.5, '提升1.5个'],
      [3.4, '个百分点', 3.4, '3.4个百分点'],
    ]);
  });

  it('skips identifiers and shares a decline (PM2.5、PM10…分别下降16%、14%)', () => {
    const text = sentence('haizhu-2025-plan-report.txt', 'PM2.5、PM10平均浓度分别下降16%、14%');
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map((q) => [q.value, q.change, q.delta])).toEqual([
      [16, 'decline', -16],
      [14, 'decline', -14],
    ]);
  });

  it('applies one trailing 左右 to every figure of a list', () => {
    const text = '工业增加值和服务业增加值分别增长7%和8%左右';
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map((q) => [q.value, q.change, q.comparator, q.qualifiers])).toEqual([
      [7, 'growth', 'approx', ['about']],
      [8, 'growth', 'approx', ['about']],
    ]);
  });

  it('maps offsets through spaces and page breaks left by PDF extraction', () => {
    const text = sentence(
      'yuexiu-2024-work-report.txt',
      '商事主体总量增至24.3\n\n万户、增长4%，新增“四上”企业378家',
    );
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map((q) => [q.text, q.absolute])).toEqual([
      ['增至24.3\n\n万户', 243000],
      ['增长4%', 4],
      ['378家', 378],
    ]);
  });

  it('reads the yuexiu targets, spaces and all', () => {
    const text = sentence(
      'yuexiu-2024-work-report.txt',
      '地区生产总值增长 4.0%左右，地方一般公共预算收入可比增长 4.3%，社会消费品零售总额增长 4.0%左右，进出口总值增长 1.5%',
    );
    const found = findQuantities(text);
    expectOffsets(text, found);
    expect(found.map((q) => [q.value, q.comparator, q.basis ?? ''])).toEqual([
      [4, 'approx', ''],
      [4.3, 'eq', 'comparable'],
      [4, 'approx', ''],
      [1.5, 'eq', ''],
    ]);
  });

  it('leaves out the 序号 of a task row, years, dates and quoted names', () => {
    const row = sentence('haizhu-2025-task-division.txt', '1\t地区生产总值增长5.5%。\t区发改局');
    expect(findQuantities(row).map((q) => q.text)).toEqual(['增长5.5%']);
    const review = sentence(
      'haizhu-2024-work-report.txt',
      '2023年全区实现地区生产总值2720.16亿元、同比增长8.6%',
    );
    expect(findQuantities(review).map((q) => q.text)).toEqual(['2720.16亿元', '增长8.6%']);
    const names = sentence('yuexiu-2024-work-report.txt', '全面落实省委“1310”具体部署和市委“1312”思路举措');
    expect(findQuantities(names)).toEqual([]);
    const chrome = sentence('haizhu-2025-plan-report.txt', '2025-03-14 17:14:41');
    expect(findQuantities(chrome)).toEqual([]);
    const ordinals = sentence('haizhu-2024-work-report.txt', '2023年,是全面贯彻党的二十大精神开局之年');
    expect(findQuantities(ordinals)).toEqual([]);
  });

  it.each(SEEDS)('%s: every quantity maps back to the original text', (file) => {
    const text = seedText(file);
    const found = findQuantities(text);
    expect(found.length).toBeGreaterThan(5);
    expectOffsets(text, found);
    for (const q of found) {
      expect(q.unit.endsWith(q.baseUnit)).toBe(true);
      expect(Number.isFinite(q.absolute)).toBe(true);
    }
  });

  it('finds the headline figures of the 2025 plan report', () => {
    const found = findQuantities(seedText('haizhu-2025-plan-report.txt'));
    const absolutes = new Set(found.map((q) => `${q.absolute}${q.baseUnit}`));
    for (const expected of ['300835000000元', '32846000000元', '6981000000元', '63004000000元', '32300人']) {
      expect(absolutes).toContain(expected);
    }
  });
});
