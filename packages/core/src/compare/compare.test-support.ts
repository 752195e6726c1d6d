// Builders and seed access shared by the comparison tests. Not exported from the package.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Observation } from '../observation/observation.schema.js';
import { Target } from '../target/target.schema.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A source document's text: from packages/fixtures/sources when copied there, else /work/shared/seeds. */
export function readSeed(name: string): string {
  const fixture = join(here, '../../../fixtures/sources', name);
  const shared = join(here, '../../../../../shared/seeds', name);
  return readFileSync(existsSync(fixture) ? fixture : shared, 'utf8');
}

/** The first number captured by `pattern` in `text`; fails loudly when the document no longer says it. */
export function figureIn(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`test seed: ${pattern} not found`);
  return Number(match[1]);
}

/** A valid target (defaults filled by the schema): GDP growth of Haizhu in 2025 unless overridden. */
export function makeTarget(overrides: Partial<Target> = {}): Target {
  return Target.parse({
    id: 't-1',
    indicatorId: 'gdp',
    jurisdictionId: 'haizhu',
    period: '2025',
    measure: 'growth',
    comparator: 'eq',
    value: 5.5,
    unit: '%',
    ...overrides,
  });
}

/** A valid observation matching {@link makeTarget}'s defaults. */
export function makeObservation(overrides: Partial<Observation> = {}): Observation {
  return Observation.parse({
    id: 'o-1',
    indicatorId: 'gdp',
    jurisdictionId: 'haizhu',
    period: '2025',
    measure: 'growth',
    value: 5.5,
    unit: '%',
    ...overrides,
  });
}
