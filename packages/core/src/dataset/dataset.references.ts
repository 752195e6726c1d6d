import type { Problem } from './dataset.problem.js';

type Raw = Record<string, unknown>;

const COLLECTIONS = [
  'jurisdictions',
  'reports',
  'units',
  'indicators',
  'targets',
  'observations',
  'tasks',
] as const;
type Collection = (typeof COLLECTIONS)[number];

const NAMES: Record<Collection, { zh: string; en: string }> = {
  jurisdictions: { zh: '行政区', en: 'jurisdiction' },
  reports: { zh: '报告', en: 'report' },
  units: { zh: '单位', en: 'unit' },
  indicators: { zh: '指标', en: 'indicator' },
  targets: { zh: '目标', en: 'target' },
  observations: { zh: '实绩', en: 'observation' },
  tasks: { zh: '任务', en: 'task' },
};

/** The collections of suggestions (schema version 2): they have no ids, only references. */
type SuggestionCollection = 'taskLinks' | 'evidence' | 'statusSuggestions';

function records(input: Raw, collection: Collection | SuggestionCollection): Raw[] {
  const list = input[collection];
  return Array.isArray(list) ? list.map((r) => (typeof r === 'object' && r !== null ? (r as Raw) : {})) : [];
}

function preview(ids: Set<string>): string {
  const shown = [...ids].slice(0, 5).map((id) => JSON.stringify(id));
  return shown.length === 0 ? '—' : shown.join(', ') + (ids.size > 5 ? ' …' : '');
}

/**
 * Checks what a schema cannot: that ids are unique and that every reference names a record that exists.
 * Works on the raw input, so it reports alongside type errors rather than after them.
 */
export function checkReferences(input: unknown): Problem[] {
  if (typeof input !== 'object' || input === null) return [];
  const data = input as Raw;
  const problems: Problem[] = [];
  const ids = {} as Record<Collection, Set<string>>;

  for (const collection of COLLECTIONS) {
    const seen = new Map<string, number>();
    records(data, collection).forEach((record, index) => {
      if (typeof record.id !== 'string') return;
      const first = seen.get(record.id);
      if (first !== undefined) {
        problems.push({
          path: [collection, index, 'id'],
          code: 'duplicate_id',
          message: {
            zh: `重复的${NAMES[collection].zh} id "${record.id}"（与 ${collection}[${first}] 相同）`,
            en: `duplicate ${NAMES[collection].en} id "${record.id}" (also at ${collection}[${first}])`,
          },
        });
      } else seen.set(record.id, index);
    });
    ids[collection] = new Set(seen.keys());
  }

  const expect = (path: (string | number)[], value: unknown, collection: Collection) => {
    if (typeof value !== 'string' || value === '' || ids[collection].has(value)) return;
    problems.push({
      path,
      code: 'unknown_reference',
      message: {
        zh: `未知${NAMES[collection].zh} "${value}"（已有：${preview(ids[collection])}）`,
        en: `unknown ${NAMES[collection].en} "${value}" (known: ${preview(ids[collection])})`,
      },
    });
  };
  const expectEach = (path: (string | number)[], value: unknown, collection: Collection) => {
    if (Array.isArray(value)) value.forEach((v, i) => expect([...path, i], v, collection));
  };
  const expectSource = (path: (string | number)[], value: unknown) => {
    if (typeof value === 'object' && value !== null)
      expect([...path, 'reportId'], (value as Raw).reportId, 'reports');
  };

  records(data, 'jurisdictions').forEach((r, i) =>
    expect(['jurisdictions', i, 'parentId'], r.parentId, 'jurisdictions'),
  );
  records(data, 'reports').forEach((r, i) =>
    expect(['reports', i, 'jurisdictionId'], r.jurisdictionId, 'jurisdictions'),
  );
  records(data, 'units').forEach((r, i) =>
    expect(['units', i, 'jurisdictionId'], r.jurisdictionId, 'jurisdictions'),
  );
  for (const collection of ['targets', 'observations'] as const) {
    records(data, collection).forEach((r, i) => {
      expect([collection, i, 'indicatorId'], r.indicatorId, 'indicators');
      expect([collection, i, 'jurisdictionId'], r.jurisdictionId, 'jurisdictions');
      expectSource([collection, i, 'source'], r.source);
    });
  }
  const seqs = new Map<string, number>();
  records(data, 'tasks').forEach((r, i) => {
    expect(['tasks', i, 'reportId'], r.reportId, 'reports');
    expectEach(['tasks', i, 'leadUnitIds'], r.leadUnitIds, 'units');
    expectEach(['tasks', i, 'supportUnitIds'], r.supportUnitIds, 'units');
    expectEach(['tasks', i, 'targetIds'], r.targetIds, 'targets');
    expectEach(['tasks', i, 'previousTaskIds'], r.previousTaskIds, 'tasks');
    expectSource(['tasks', i, 'source'], r.source);
    if (Array.isArray(r.statusHistory)) {
      r.statusHistory.forEach((entry, j) => {
        if (typeof entry === 'object' && entry !== null)
          expectSource(['tasks', i, 'statusHistory', j, 'source'], (entry as Raw).source);
      });
    }
    if (typeof r.reportId === 'string' && typeof r.seq === 'number') {
      const key = `${r.reportId}\u0000${r.seq}`;
      const first = seqs.get(key);
      if (first !== undefined) {
        problems.push({
          path: ['tasks', i, 'seq'],
          code: 'duplicate_seq',
          message: {
            zh: `报告 "${r.reportId}" 中序号 ${r.seq} 重复（与 tasks[${first}] 相同）`,
            en: `seq ${r.seq} appears twice in report "${r.reportId}" (also at tasks[${first}])`,
          },
        });
      } else seqs.set(key, i);
    }
  });
  checkSuggestions(data, expect, expectSource, problems);
  return problems;
}

/**
 * The suggestion collections: every task and report they name exists, a task is not its own
 * predecessor, and no record says the same thing twice (the same pair of tasks, the same quote,
 * the same report's suggestion for a task).
 */
function checkSuggestions(
  data: Raw,
  expect: (path: (string | number)[], value: unknown, collection: Collection) => void,
  expectSource: (path: (string | number)[], value: unknown) => void,
  problems: Problem[],
): void {
  const once = (
    seen: Map<string, number>,
    key: string,
    path: (string | number)[],
    collection: SuggestionCollection,
    what: { zh: string; en: string },
  ) => {
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, path[1] as number);
      return;
    }
    problems.push({
      path,
      code: 'duplicate_record',
      message: {
        zh: `重复的${what.zh}（与 ${collection}[${first}] 相同）`,
        en: `duplicate ${what.en} (also at ${collection}[${first}])`,
      },
    });
  };
  const str = (value: unknown) => (typeof value === 'string' ? value : '');

  const links = new Map<string, number>();
  records(data, 'taskLinks').forEach((r, i) => {
    expect(['taskLinks', i, 'newerTaskId'], r.newerTaskId, 'tasks');
    expect(['taskLinks', i, 'olderTaskId'], r.olderTaskId, 'tasks');
    if (typeof r.newerTaskId === 'string' && r.newerTaskId === r.olderTaskId) {
      problems.push({
        path: ['taskLinks', i, 'olderTaskId'],
        code: 'self_link',
        message: {
          zh: `任务 "${r.newerTaskId}" 不能是自己的前身`,
          en: `task "${r.newerTaskId}" cannot be its own predecessor`,
        },
      });
    }
    once(links, `${str(r.newerTaskId)}\u0000${str(r.olderTaskId)}`, ['taskLinks', i], 'taskLinks', {
      zh: `任务关联 "${str(r.newerTaskId)}" → "${str(r.olderTaskId)}"`,
      en: `task link "${str(r.newerTaskId)}" → "${str(r.olderTaskId)}"`,
    });
  });

  const quotes = new Map<string, number>();
  records(data, 'evidence').forEach((r, i) => {
    expect(['evidence', i, 'taskId'], r.taskId, 'tasks');
    expect(['evidence', i, 'reportId'], r.reportId, 'reports');
    once(
      quotes,
      `${str(r.taskId)}\u0000${str(r.reportId)}\u0000${String(r.offset)}`,
      ['evidence', i],
      'evidence',
      {
        zh: `证据（任务 "${str(r.taskId)}"，报告 "${str(r.reportId)}"，位置 ${String(r.offset)}）`,
        en: `evidence (task "${str(r.taskId)}", report "${str(r.reportId)}", offset ${String(r.offset)})`,
      },
    );
  });

  const suggested = new Map<string, number>();
  records(data, 'statusSuggestions').forEach((r, i) => {
    expect(['statusSuggestions', i, 'taskId'], r.taskId, 'tasks');
    expect(['statusSuggestions', i, 'reportId'], r.reportId, 'reports');
    if (Array.isArray(r.evidence))
      r.evidence.forEach((e, j) => expectSource(['statusSuggestions', i, 'evidence', j], e));
    once(
      suggested,
      `${str(r.taskId)}\u0000${str(r.reportId)}\u0000${str(r.asOf)}`,
      ['statusSuggestions', i],
      'statusSuggestions',
      {
        zh: `状态建议（任务 "${str(r.taskId)}"，报告 "${str(r.reportId)}"）`,
        en: `status suggestion (task "${str(r.taskId)}", report "${str(r.reportId)}")`,
      },
    );
  });
}
