import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTaskDivision } from '../task-division/task-division.parse.js';
import type { TaskDivisionResult } from '../task-division/task-division.types.js';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE_DIRS = [join(here, '../../../fixtures/sources'), join(here, '../../../../../shared/seeds')];

/** A seed document: from packages/fixtures/sources when copied there, else from the shared seeds. */
export function readSeed(name: string): string {
  for (const dir of SOURCE_DIRS) {
    const path = join(dir, name);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`seed ${name} not found in ${SOURCE_DIRS.join(', ')}`);
}

/** Haizhu's 2024 and 2025 task-division lists, parsed. */
export function haizhuLists(): { y2024: TaskDivisionResult; y2025: TaskDivisionResult } {
  return {
    y2024: parseTaskDivision(readSeed('haizhu-2024-task-division.txt'), {
      jurisdictionId: 'haizhu',
      reportId: 'haizhu-2024-td',
    }),
    y2025: parseTaskDivision(readSeed('haizhu-2025-task-division.txt'), {
      jurisdictionId: 'haizhu',
      reportId: 'haizhu-2025-td',
    }),
  };
}
