import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFigureText, originalSpan, toHalfWidth } from './text.normalize.js';

describe('toHalfWidth', () => {
  it('folds full-width digits, letters and signs one to one', () => {
    expect(toHalfWidth('５．５％')).toBe('5.5%');
    expect(toHalfWidth('ＧＤＰ增长，　１０％')).toBe('GDP增长, 10%');
    expect(toHalfWidth('增长5.5%')).toBe('增长5.5%');
  });

  it('keeps the length of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(toHalfWidth(s).length).toBe(s.length);
      }),
    );
  });
});

describe('normalizeFigureText', () => {
  it.each([
    ['增长 4.0%左右', '增长4.0%左右'],
    ['近 1.2 亿人次', '近1.2亿人次'],
    ['增至24.3\n\n万户', '增至24.3万户'],
    ['提升 9.6 个百分点', '提升9.6个百分点'],
    ['５．５％', '5.5%'],
    ['PM₁₀ 指标', 'PM10指标'],
    ['增长 −2.1%', '增长-2.1%'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeFigureText(input).text).toBe(expected);
  });

  it.each([
    ['雨水管网 2 1 公里', '雨水管网2 1公里'],
    ['AEO 42 家', 'AEO 42家'],
    ['1\t地区生产总值', '1\t地区生产总值'],
    ['  6. 8大亿元', '  6. 8大亿元'],
    ['3，100', '3，100'],
    ['政 府 工 作 报 告', '政 府 工 作 报 告'],
  ])('keeps the spaces that separate: %j', (input, expected) => {
    expect(normalizeFigureText(input).text).toBe(expected);
  });

  it('maps every normalised character back to where it came from', () => {
    const chars = fc.constantFrom(...'0123456789.%５．％ \n\t增长亿万人次个AEO，、');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const normalized = normalizeFigureText(input);
        expect(normalized.offsets.length).toBe(normalized.text.length + 1);
        expect(normalized.offsets[normalized.text.length]).toBe(input.length);
        for (let i = 0; i < normalized.text.length; i++) {
          const from = input[normalized.offsets[i] ?? -1] ?? '';
          expect(normalizeFigureText(from).text || ' ').toBe(normalized.text[i]);
          if (i > 0) expect(normalized.offsets[i]).toBeGreaterThan(normalized.offsets[i - 1] ?? -1);
        }
        if (normalized.text.length > 0) {
          const [s, e] = originalSpan(normalized, 0, normalized.text.length);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(input.length);
        }
      }),
    );
  });
});
