import { z } from 'zod';
import { Dataset } from './dataset.schema.js';

/**
 * The JSON Schema (draft 2020-12) of the Dataset as it is written to disk, generated from the zod
 * schemas so that producers in other languages validate against exactly what `parseDataset` accepts.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Dataset, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
