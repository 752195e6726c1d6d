import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The seeds are copied into the fixtures package; until then they are read from the shared folder. */
const SEED_DIRS = [
  join(here, '../../../fixtures/sources'),
  join(here, '../../../../shared/seeds'),
  join(here, '../../../../../shared/seeds'),
];
const cache = new Map<string, string>();

/** The text of a seed document, by file name (`haizhu-2025-plan-report.txt`). */
export function seedText(file: string): string {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const dir = SEED_DIRS.find((d) => existsSync(join(d, file)));
  if (!dir) throw new Error(`seed ${file} not found in ${SEED_DIRS.join(' or ')}`);
  const text = readFileSync(join(dir, file), 'utf8');
  cache.set(file, text);
  return text;
}
