import { z } from 'zod';
import { BASES, COMPARATORS, MEASURES, STRENGTHS } from '../dataset/dataset.vocabulary.js';
import { Figure } from '../decimal/figure.schema.js';
import { Period } from '../period/period.schema.js';
import { SourceRef } from '../source/source.schema.js';

/** What a figure measures: a `level` (3008.35亿元), a `growth` rate (%), a `share` (%), a `count` (300场). */
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

/**
 * How a target binds its figure: `eq` (增长5.5%), `gte` (10%以上, 不少于), `gt` (超), `lte` (不超过),
 * `lt` (低于), `approx` (左右), `range` (5%—6%, with `max`).
 */
export const Comparator = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof Comparator>;

/** 约束性 `binding`, 预期性 `expected`, 力争 `aspirational`. */
export const Strength = z.enum(STRENGTHS);
export type Strength = z.infer<typeof Strength>;

/** The price basis of a growth rate: 可比价 `comparable`, current prices `nominal`, or not said. */
export const Basis = z.enum(BASES);
export type Basis = z.infer<typeof Basis>;

/** A promised figure for an indicator in a period. */
export const Target = z
  .strictObject({
    id: z.string().min(1),
    indicatorId: z.string().min(1),
    jurisdictionId: z.string().min(1),
    period: Period,
    measure: Measure,
    comparator: Comparator,
    /** The figure, in `unit`, as written (5.5 for 5.5%). The lower bound of a range. */
    value: Figure,
    /** The upper bound of a `range`. */
    max: Figure.optional(),
    /** The decimal places the source wrote (`4.0%` → 1), so the figure is shown as written. Default: as the number prints. */
    decimals: z.number().int().min(0).max(12).optional(),
    /** `%` for growth and shares; the level's unit otherwise (亿元, 万人 …). */
    unit: z.string().min(1),
    strength: Strength.default('expected'),
    basis: Basis.default('unspecified'),
    source: SourceRef.optional(),
  })
  .superRefine((target, ctx) => {
    if (target.comparator === 'range' && target.max === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'a range target needs "max"',
        params: { zh: '区间目标需要 "max"（上限）' },
      });
    }
    if (target.max !== undefined && target.max < target.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `"max" (${target.max}) is below "value" (${target.value})`,
        params: { zh: `"max"（${target.max}）小于 "value"（${target.value}）` },
      });
    }
  })
  .meta({ description: 'A promised figure (目标) for an indicator in a period' });
export type Target = z.infer<typeof Target>;
