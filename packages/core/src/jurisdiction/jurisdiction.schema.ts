import { z } from 'zod';
import { JURISDICTION_LEVELS } from '../dataset/dataset.vocabulary.js';

/** Administrative levels, from the top down. */
export const JurisdictionLevel = z.enum(JURISDICTION_LEVELS);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/** A government whose reports are tracked: 广州市, 海珠区 … */
export const Jurisdiction = z
  .strictObject({
    id: z.string().min(1),
    /** The Chinese name, as the government writes it (海珠区). */
    name: z.string().min(1),
    /** The English name (Haizhu District). */
    nameEn: z.string().min(1).optional(),
    level: JurisdictionLevel,
    /** The jurisdiction above this one, so a district's target can be set beside its city's. */
    parentId: z.string().min(1).optional(),
  })
  .meta({ description: 'A government whose reports are tracked' });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
