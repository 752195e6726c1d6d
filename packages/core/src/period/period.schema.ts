import { z } from 'zod';
import { PERIOD_PATTERN } from '../dataset/dataset.vocabulary.js';

/**
 * A reporting period: a year (`2025`), a quarter (`2025-Q3`) or a month (`2025-09`).
 * Year-to-date figures use the quarter or month they run to.
 */
export const Period = z
  .string()
  .regex(PERIOD_PATTERN, {
    error: 'expected a period: a year "2025", a quarter "2025-Q3" or a month "2025-09"',
  })
  .meta({
    description: 'A year (2025), a quarter (2025-Q3) or a month (2025-09)',
    examples: ['2025', '2025-Q3', '2025-09'],
  });
export type Period = z.infer<typeof Period>;

/** A calendar date, ISO 8601 (`2025-03-05`). */
export const IsoDate = z.iso.date();
