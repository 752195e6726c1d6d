import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../../../fixtures/sources');
const SHARED = join(here, '../../../../../shared/seeds');

/**
 * Reads a seed document for tests: from packages/fixtures/sources when the seeds have been copied
 * there, else from the shared seeds folder.
 */
export function readSeed(name: string): string {
  const fixture = join(FIXTURES, name);
  return readFileSync(existsSync(fixture) ? fixture : join(SHARED, name), 'utf8');
}
