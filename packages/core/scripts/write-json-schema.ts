// Writes schema/dataset.schema.json from the zod schemas. A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/dataset/dataset.json-schema.js';

const file = fileURLToPath(new URL('../schema/dataset.schema.json', import.meta.url));
writeFileSync(file, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${file}`);
