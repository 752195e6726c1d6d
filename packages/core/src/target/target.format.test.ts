import { describe, expect, it } from 'vitest';
import { formatTarget } from './target.format.js';
import type { Target } from './target.schema.js';

const t = (o: Partial<Target>) =>
  ({ comparator: 'eq', value: 5.5, unit: '%', measure: 'growth', strength: 'expected', ...o }) as Target;

describe('formatTarget', () => {
  it.each([
    [t({}), '增长5.5%', 'growth 5.5%'],
    [t({ comparator: 'gte', value: 10 }), '增长≥10%', 'growth ≥10%'],
    [t({ comparator: 'approx', value: 4.0 }), '增长4%左右', 'growth ≈4%'],
    [t({ comparator: 'range', value: 5, max: 6 }), '增长5%—6%', 'growth 5%–6%'],
    [
      t({ comparator: 'eq', value: 700, unit: '亿元', measure: 'level', strength: 'aspirational' }),
      '力争700亿元',
      '700 亿元 (striving)',
    ],
    [t({ comparator: 'gt', value: 8000, unit: '支', measure: 'count' }), '>8000支', '>8000 支'],
    [t({ comparator: 'range', value: 4.5, max: 5 }), '增长4.5%—5%', 'growth 4.5%–5%'],
    [t({ comparator: 'approx', value: 4, decimals: 1 }), '增长4.0%左右', 'growth ≈4.0%'],
    [t({ comparator: 'range', value: 5, max: 5.5, decimals: 1 }), '增长5.0%—5.5%', 'growth 5.0%–5.5%'],
  ])('%#: writes the target as a reader would', (target, zh, en) => {
    expect(formatTarget(target, 'zh')).toBe(zh);
    expect(formatTarget(target, 'en')).toBe(en);
  });
});
