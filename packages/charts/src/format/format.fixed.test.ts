import { describe, expect, it } from 'vitest';
import { formatFixed } from './format.fixed.js';

/** The Intl.NumberFormat that formatNumber stands for, per locale, places and sign. */
function intl(locale: 'en' | 'zh-CN', places: number, signed: boolean): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
    useGrouping: locale === 'en' ? 'auto' : 'min2',
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}

/** A small seeded generator (mulberry32), so that a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers as documents and computations produce them: written decimals, ties, sums, tiny and huge ones. */
function numbers(): number[] {
  const next = random(20250521);
  const out = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.015, 2.675, 1.45, 0.1 + 0.2, 9.995, 99.95, 999.5, 9999.5];
  out.push(5.5, 5.4, -0.1, 3008.35, 300.835, 12345.6, 1e-6, 9.99e-7, 1e20, 123456789.125, -0.04, -0.05);
  for (let i = 0; i < 3000; i += 1) {
    const written = Math.round(next() * 10 ** (1 + Math.floor(next() * 9))) / 10 ** Math.floor(next() * 7);
    const halfway = (Math.floor(next() * 100000) + 0.5) / 10 ** Math.floor(next() * 5);
    const any = (next() - 0.5) * 10 ** Math.floor(next() * 30 - 8);
    out.push(written, -written, halfway, -halfway, any);
  }
  return out;
}

describe('formatFixed writes what Intl.NumberFormat writes', () => {
  const values = numbers();
  it.each([
    ['en', false],
    ['en', true],
    ['zh-CN', false],
    ['zh-CN', true],
  ] as const)('%s, signed %s, 0–20 places', (locale, signed) => {
    let compared = 0;
    for (const places of [0, 1, 2, 3, 4, 6, 9, 15, 20]) {
      const format = intl(locale, places, signed);
      for (const value of values) {
        const fixed = formatFixed(value, locale, places, signed);
        if (fixed === undefined) continue;
        compared += 1;
        if (fixed !== format.format(value))
          expect(`${value} → ${fixed}`).toBe(`${value} → ${format.format(value)}`);
      }
    }
    expect(compared).toBeGreaterThan(100_000);
  });

  it('leaves numbers written with an exponent, and non-finite ones, to Intl', () => {
    expect(formatFixed(1e21, 'en', 0, false)).toBeUndefined();
    expect(formatFixed(1e-7, 'zh-CN', 2, false)).toBeUndefined();
    expect(formatFixed(Number.NaN, 'en', 1, false)).toBeUndefined();
    expect(formatFixed(1e-6, 'en', 7, false)).toBe('0.0000010');
  });
});
