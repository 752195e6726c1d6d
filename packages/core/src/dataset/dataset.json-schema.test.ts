import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from './__fixtures__/dataset.arbitrary.js';
import { sampleDataset } from './__fixtures__/sample.dataset.js';
import { datasetJsonSchema } from './dataset.json-schema.js';

const file = fileURLToPath(new URL('../../schema/dataset.schema.json', import.meta.url));
const committed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(committed);
}

describe('schema/dataset.schema.json', () => {
  it('is what the zod schemas generate (run `npm run schema -w @luoshi/core` when this fails)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });

  it('accepts what parseDataset accepts', () => {
    const validate = validator();
    expect(validate(sampleDataset()), JSON.stringify(validate.errors)).toBe(true);
    fc.assert(
      fc.property(datasetArbitrary, (input) => {
        expect(validate(JSON.parse(JSON.stringify(input))), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects what other languages most often get wrong', () => {
    const validate = validator();
    const bad = sampleDataset() as Record<string, any>;
    bad.targets[0].period = '2025Q3';
    bad.tasks[0].leadUnitIds = [];
    bad.observations[0].value = '5.4';
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual([
      '/observations/0/value',
      '/targets/0/period',
      '/tasks/0/leadUnitIds',
    ]);
  });
});
