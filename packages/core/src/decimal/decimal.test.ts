import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, decimalPlaces, percentChange, roundTo, scaleDecimal, subtract } from './decimal.js';

describe('decimal', () => {
  it.each([
    [5.5, 5.4, 0.1],
    [3008.35, 2720.16, 288.19],
    [4.0, 4.5, -0.5],
    [1.0, 16.4, -15.4],
    [0.3, 0.1, 0.2],
  ])('subtract(%d, %d) is %d exactly', (a, b, expected) => {
    expect(subtract(a, b)).toBe(expected);
  });

  it.each([
    ['1.07', 4, 10700],
    ['1.8', 4, 18000],
    ['3008.35', 8, 300835000000],
    ['0.07', 4, 700],
    ['5.5', 0, 5.5],
    ['12', -3, 0.012],
    ['-2.1', 4, -21000],
  ])('scaleDecimal(%s, %d) is %d', (text, power, expected) => {
    expect(scaleDecimal(text, power)).toBe(expected);
  });

  it('knows how many places a figure was written with', () => {
    expect([
      decimalPlaces(5),
      decimalPlaces(5.4),
      decimalPlaces(3008.35),
      decimalPlaces(1e-7),
      decimalPlaces(2.5e-3),
    ]).toEqual([0, 1, 2, 7, 4]);
  });

  it('rounds half away from zero without residue', () => {
    expect([roundTo(1.005, 2), roundTo(-1.005, 2), roundTo(10.59, 1), roundTo(2.5, 0)]).toEqual([
      1.01, -1.01, 10.6, 3,
    ]);
  });

  it('gives the nominal growth of two levels', () => {
    expect(percentChange(3008.35, 2720.16, 1)).toBe(10.6);
  });

  it('never leaves binary residue for figures written with up to 2 decimals', () => {
    const figure = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        for (const result of [subtract(a, b), add(a, b)])
          expect(decimalPlaces(result)).toBeLessThanOrEqual(2);
        expect(subtract(a, b)).toBe(Math.round(a * 100 - b * 100) / 100);
      }),
    );
  });

  it('scales any written decimal exactly by 万 and 亿', () => {
    const written = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
      .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
    fc.assert(
      fc.property(written, (text) => {
        const [int, frac] = text.split('.') as [string, string];
        expect(scaleDecimal(text, 4)).toBe(Number(int) * 10000 + Number(frac) * 100);
      }),
    );
  });
});
