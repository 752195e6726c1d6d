import { describe, expect, it } from 'vitest';
import {
  formatFigure,
  formatNumber,
  formatPoints,
  formatRatio,
  formatTargetLabel,
  formatTargetValue,
} from './format.number.js';
import { formatPeriod } from './format.period.js';
import { sourcePlaces } from './format.precision.js';

describe('figures as the documents write them', () => {
  it.each([
    [3008.35, '亿元', 'zh-CN', '3008.35亿元'],
    [3008.35, '亿元', 'en', '300.835 billion yuan'],
    [3.23, '万人', 'zh-CN', '3.23万人'],
    [3.23, '万人', 'en', '32,300 people'],
    [1.8, '万人', 'en', '18,000 people'],
    [1.2, '亿人次', 'en', '120 million visits'],
    [5.4, '%', 'en', '5.4%'],
    [6000, 'P', 'zh-CN', '6000P'],
    [12345.6, '万元', 'zh-CN', '12,345.6万元'],
    [300, '场', 'en', '300 events'],
    [7, '座', 'en', '7 座'],
  ] as const)('%s %s in %s is %s', (value, unit, locale, expected) => {
    expect(formatFigure(value, unit, locale)).toBe(expected);
  });

  it('keeps the written precision from the quote (4.0, not 4)', () => {
    expect(sourcePlaces(4, '地区生产总值增长 4.0%左右')).toBe(1);
    expect(sourcePlaces(4, '增长４．０％')).toBe(1);
    expect(sourcePlaces(5.5)).toBe(1);
    expect(
      formatTargetValue({ comparator: 'approx', value: 4, unit: '%', source: { quote: '增长 4.0%左右' } }),
    ).toBe('4.0%左右');
  });

  it('writes gaps in percentage points with their sign, without float residue', () => {
    expect(formatPoints(-0.1)).toBe('-0.1个百分点');
    expect(formatPoints(0.8, 'en')).toBe('+0.8 pp');
    expect(formatFigure(30.04, '亿元', 'zh-CN', { signed: true })).toBe('+30.04亿元');
    expect(formatRatio(0.9)).toBe('90.0%');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('labels targets with their comparator: 目标 ≥10%, ranges, 左右, 力争', () => {
    expect(formatTargetLabel({ comparator: 'gte', value: 10, unit: '%' })).toBe('目标 ≥10%');
    expect(formatTargetLabel({ comparator: 'gte', value: 10, unit: '%' }, 'en')).toBe('Target ≥10%');
    expect(formatTargetLabel({ comparator: 'range', value: 5, max: 6, unit: '%' })).toBe('目标 5%—6%');
    expect(formatTargetLabel({ comparator: 'range', value: 5, max: 6, unit: '%' }, 'en')).toBe(
      'Target 5%–6%',
    );
    expect(formatTargetLabel({ comparator: 'approx', value: 4.5, unit: '%' }, 'en')).toBe('Target ≈4.5%');
    expect(formatTargetLabel({ comparator: 'eq', value: 700, unit: '亿元', strength: 'aspirational' })).toBe(
      '力争 700亿元',
    );
    expect(
      formatTargetLabel({ comparator: 'eq', value: 700, unit: '亿元', strength: 'aspirational' }, 'en'),
    ).toBe('Aim 70 billion yuan');
    expect(formatTargetLabel({ comparator: 'lt', value: 3, unit: '%' })).toBe('目标 <3%');
  });

  it('writes periods', () => {
    expect(formatPeriod('2025')).toBe('2025年');
    expect(formatPeriod('2025-Q3', 'en')).toBe('2025 Q3');
    expect(formatPeriod('2025-09')).toBe('2025年9月');
    expect(formatPeriod('2025-09', 'en')).toBe('Sep 2025');
  });
});
