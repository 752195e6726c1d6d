import { z } from 'zod';

/**
 * A finite figure as a document writes it. `-0` becomes `0`: JSON cannot carry negative zero, and a
 * Dataset must read back exactly as it was written.
 */
export const Figure = z
  .number()
  .transform((value) => (value === 0 ? 0 : value))
  .meta({ description: 'A finite number, at the precision the source used' });
