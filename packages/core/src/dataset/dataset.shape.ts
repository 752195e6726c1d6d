import type { Dataset } from './dataset.schema.js';
import type { Problem } from './dataset.problem.js';
import type { ParseDatasetResult } from './dataset.parse.js';
import { checkReferences } from './dataset.references.js';
import {
  BASES,
  COMPARATORS,
  DIRECTIONS,
  EVIDENCE_SIGNALS,
  isPeriod,
  JURISDICTION_LEVELS,
  MEASURES,
  NEWER_TASK_KINDS,
  OLDER_TASK_KINDS,
  REPORT_KINDS,
  SCHEMA_VERSION,
  STRENGTHS,
  SUGGESTION_BASES,
  TASK_STATUSES,
} from './dataset.vocabulary.js';

/**
 * The schema versions a page reads as they are: each earlier version only lacks optional parts of the
 * next (1 the suggestion collections, 2 the tasks' `deadline` and `responsibleLeader`).
 */
const READABLE_VERSIONS: readonly unknown[] = [1, 2, SCHEMA_VERSION];

/** What a field must hold; a default makes it optional and fills it in. */
type Rule =
  | { kind: 'string'; optional?: boolean }
  | { kind: 'number'; optional?: boolean; integer?: boolean; positive?: boolean }
  | { kind: 'period' }
  | { kind: 'enum'; values: readonly string[]; fallback?: string }
  | { kind: 'boolean'; fallback?: boolean }
  | { kind: 'strings'; min?: number }
  | { kind: 'list' }
  | { kind: 'localized' };

const text: Rule = { kind: 'string' };
const optionalText: Rule = { kind: 'string', optional: true };
const figure: Rule = { kind: 'number' };
const strings: Rule = { kind: 'strings' };

/** What targets and observations share: a figure of an indicator, in a jurisdiction and period. */
const FIGURE: Record<string, Rule> = {
  id: text,
  indicatorId: text,
  jurisdictionId: text,
  period: { kind: 'period' },
  measure: { kind: 'enum', values: MEASURES },
  value: figure,
  unit: text,
  basis: { kind: 'enum', values: BASES, fallback: 'unspecified' },
};

// The fields a reader of a Dataset relies on. Everything else is left as it is: this is the page's quick
// check, not the full validation that `parseDataset` does on a server.
/** A collection of records in a Dataset (`tasks`, `targets` …). */
export type DatasetCollection = Exclude<keyof Dataset, 'schemaVersion' | 'title'>;
type Collection = DatasetCollection;
/** Collections a Dataset may leave out altogether (no default is filled in). */
const OPTIONAL: ReadonlySet<Collection> = new Set(['taskLinks', 'evidence', 'statusSuggestions']);
const RULES: Record<Collection, Record<string, Rule>> = {
  jurisdictions: {
    id: text,
    name: text,
    level: { kind: 'enum', values: JURISDICTION_LEVELS },
    parentId: optionalText,
  },
  reports: { id: text, jurisdictionId: text, kind: { kind: 'enum', values: REPORT_KINDS }, title: text },
  units: { id: text, jurisdictionId: text, name: text, aliases: strings },
  indicators: {
    id: text,
    name: text,
    unit: text,
    direction: { kind: 'enum', values: DIRECTIONS, fallback: 'increase' },
    aliases: strings,
  },
  targets: {
    ...FIGURE,
    comparator: { kind: 'enum', values: COMPARATORS },
    max: { kind: 'number', optional: true },
    strength: { kind: 'enum', values: STRENGTHS, fallback: 'expected' },
  },
  observations: {
    ...FIGURE,
    cumulative: { kind: 'boolean', fallback: false },
    estimate: { kind: 'boolean', fallback: false },
  },
  tasks: {
    id: text,
    reportId: text,
    seq: { kind: 'number', integer: true, positive: true },
    text,
    leadUnitIds: { kind: 'strings', min: 1 },
    supportUnitIds: strings,
    targetIds: strings,
    previousTaskIds: strings,
    deadline: optionalText,
    responsibleLeader: optionalText,
  },
  taskLinks: {
    newerTaskId: text,
    olderTaskId: text,
    rank: { kind: 'number', integer: true, positive: true },
    score: figure,
    aboveThreshold: { kind: 'boolean' },
    sharedTerms: strings,
    newerKind: { kind: 'enum', values: NEWER_TASK_KINDS },
    olderKind: { kind: 'enum', values: OLDER_TASK_KINDS },
  },
  evidence: {
    taskId: text,
    reportId: text,
    rank: { kind: 'number', integer: true, positive: true },
    quote: text,
    offset: figure,
    line: { kind: 'number', optional: true },
    score: figure,
    signal: { kind: 'enum', values: EVIDENCE_SIGNALS },
    completionVerbs: strings,
    progressVerbs: strings,
    sharedTerms: strings,
  },
  statusSuggestions: {
    taskId: text,
    reportId: text,
    asOf: text,
    status: { kind: 'enum', values: TASK_STATUSES },
    confidence: figure,
    basis: { kind: 'enum', values: SUGGESTION_BASES },
    evidence: { kind: 'list' },
    explanation: { kind: 'localized' },
  },
};

function problem(path: (string | number)[], zh: string, en: string): Problem {
  return { path, code: 'invalid_shape', message: { zh, en } };
}

function check(
  value: unknown,
  rule: Rule,
  path: (string | number)[],
  record: Record<string, unknown>,
  key: string,
  out: Problem[],
): void {
  switch (rule.kind) {
    case 'string':
      if (value === undefined && rule.optional) return;
      if (typeof value !== 'string' || value === '')
        out.push(problem(path, '应为非空字符串', 'expected a non-empty string'));
      return;
    case 'number':
      if (value === undefined && rule.optional) return;
      if (typeof value !== 'number' || !Number.isFinite(value))
        out.push(problem(path, '应为有限数值', 'expected a finite number'));
      else if (rule.integer && (!Number.isInteger(value) || (rule.positive && value < 1)))
        out.push(problem(path, '应为正整数', 'expected a positive whole number'));
      return;
    case 'period':
      if (!isPeriod(value))
        out.push(
          problem(
            path,
            '应为期间，如 2025、2025-Q3、2025-09',
            'expected a period like 2025, 2025-Q3 or 2025-09',
          ),
        );
      return;
    case 'enum':
      if (value === undefined && rule.fallback !== undefined) record[key] = rule.fallback;
      else if (typeof value !== 'string' || !rule.values.includes(value))
        out.push(
          problem(path, `应为 ${rule.values.join(' | ')} 之一`, `expected one of ${rule.values.join(' | ')}`),
        );
      return;
    case 'boolean':
      if (value === undefined && rule.fallback !== undefined) record[key] = rule.fallback;
      else if (typeof value !== 'boolean')
        out.push(problem(path, '应为 true 或 false', 'expected true or false'));
      return;
    case 'strings':
      if (value === undefined && !rule.min) record[key] = [];
      else if (
        !Array.isArray(value) ||
        value.length < (rule.min ?? 0) ||
        value.some((v) => typeof v !== 'string' || v === '')
      ) {
        out.push(
          problem(
            path,
            rule.min ? '应为至少一项的字符串数组' : '应为字符串数组',
            rule.min ? 'expected a list of at least one string' : 'expected a list of strings',
          ),
        );
      }
      return;
    case 'list':
      if (value === undefined) record[key] = [];
      else if (!Array.isArray(value)) out.push(problem(path, '应为数组', 'expected a list'));
      return;
    case 'localized': {
      const v = value as { zh?: unknown; en?: unknown } | null | undefined;
      if (typeof v !== 'object' || v === null || typeof v.zh !== 'string' || typeof v.en !== 'string')
        out.push(problem(path, '应为 { zh, en } 文本', 'expected { zh, en } texts'));
    }
  }
}

/**
 * A quick check that a value has the shape of a Dataset where readers rely on it — ids, references,
 * periods, figures and vocabularies — with defaults filled in, and without zod, so that a page that
 * draws charts does not carry a validator. It is not `parseDataset`: unknown keys and the finer rules
 * (dates, sources) are not checked. Data produced by luoshi or checked with `luoshi check` passes both.
 * The input is not changed; defaults are filled in a copy.
 *
 * With `collections`, only those are read: the lists of the others are left out of the result (as
 * if absent), which spares a chart checking and copying tasks it does not draw. A collection that
 * is there but is not a list is still reported.
 */
export function readDatasetShape(
  input: unknown,
  options: { collections?: readonly DatasetCollection[] } = {},
): ParseDatasetResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [problem([], '数据集应为 JSON 对象', 'a Dataset is a JSON object')] };
  }
  const raw = input as Record<string, unknown>;
  const problems: Problem[] = [];
  if (!READABLE_VERSIONS.includes(raw.schemaVersion)) {
    problems.push(
      problem(
        ['schemaVersion'],
        `应为 ${READABLE_VERSIONS.join(' 或 ')}（其他版本请先用 parseDataset 迁移）`,
        `expected ${READABLE_VERSIONS.join(' or ')} (migrate other versions with parseDataset first)`,
      ),
    );
  }
  // Earlier versions differ only by lacking what later ones made optional: read as the current one, as
  // parseDataset migrates them.
  const copy: Record<string, unknown> = { ...raw, schemaVersion: SCHEMA_VERSION };
  for (const [collection, rules] of Object.entries(RULES) as [Collection, Record<string, Rule>][]) {
    const skipped = options.collections !== undefined && !options.collections.includes(collection);
    const list = skipped && Array.isArray(raw[collection]) ? undefined : raw[collection];
    if (list === undefined) {
      delete copy[collection];
      if (!OPTIONAL.has(collection)) copy[collection] = [];
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(problem([collection], '应为数组', 'expected a list'));
      continue;
    }
    copy[collection] = list.map((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        problems.push(problem([collection, index], '应为对象', 'expected an object'));
        return item;
      }
      const record = { ...(item as Record<string, unknown>) };
      for (const [key, rule] of Object.entries(rules))
        check(record[key], rule, [collection, index, key], record, key, problems);
      if (collection === 'tasks' && record.statusHistory === undefined) record.statusHistory = [];
      else if (collection === 'tasks' && Array.isArray(record.statusHistory)) {
        record.statusHistory.forEach((entry, j) => {
          const status = (entry as { status?: unknown } | null)?.status;
          if (typeof status !== 'string' || !(TASK_STATUSES as readonly string[]).includes(status)) {
            problems.push(
              problem(
                [collection, index, 'statusHistory', j, 'status'],
                `应为 ${TASK_STATUSES.join(' | ')} 之一`,
                `expected one of ${TASK_STATUSES.join(' | ')}`,
              ),
            );
          }
        });
      } else if (collection === 'tasks')
        problems.push(problem([collection, index, 'statusHistory'], '应为数组', 'expected a list'));
      return record;
    });
  }
  problems.push(...checkReferences(copy));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: copy as unknown as Dataset };
}
