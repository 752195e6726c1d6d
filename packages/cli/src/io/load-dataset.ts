import { formatPath, parseDataset, type Dataset, type Jurisdiction } from '@luoshi/core';
import { readJson } from './read-document.js';
import type { Io } from './io.js';

/**
 * Reads and validates a Dataset file. On any problem, prints each one as `file: error: path: message`
 * and returns undefined, so a command can exit 1.
 */
export async function loadDataset(file: string, io: Io): Promise<Dataset | undefined> {
  const result = parseDataset(await readJson(file));
  if (result.ok) return result.dataset;
  for (const p of result.problems) {
    io.stderr(`${file}: error: ${formatPath(p.path)}: ${io.locale === 'en' ? p.message.en : p.message.zh}\n`);
  }
  return undefined;
}

/** The jurisdiction a user named, by id, Chinese name or English name. */
export function findJurisdiction(dataset: Dataset, wanted: string): Jurisdiction | undefined {
  return dataset.jurisdictions.find((j) => j.id === wanted || j.name === wanted || j.nameEn === wanted);
}
