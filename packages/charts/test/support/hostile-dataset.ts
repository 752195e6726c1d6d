// Datasets for the browser tests: the Guangzhou fixture when it has been built, else the views'
// sample dataset from the seed documents; and a copy whose names are markup.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOSTILE_NAME } from './test-bar.view.js';

const GUANGZHOU = fileURLToPath(new URL('../../../fixtures/data/guangzhou.json', import.meta.url));

/** The dataset every view is mounted with, and where it came from. */
export async function viewDataset(): Promise<{ source: string; data: Record<string, unknown> }> {
  if (existsSync(GUANGZHOU))
    return { source: 'fixtures/data/guangzhou.json', data: JSON.parse(readFileSync(GUANGZHOU, 'utf8')) };
  const { sampleDataset } = await import('../../src/views/common/view.fixture.js');
  return {
    source: 'views/common/view.fixture.ts',
    data: sampleDataset() as unknown as Record<string, unknown>,
  };
}

const NAME_KEYS = new Set(['name', 'nameEn', 'text', 'title', 'label', 'shortName']);

/** Replaces every string (and each language of a Localized) under a name-like key of one record. */
function poison(value: unknown, underName = false): unknown {
  if (typeof value === 'string') return underName ? HOSTILE_NAME : value;
  if (Array.isArray(value)) return value.map((item) => poison(item, underName));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, poison(item, underName || NAME_KEYS.has(key))]),
  );
}

/** A copy of the dataset whose tasks, indicators, units and jurisdictions are all named `<img src=x onerror=alert(1)>`. */
export function hostileDataset(data: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const key of ['tasks', 'indicators', 'units', 'jurisdictions']) {
    const list = copy[key];
    if (Array.isArray(list)) copy[key] = list.map((item) => poison(item));
  }
  return copy;
}
