import { z } from 'zod';
import { Figure } from '../decimal/figure.schema.js';
import { Period } from '../period/period.schema.js';
import { SourceRef } from '../source/source.schema.js';
import { Basis, Measure } from '../target/target.schema.js';

/** An actual figure (实绩) for an indicator in a period. */
export const Observation = z
  .strictObject({
    id: z.string().min(1),
    indicatorId: z.string().min(1),
    jurisdictionId: z.string().min(1),
    period: Period,
    measure: Measure,
    /** The figure, in `unit`, with the precision the source used. */
    value: Figure,
    /** The decimal places the source wrote (`4.0%` → 1), so the figure is shown as written. Default: as the number prints. */
    decimals: z.number().int().min(0).max(12).optional(),
    unit: z.string().min(1),
    basis: Basis.default('unspecified'),
    /** A year-to-date figure (累计) up to the end of `period`. */
    cumulative: z.boolean().default(false),
    /** 预计: given before the year's statistics are final. */
    estimate: z.boolean().default(false),
    source: SourceRef.optional(),
  })
  .meta({ description: 'An actual figure (实绩) for an indicator in a period' });
export type Observation = z.infer<typeof Observation>;
