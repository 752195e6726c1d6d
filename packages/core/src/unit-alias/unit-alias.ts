import type { Localized } from '../i18n/localized.js';
import type { LineageResult } from '../lineage/lineage.types.js';
import type { Unit } from '../unit/unit.schema.js';

/** A body's former name and the name it goes by now. */
export interface UnitAlias {
  /** The former name (区政务数据局). */
  from: string;
  /** The current name (区政务和数据局). */
  to: string;
  /** `renamed`: the same body under a new name; `merged`: folded into another body. */
  kind: 'renamed' | 'merged';
  note?: Localized;
}

/** An alias table: later entries win over earlier ones with the same `from`. */
export type UnitAliasTable = readonly UnitAlias[];

/** Renamed and merged bodies known to luoshi; extend with {@link extendUnitAliases}. */
export const DEFAULT_UNIT_ALIASES: UnitAliasTable = [
  {
    from: '区政务数据局',
    to: '区政务和数据局',
    kind: 'renamed',
    note: { zh: '海珠区 2025 年起称区政务和数据局', en: 'Haizhu: named 区政务和数据局 from 2025' },
  },
  {
    from: '区湿地办',
    to: '区林业和湿地局',
    kind: 'merged',
    note: {
      zh: '海珠区湿地办并入区林业和湿地局（2025 年分工）',
      en: 'Haizhu: 区湿地办 folded into 区林业和湿地局 (2025 list)',
    },
  },
];

/** Folds what copying changes in a name: spaces, full-width letters and digits. */
function clean(name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (/\s/.test(ch) || c === 0x3000) continue;
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
  }
  return out;
}

/**
 * Adds aliases to a table (users' own renames). Entries must have both names, differ, and not
 * make a cycle (A → B → A).
 *
 * @throws RangeError naming the entry and why.
 */
export function extendUnitAliases(table: UnitAliasTable, more: readonly UnitAlias[]): UnitAliasTable {
  const out = [...table];
  more.forEach((alias, i) => {
    const from = clean(alias.from ?? '');
    const to = clean(alias.to ?? '');
    if (from === '' || to === '') {
      throw new RangeError(`[@luoshi/core] unit aliases[${i}]: "from" and "to" must be non-empty names`);
    }
    if (from === to) throw new RangeError(`[@luoshi/core] unit aliases[${i}]: "${from}" is mapped to itself`);
    out.push({ ...alias, from, to });
  });
  const map = aliasMap(out);
  for (const from of map.keys()) follow(from, map);
  return out;
}

function aliasMap(table: UnitAliasTable): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of table) map.set(clean(a.from), clean(a.to));
  return map;
}

function follow(name: string, map: ReadonlyMap<string, string>): string {
  let current = name;
  const seen = new Set([current]);
  for (let next = map.get(current); next !== undefined; next = map.get(current)) {
    if (seen.has(next)) {
      throw new RangeError(
        `[@luoshi/core] unit aliases: "${name}" leads to a cycle (${[...seen, next].join(' → ')})`,
      );
    }
    seen.add(next);
    current = next;
  }
  return current;
}

/**
 * The current name of a body: spaces and full-width characters folded, then renames and mergers
 * followed to the end (A → B → C gives C). A name the table does not hold is returned cleaned.
 *
 * @example normaliseUnitName('区政务数据局') // '区政务和数据局'
 */
export function normaliseUnitName(name: string, table: UnitAliasTable = DEFAULT_UNIT_ALIASES): string {
  return follow(clean(name), aliasMap(table));
}

/** A rename suggested from two years' units and the lineage of their tasks. */
export interface UnitRenameSuggestion {
  /** The older unit, which leads no task in the newer list. */
  fromUnitId: string;
  from: string;
  /** The newer unit, absent from the older list. */
  toUnitId: string;
  to: string;
  /** 0..1: 0.7 × how much of the shorter name's telling characters the other holds, + 0.3 when tasks link them. */
  score: number;
  /** Telling characters both names hold (湿地; 政务数据). */
  sharedChars: string;
  /** Older tasks led by `from` whose matched successors are led by `to`. */
  taskPairs: { olderTaskId: string; newerTaskId: string; score: number }[];
  explanation: Localized;
}

/** Options of {@link suggestUnitRenames}. */
export interface SuggestUnitRenamesOptions {
  /** Renames already known (not suggested again). Default: {@link DEFAULT_UNIT_ALIASES}. */
  table?: UnitAliasTable;
  /** Telling characters two names must share. Default: 2. */
  minSharedChars?: number;
  /** Lowest pair score counted as a task link (any rank listed). Default: the lineage threshold. */
  minPairScore?: number;
}

/** Characters every body's name has: they say nothing of which body it is. */
const GENERIC = new Set([...'区市省县镇街乡村局办委会部室处科所队司分和与及的管理中心集团公有限']);

function telling(name: string): string[] {
  return [...new Set([...name].filter((ch) => !GENERIC.has(ch)))];
}

/**
 * Suggests renames between two years: an older unit that no longer appears (by name, alias or the
 * alias table) and a newer unit that did not exist, whose names share at least two telling
 * characters (湿地办 / 林业和湿地局 share 湿地), ranked higher when the newer unit leads the matched
 * successors of the older unit's tasks. Suggestions name their evidence; nothing is applied.
 *
 * @param matches the lineage from {@link matchTasks} of the two years' tasks.
 */
export function suggestUnitRenames(
  olderUnits: readonly Unit[],
  newerUnits: readonly Unit[],
  matches: LineageResult,
  options: SuggestUnitRenamesOptions = {},
): UnitRenameSuggestion[] {
  const table = options.table ?? DEFAULT_UNIT_ALIASES;
  const minShared = options.minSharedChars ?? 2;
  const minPairScore = options.minPairScore ?? matches.threshold;
  const namesOf = (u: Unit) => [u.name, ...(u.aliases ?? [])].map((n) => normaliseUnitName(n, table));
  const newerNames = new Set(newerUnits.flatMap(namesOf));
  const olderNames = new Set(olderUnits.flatMap(namesOf));
  const gone = olderUnits.filter((u) => !namesOf(u).some((n) => newerNames.has(n)));
  const arrived = newerUnits.filter((u) => !namesOf(u).some((n) => olderNames.has(n)));

  const olderLeads = new Map(matches.older.map((o) => [o.taskId, o.leadUnitIds]));
  const out: UnitRenameSuggestion[] = [];
  for (const from of gone) {
    const fromChars = telling(clean(from.name));
    for (const to of arrived) {
      const toChars = telling(clean(to.name));
      const shared = fromChars.filter((ch) => toChars.includes(ch));
      if (shared.length < minShared) continue;
      const overlap = shared.length / Math.max(1, Math.min(fromChars.length, toChars.length));
      const taskPairs: UnitRenameSuggestion['taskPairs'] = [];
      for (const n of matches.newer) {
        if (!n.leadUnitIds.includes(to.id)) continue;
        for (const p of n.predecessors) {
          if (p.score < minPairScore || !(olderLeads.get(p.taskId) ?? []).includes(from.id)) continue;
          taskPairs.push({ olderTaskId: p.taskId, newerTaskId: n.taskId, score: p.score });
        }
      }
      const score = Math.round((0.7 * overlap + (taskPairs.length > 0 ? 0.3 : 0)) * 100) / 100;
      const sharedChars = shared.join('');
      out.push({
        fromUnitId: from.id,
        from: from.name,
        toUnitId: to.id,
        to: to.name,
        score,
        sharedChars,
        taskPairs,
        explanation:
          taskPairs.length > 0
            ? {
                zh: `“${from.name}”次年不再出现，新出现的“${to.name}”名称同含“${sharedChars}”，并牵头其 ${taskPairs.length} 项任务的后续任务`,
                en: `“${from.name}” is gone the next year; the new “${to.name}” shares “${sharedChars}” and leads the successors of ${taskPairs.length} of its tasks`,
              }
            : {
                zh: `“${from.name}”次年不再出现，新出现的“${to.name}”名称同含“${sharedChars}”（无任务衔接佐证）`,
                en: `“${from.name}” is gone the next year; the new “${to.name}” shares “${sharedChars}” (no task links it)`,
              },
      });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
