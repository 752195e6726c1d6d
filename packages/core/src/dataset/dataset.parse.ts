import { z } from 'zod';
import { migrateDataset } from './dataset.migrate.js';
import { formatPath, type Problem } from './dataset.problem.js';
import { checkReferences } from './dataset.references.js';
import { Dataset } from './dataset.schema.js';

/** What {@link parseDataset} returns: the typed Dataset, or every problem found. */
export type ParseDatasetResult =
  | {
      ok: true;
      dataset: Dataset;
      /** The schemaVersion the input was saved under, when it was migrated. */ migratedFrom?: number;
    }
  | { ok: false; problems: Problem[] };

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function localize(issue: z.core.$ZodIssue): { zh: string; en: string } {
  if (issue.code === 'custom') {
    const params = (issue as { params?: { zh?: string } }).params;
    return { zh: params?.zh ?? issue.message, en: issue.message };
  }
  const message = (map: typeof zh) => {
    const out = map(issue as never);
    return typeof out === 'string' ? out : (out?.message ?? issue.message);
  };
  return { zh: message(zh), en: message(en) };
}

function flatten(issue: z.core.$ZodIssue, base: PropertyKey[] = []): Problem[] {
  const path = [...base, ...issue.path];
  // A union reports each branch's failure; show them all rather than a bare "invalid input".
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.map((errs) => errs.flatMap((e) => flatten(e, path)));
    const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
    if (best.length > 0) return best;
  }
  return [
    {
      path: path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
      code: issue.code,
      message: localize(issue),
    },
  ];
}

/**
 * Validates anything (parsed JSON, an object built in code) as a Dataset. Never throws: it returns the
 * typed Dataset with defaults filled in, or every problem at once — type errors and broken references —
 * each at its JSON path with a message in Chinese and English. Datasets saved under an earlier
 * `schemaVersion` are migrated first.
 */
export function parseDataset(input: unknown): ParseDatasetResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: [],
          code: 'invalid_type',
          message: {
            zh: `数据集应为 JSON 对象，实际为 ${Array.isArray(input) ? '数组' : input === null ? 'null' : typeof input}`,
            en: `a Dataset is a JSON object, got ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input}`,
          },
        },
      ],
    };
  }
  const migrated = migrateDataset(input);
  if (!migrated.ok) return migrated;
  const parsed = Dataset.safeParse(migrated.value, { reportInput: true });
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap((i) => flatten(i))),
    ...checkReferences(migrated.value),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return migrated.from !== undefined && migrated.from !== parsed.data.schemaVersion
    ? { ok: true, dataset: parsed.data, migratedFrom: migrated.from }
    : { ok: true, dataset: parsed.data };
}

/** Thrown by {@link assertDataset}; `problems` holds every problem found. */
export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `[@luoshi/core] invalid Dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${formatPath(p.path)}: ${p.message.en}`)
          .join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** Like {@link parseDataset}, for code that prefers an exception: returns the Dataset or throws a {@link DatasetError}. */
export function assertDataset(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.dataset;
}
