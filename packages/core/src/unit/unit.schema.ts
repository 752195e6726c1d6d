import { z } from 'zod';

const Year = z.number().int().min(1949).max(2200);

/**
 * A responsible body (牵头单位, 责任单位): a bureau, a street office, a state-owned group.
 * A renamed body stays one unit: its former names are `aliases` (区政务数据局 → 区政务和数据局).
 */
export const Unit = z
  .strictObject({
    id: z.string().min(1),
    jurisdictionId: z.string().min(1),
    /** The body's current name. */
    name: z.string().min(1),
    /** Other names for the same body: former names, abbreviations. */
    aliases: z.array(z.string().min(1)).default([]),
    /** The first year the body existed under this identity. */
    validFrom: Year.optional(),
    /** The last year the body existed (merged or dissolved). */
    validTo: Year.optional(),
  })
  .meta({ description: 'A responsible body (牵头单位)' });
export type Unit = z.infer<typeof Unit>;
