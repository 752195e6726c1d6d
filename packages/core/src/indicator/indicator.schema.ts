import { z } from 'zod';
import { DIRECTIONS } from '../dataset/dataset.vocabulary.js';

/** Which way is good: `increase` (GDP), `decrease` (energy use per unit of GDP), `target` (closest is best: CPI). */
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** A measured quantity: 地区生产总值, 城镇新增就业 … */
export const Indicator = z
  .strictObject({
    id: z.string().min(1),
    /** The Chinese name (地区生产总值). */
    name: z.string().min(1),
    /** The English name (GDP). */
    nameEn: z.string().min(1).optional(),
    /** The unit levels are given in: 亿元, 万人, 个, 场, P, 万平方米 … */
    unit: z.string().min(1),
    direction: Direction.default('increase'),
    /** Other names documents use (GDP, 经济增长). */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * `false` for an indicator a reader named from a document's own words because no dictionary
     * knew it (open vocabulary: `社会融资规模`, `人均地区生产总值`). Default: in the dictionary.
     */
    inDictionary: z.boolean().optional(),
  })
  .meta({ description: 'A measured quantity' });
export type Indicator = z.infer<typeof Indicator>;
