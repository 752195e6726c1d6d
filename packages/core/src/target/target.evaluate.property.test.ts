import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces } from '../decimal/decimal.js';
import { makeObservation, makeTarget } from '../compare/compare.test-support.js';
import { evaluate, STATUS_RANK } from './target.evaluate.js';
import type { Comparator, Measure, Target } from './target.schema.js';

const oneDecimal = fc.integer({ min: -300, max: 300 }).map((n) => n / 10);
const twoDecimals = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100);
const measure = fc.constantFrom<Measure>('growth', 'level');

function rank(target: Target, actual: number, direction: 'increase' | 'decrease' | 'target'): number {
  const unit = target.unit;
  const status = evaluate(target, makeObservation({ value: actual, measure: target.measure, unit }), {
    indicator: { direction },
  }).status;
  if (status === 'pending' || status === 'not-comparable') throw new Error(`unexpected ${status}`);
  return STATUS_RANK[status];
}

function build(comparator: Comparator, m: Measure, value: number, width: number): Target {
  const unit = m === 'growth' ? '%' : '亿元';
  return makeTarget({
    comparator,
    measure: m,
    unit,
    value,
    ...(comparator === 'range' ? { max: value + width } : {}),
  });
}

describe('evaluate: invariants', () => {
  it('never gives a larger actual a worse status for an increase indicator (floors, eq, 左右, ranges)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Comparator>('eq', 'approx', 'range', 'gte', 'gt'),
        measure,
        oneDecimal,
        fc.integer({ min: 0, max: 30 }),
        oneDecimal,
        oneDecimal,
        (comparator, m, value, width, x, y) => {
          const target = build(comparator, m, value, width / 10);
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(rank(target, high, 'increase')).toBeGreaterThanOrEqual(rank(target, low, 'increase'));
        },
      ),
    );
  });

  it('never gives a smaller actual a worse status for a decrease indicator (ceilings, eq, 左右, ranges)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Comparator>('eq', 'approx', 'range', 'lte', 'lt'),
        measure,
        oneDecimal,
        fc.integer({ min: 0, max: 30 }),
        oneDecimal,
        oneDecimal,
        (comparator, m, value, width, x, y) => {
          const target = build(comparator, m, value, width / 10);
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(rank(target, low, 'decrease')).toBeGreaterThanOrEqual(rank(target, high, 'decrease'));
        },
      ),
    );
  });

  it('treats a decrease indicator as the mirror image of an increase one, for every comparator', () => {
    const mirror: Record<Comparator, Comparator> = {
      eq: 'eq',
      approx: 'approx',
      range: 'range',
      gte: 'lte',
      gt: 'lt',
      lte: 'gte',
      lt: 'gt',
    };
    fc.assert(
      fc.property(
        fc.constantFrom<Comparator>('eq', 'approx', 'range', 'gte', 'gt', 'lte', 'lt'),
        oneDecimal,
        fc.integer({ min: 0, max: 30 }),
        oneDecimal,
        (comparator, value, width, actual) => {
          const target = build(comparator, 'growth', value, width / 10);
          const mirrored: Target =
            comparator === 'range'
              ? { ...target, value: -(target.max ?? value), max: -value }
              : { ...target, comparator: mirror[comparator], value: -value };
          expect(rank(target, actual, 'decrease')).toBe(rank(mirrored, -actual, 'increase'));
        },
      ),
    );
  });

  it('never reports exceeded for a target indicator, and is symmetric around eq and 左右 targets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Comparator>('eq', 'approx'),
        oneDecimal,
        fc.integer({ min: 0, max: 40 }),
        (comparator, value, d) => {
          const target = build(comparator, 'growth', value, 0);
          const above = Math.round(value * 10 + d) / 10;
          const below = Math.round(value * 10 - d) / 10;
          expect(rank(target, above, 'target')).toBe(rank(target, below, 'target'));
          expect(rank(target, above, 'target')).toBeLessThan(STATUS_RANK.exceeded);
        },
      ),
    );
  });

  it('keeps the source precision in the gap: 1-decimal rates give a gap of at most 1 decimal, exactly', () => {
    fc.assert(
      fc.property(oneDecimal, oneDecimal, (value, actual) => {
        const gap = evaluate(makeTarget({ value }), makeObservation({ value: actual })).gap;
        expect(gap?.unit).toBe('pp');
        expect(decimalPlaces(gap?.absolute ?? Number.NaN)).toBeLessThanOrEqual(1);
        expect(Math.round((gap?.absolute ?? Number.NaN) * 10)).toBe(
          Math.round(actual * 10) - Math.round(value * 10),
        );
      }),
    );
  });

  it('keeps 2-decimal level gaps at 2 decimals', () => {
    fc.assert(
      fc.property(twoDecimals, twoDecimals, (value, actual) => {
        const target = makeTarget({ measure: 'level', unit: '亿元', value });
        const gap = evaluate(target, makeObservation({ measure: 'level', unit: '亿元', value: actual })).gap;
        expect(decimalPlaces(gap?.absolute ?? Number.NaN)).toBeLessThanOrEqual(2);
      }),
    );
  });
});
