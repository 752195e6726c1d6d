import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatPeriod } from './format.js';
import { convertToUnit, normaliseUnit } from './units.js';

describe('formatting figures', () => {
  it.each([
    [0.1, undefined, '0.1'],
    [4, 1, '4.0'],
    [3008.35, undefined, '3008.35'],
    [-0, undefined, '0'],
    [0, 1, '0.0'],
    [1e-7, undefined, '0.0000001'],
    [10700, undefined, '10700'],
  ])('writes %s (decimals %s) as %s', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it('glues units in Chinese and spaces them in English, except %', () => {
    expect(formatFigure(3008.35, '亿元', 'zh')).toBe('3008.35亿元');
    expect(formatFigure(3008.35, '亿元', 'en')).toBe('3008.35 亿元');
    expect(formatFigure(5.5, '％', 'en')).toBe('5.5%');
  });

  it.each([
    ['2025', '2025年', '2025'],
    ['2025-Q3', '2025年第3季度', '2025 Q3'],
    ['2025-09', '2025年9月', 'Sep 2025'],
  ])('writes the period %s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
});

describe('units', () => {
  it('folds full-width signs and spaces', () => {
    expect(normaliseUnit(' ％ ')).toBe('%');
    expect(normaliseUnit('亿 元')).toBe('亿元');
  });

  it.each([
    [1.07, '万套', '套', 10700],
    [32300, '人', '万人', 3.23],
    [27201600, '万元', '亿元', 2720.16],
    [1.5, '万亿元', '亿元', 15000],
    [5.5, '%', '％', 5.5],
  ])('converts %s %s to %s exactly', (value, from, to, expected) => {
    expect(convertToUnit(value, from, to)).toBe(expected);
  });

  it.each([
    ['万人', '个'],
    ['%', '个百分点'],
    ['亿元', '亿人次'],
  ])('refuses %s → %s', (from, to) => {
    expect(convertToUnit(1, from, to)).toBeUndefined();
  });
});
