import type { Dataset } from '../dataset/dataset.schema.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Jurisdiction } from '../jurisdiction/jurisdiction.schema.js';
import type { Localized } from '../i18n/localized.js';
import type { Report } from '../report/report.schema.js';
import type { Unit } from '../unit/unit.schema.js';
import { SCHEMA_VERSION } from '../dataset/dataset.vocabulary.js';

/** Something merging decided that a reader should know: two records folded into one, or an id renamed. */
export interface MergeNote {
  /** Which input (0-based) and which record. */
  input: number;
  collection: keyof Omit<Dataset, 'schemaVersion' | 'title'>;
  id: string;
  action: 'folded' | 'renamed';
  /** The id the record has in the merged Dataset. */
  into: string;
  message: Localized;
}

type SuggestionCollection = 'taskLinks' | 'evidence' | 'statusSuggestions';
type Suggestion<C extends SuggestionCollection> = NonNullable<Dataset[C]>[number];

/** The merged Dataset and what was folded or renamed to make it. */
export interface MergeResult {
  dataset: Dataset;
  notes: MergeNote[];
}

/** Names compared without the spacing and width differences that documents introduce. */
function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function namesOf(record: { name: string; aliases?: string[]; nameEn?: string }): string[] {
  return [record.name, ...(record.aliases ?? []), ...(record.nameEn ? [record.nameEn] : [])].map(nameKey);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Hands out ids, renaming one that is taken by a different record (`id` → `id~2`). */
class IdSpace {
  private readonly taken = new Set<string>();
  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${id}~${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/**
 * Merges Dataset fragments (one per parsed document) into one Dataset. The same jurisdiction (same id,
 * or same name and level), the same responsible body (same jurisdiction and a shared name or alias) and
 * the same indicator (a shared name or alias) become one record, with aliases united; every reference
 * is rewritten; a report described twice under one id (curated and parsed) becomes one, the first
 * description winning where both say something. Other records with the same id that differ are kept apart under a new id and reported, never
 * folded silently; identical duplicates (the same record read twice) are folded.
 */
export function mergeDatasets(inputs: readonly Dataset[]): MergeResult {
  const notes: MergeNote[] = [];
  const out: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    jurisdictions: [],
    reports: [],
    units: [],
    indicators: [],
    targets: [],
    observations: [],
    tasks: [],
  };
  const titles = inputs.map((d) => d.title).filter((t): t is string => Boolean(t));
  if (titles.length > 0) out.title = [...new Set(titles)].join(' + ');
  const ids = {
    jurisdictions: new IdSpace(),
    reports: new IdSpace(),
    units: new IdSpace(),
    indicators: new IdSpace(),
    targets: new IdSpace(),
    observations: new IdSpace(),
    tasks: new IdSpace(),
  };

  const note = (
    input: number,
    collection: MergeNote['collection'],
    id: string,
    into: string,
    action: MergeNote['action'],
  ) => {
    notes.push({
      input,
      collection,
      id,
      into,
      action,
      message:
        action === 'folded'
          ? {
              zh: `第${input + 1}个输入的 ${collection} "${id}" 与 "${into}" 是同一对象，已合并`,
              en: `input ${input + 1}: ${collection} "${id}" is the same as "${into}" and was folded into it`,
            }
          : {
              zh: `第${input + 1}个输入的 ${collection} "${id}" 与已有记录同 id 但内容不同，改名为 "${into}"`,
              en: `input ${input + 1}: ${collection} "${id}" clashes with a different record of that id and was renamed "${into}"`,
            },
    });
  };

  /** What makes two suggestions say the same thing: the same pair of tasks, quote, or report's verdict. */
  const keyOf: { [C in SuggestionCollection]: (r: Suggestion<C>) => string } = {
    taskLinks: (r) => `${r.newerTaskId}\u0000${r.olderTaskId}`,
    evidence: (r) => `${r.taskId}\u0000${r.reportId}\u0000${r.offset}`,
    statusSuggestions: (r) => `${r.taskId}\u0000${r.reportId}\u0000${r.asOf}`,
  };
  const kept = {
    taskLinks: new Map<string, string>(),
    evidence: new Map<string, string>(),
    statusSuggestions: new Map<string, string>(),
  };
  // The same suggestion twice is kept once; two that differ (computed twice, with other settings) keep the first, and say so.
  const suggest = <C extends SuggestionCollection>(input: number, collection: C, record: Suggestion<C>) => {
    const key = keyOf[collection](record);
    const first = kept[collection].get(key);
    if (first === undefined) {
      kept[collection].set(key, stable(record));
      ((out[collection] ??= []) as Suggestion<C>[]).push(record);
      return;
    }
    if (first === stable(record)) return;
    const id = key.replaceAll('\u0000', ' ');
    notes.push({
      input,
      collection,
      id,
      into: id,
      action: 'folded',
      message: {
        zh: `第${input + 1}个输入的 ${collection}（${id}）与之前的输入不同，保留先出现的一条`,
        en: `input ${input + 1}: ${collection} (${id}) differs from an earlier input's; the first is kept`,
      },
    });
  };

  inputs.forEach((input, k) => {
    const map = {
      jurisdictions: new Map<string, string>(),
      reports: new Map<string, string>(),
      units: new Map<string, string>(),
      indicators: new Map<string, string>(),
      targets: new Map<string, string>(),
      observations: new Map<string, string>(),
      tasks: new Map<string, string>(),
    };
    const ref = (m: Map<string, string>, id: string) => m.get(id) ?? id;

    // Jurisdictions first; parents may come after children, so ids are settled before parentId is rewritten.
    const touched: Jurisdiction[] = [];
    for (const j of input.jurisdictions) {
      const same = out.jurisdictions.find((o) =>
        o.id === j.id
          ? nameKey(o.name) === nameKey(j.name)
          : nameKey(o.name) === nameKey(j.name) && o.level === j.level,
      );
      if (same) {
        map.jurisdictions.set(j.id, same.id);
        if (same.id !== j.id) note(k, 'jurisdictions', j.id, same.id, 'folded');
        if (!same.nameEn && j.nameEn) same.nameEn = j.nameEn;
        if (!same.parentId && j.parentId) touched.push(Object.assign(same, { parentId: j.parentId }));
        continue;
      }
      const id = ids.jurisdictions.claim(j.id);
      if (id !== j.id) note(k, 'jurisdictions', j.id, id, 'renamed');
      map.jurisdictions.set(j.id, id);
      const added: Jurisdiction = { ...j, id };
      out.jurisdictions.push(added);
      touched.push(added);
    }
    for (const j of touched) if (j.parentId) j.parentId = ref(map.jurisdictions, j.parentId);

    for (const r of input.reports) {
      const rewritten: Report = { ...r, jurisdictionId: ref(map.jurisdictions, r.jurisdictionId) };
      // The same document described twice (a curated record and a parsed one): fields fill each other's gaps.
      const same = out.reports.find(
        (o) => o.id === r.id && o.kind === rewritten.kind && o.jurisdictionId === rewritten.jurisdictionId,
      );
      if (same) {
        map.reports.set(r.id, same.id);
        for (const [key, value] of Object.entries(rewritten)) {
          if ((same as Record<string, unknown>)[key] === undefined)
            (same as Record<string, unknown>)[key] = value;
        }
        continue;
      }
      const id = ids.reports.claim(r.id);
      if (id !== r.id) note(k, 'reports', r.id, id, 'renamed');
      map.reports.set(r.id, id);
      out.reports.push({ ...rewritten, id });
    }

    for (const u of input.units) {
      const jurisdictionId = ref(map.jurisdictions, u.jurisdictionId);
      const names = namesOf(u);
      const same = out.units.find(
        (o) => o.jurisdictionId === jurisdictionId && namesOf(o).some((n) => names.includes(n)),
      );
      if (same) {
        map.units.set(u.id, same.id);
        if (same.id !== u.id) note(k, 'units', u.id, same.id, 'folded');
        same.aliases = union(
          same.aliases,
          [u.name, ...u.aliases].filter((n) => n !== same.name),
        );
        same.validFrom = Math.min(same.validFrom ?? Infinity, u.validFrom ?? Infinity);
        if (same.validFrom === Infinity) delete same.validFrom;
        same.validTo = Math.max(same.validTo ?? -Infinity, u.validTo ?? -Infinity);
        if (same.validTo === -Infinity) delete same.validTo;
        continue;
      }
      const id = ids.units.claim(u.id);
      if (id !== u.id) note(k, 'units', u.id, id, 'renamed');
      map.units.set(u.id, id);
      out.units.push({ ...u, id, jurisdictionId } satisfies Unit);
    }

    for (const i of input.indicators) {
      const names = namesOf(i);
      const same = out.indicators.find((o) => o.id === i.id || namesOf(o).some((n) => names.includes(n)));
      if (same && (same.id !== i.id || namesOf(same).some((n) => names.includes(n)))) {
        map.indicators.set(i.id, same.id);
        if (same.id !== i.id) note(k, 'indicators', i.id, same.id, 'folded');
        same.aliases = union(
          same.aliases,
          [i.name, ...i.aliases].filter((n) => n !== same.name),
        );
        if (!same.nameEn && i.nameEn) same.nameEn = i.nameEn;
        continue;
      }
      const id = ids.indicators.claim(i.id);
      if (id !== i.id) note(k, 'indicators', i.id, id, 'renamed');
      map.indicators.set(i.id, id);
      out.indicators.push({ ...i, id } satisfies Indicator);
    }

    const source = <S extends { reportId: string } | undefined>(s: S): S =>
      s ? { ...s, reportId: ref(map.reports, s.reportId) } : s;

    const figures = <C extends 'targets' | 'observations'>(collection: C) => {
      for (const r of input[collection]) {
        const rewritten = {
          ...r,
          indicatorId: ref(map.indicators, r.indicatorId),
          jurisdictionId: ref(map.jurisdictions, r.jurisdictionId),
          ...(r.source ? { source: source(r.source) } : {}),
        };
        const existing = (out[collection] as { id: string }[]).find((o) => o.id === r.id);
        if (existing && stable(existing) === stable(rewritten)) {
          map[collection].set(r.id, r.id); // the same figure read twice
          continue;
        }
        const id = ids[collection].claim(r.id);
        if (id !== r.id) note(k, collection, r.id, id, 'renamed');
        map[collection].set(r.id, id);
        (out[collection] as unknown[]).push({ ...rewritten, id });
      }
    };
    figures('targets');
    figures('observations');

    // Tasks point at each other (previousTaskIds): settle every id before rewriting references.
    const rewriteTask = (t: Dataset['tasks'][number]) => ({
      ...t,
      reportId: ref(map.reports, t.reportId),
      leadUnitIds: [...new Set(t.leadUnitIds.map((u) => ref(map.units, u)))],
      supportUnitIds: [...new Set(t.supportUnitIds.map((u) => ref(map.units, u)))],
      targetIds: t.targetIds.map((x) => ref(map.targets, x)),
      statusHistory: t.statusHistory.map((e) => (e.source ? { ...e, source: source(e.source) } : e)),
      ...(t.source ? { source: source(t.source) } : {}),
    });
    const fresh: Dataset['tasks'] = [];
    for (const t of input.tasks) {
      const existing = out.tasks.find((o) => o.id === t.id);
      if (existing && stable(existing) === stable(rewriteTask(t))) {
        map.tasks.set(t.id, t.id);
        continue;
      }
      const id = ids.tasks.claim(t.id);
      if (id !== t.id) note(k, 'tasks', t.id, id, 'renamed');
      map.tasks.set(t.id, id);
      fresh.push({ ...rewriteTask(t), id });
    }
    for (const t of fresh)
      out.tasks.push({ ...t, previousTaskIds: t.previousTaskIds.map((x) => ref(map.tasks, x)) });

    // Suggestions (schema 2) name tasks and reports: rewritten like every other reference.
    for (const l of input.taskLinks ?? [])
      suggest(k, 'taskLinks', {
        ...l,
        newerTaskId: ref(map.tasks, l.newerTaskId),
        olderTaskId: ref(map.tasks, l.olderTaskId),
      });
    for (const e of input.evidence ?? [])
      suggest(k, 'evidence', {
        ...e,
        taskId: ref(map.tasks, e.taskId),
        reportId: ref(map.reports, e.reportId),
      });
    for (const x of input.statusSuggestions ?? [])
      suggest(k, 'statusSuggestions', {
        ...x,
        taskId: ref(map.tasks, x.taskId),
        reportId: ref(map.reports, x.reportId),
        evidence: x.evidence.map(source),
      });
  });

  return { dataset: out, notes };
}
