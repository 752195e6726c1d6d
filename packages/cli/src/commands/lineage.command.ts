import { resolve } from 'node:path';
import Table from 'cli-table3';
import {
  lineageRecords,
  matchTasks,
  mergeDatasets,
  type Dataset,
  type LineageResult,
  type NewerTaskKind,
  type OlderTaskKind,
} from '@luoshi/core';
import { loadDataset } from '../io/load-dataset.js';
import { say, type Io } from '../io/io.js';
import {
  clip,
  describeList,
  describeLists,
  filterLists,
  unknownJurisdiction,
  writeDataset,
  yearOption,
  type TaskList,
} from '../io/task-lists.js';
import { outputFormat, type Command, type CommandResult } from './command.js';

const NEWER_KIND: Record<NewerTaskKind, { zh: string; en: string }> = {
  continued: { zh: '延续', en: 'continued' },
  expanded: { zh: '扩展', en: 'expanded' },
  new: { zh: '新增', en: 'new' },
};
const OLDER_KIND: Record<OlderTaskKind, { zh: string; en: string }> = {
  'carried-over': { zh: '延续至次年', en: 'carried over' },
  'not-repeated': { zh: '未再列出', en: 'not repeated' },
};

/** The pair of task lists to compare, or why there is none. */
type Choice = { older: TaskList; newer: TaskList } | CommandResult;

/**
 * Picks the older and the newer task list. Options narrow each side; of the pairs left (two different
 * lists of one jurisdiction, the newer of a later year), one must remain — the pair of consecutive
 * years when there are several — or the user is shown the lists to choose from.
 */
function choose(
  older: { file: string; dataset: Dataset },
  newer: { file: string; dataset: Dataset },
  values: Record<string, unknown>,
  io: Io,
): Choice {
  let olderYear = yearOption(values['older-year']);
  let newerYear = yearOption(values['newer-year']);
  for (const [name, year] of [
    ['--older-year', olderYear],
    ['--newer-year', newerYear],
  ] as const) {
    if (Number.isNaN(year))
      return {
        usage: say(
          io,
          `${name} 应为四位年份，而不是 "${String(values[name.slice(2)])}"`,
          `${name} takes a four-digit year, not "${String(values[name.slice(2)])}"`,
        ),
      };
  }
  // One year given: the other side is the year next to it.
  if (olderYear !== undefined && newerYear === undefined && values['newer-list'] === undefined)
    newerYear = olderYear + 1;
  if (newerYear !== undefined && olderYear === undefined && values['older-list'] === undefined)
    olderYear = newerYear - 1;
  const jurisdiction = typeof values.jurisdiction === 'string' ? values.jurisdiction : undefined;
  const side = (which: { file: string; dataset: Dataset }, year: number | undefined, list: unknown) =>
    filterLists(which.dataset, { jurisdiction, year, reportId: typeof list === 'string' ? list : undefined });
  const o = side(older, olderYear, values['older-list']);
  const n = side(newer, newerYear, values['newer-list']);
  for (const [found, which] of [
    [o, older],
    [n, newer],
  ] as const) {
    if (found.unknownJurisdiction !== undefined)
      return { usage: unknownJurisdiction(which.dataset, which.file, found.unknownJurisdiction, io) };
  }
  for (const [found, which, label] of [
    [o, older, say(io, '较早年份', 'older')],
    [n, newer, say(io, '较新年份', 'newer')],
  ] as const) {
    if (found.lists.length === 0) {
      const wanted = [
        jurisdiction,
        which === older ? olderYear : newerYear,
        which === older ? values['older-list'] : values['newer-list'],
      ]
        .filter((x) => x !== undefined)
        .join(' ');
      const all = filterLists(which.dataset, {}).lists;
      io.stderr(
        say(
          io,
          `${which.file}: error: 没有符合条件的${label}任务清单${wanted ? `（${wanted}）` : ''}。数据集中的任务清单：\n${describeLists(all, io)}\n`,
          `${which.file}: error: no ${label} task list matches${wanted ? ` (${wanted})` : ''}. The task lists in the dataset:\n${describeLists(all, io)}\n`,
        ),
      );
      return { exitCode: 1 };
    }
  }
  const pairs = o.lists.flatMap((a) =>
    n.lists
      .filter(
        (b) =>
          !(older.dataset === newer.dataset && b.report.id === a.report.id) &&
          b.jurisdictionName === a.jurisdictionName &&
          (a.year === undefined || b.year === undefined || b.year > a.year),
      )
      .map((b) => ({ older: a, newer: b })),
  );
  const consecutive = pairs.filter((p) => p.older.year !== undefined && p.newer.year === p.older.year + 1);
  const picked = pairs.length === 1 ? pairs[0] : consecutive.length === 1 ? consecutive[0] : undefined;
  if (picked) return picked;
  const choices = say(
    io,
    `较早一方（${older.file}）：\n${describeLists(o.lists, io)}\n较新一方（${newer.file}）：\n${describeLists(n.lists, io)}`,
    `older (${older.file}):\n${describeLists(o.lists, io)}\nnewer (${newer.file}):\n${describeLists(n.lists, io)}`,
  );
  if (pairs.length === 0) {
    io.stderr(
      say(
        io,
        `error: 找不到可比较的一对任务清单（需同一行政区、较新清单年份更晚）：\n${choices}\n`,
        `error: no pair of task lists to compare (one jurisdiction, the newer list of a later year):\n${choices}\n`,
      ),
    );
    return { exitCode: 1 };
  }
  return {
    usage: say(
      io,
      `有多对任务清单可比较，请用 --jurisdiction、--older-year/--newer-year 或 --older-list/--newer-list 选定：\n${choices}`,
      `several pairs of task lists could be compared: pick one with --jurisdiction, --older-year/--newer-year or --older-list/--newer-list:\n${choices}`,
    ),
  };
}

/** The dataset `--out` writes: the newer one, holding the older tasks too, with the new links. */
function withLinks(
  older: Dataset,
  newer: Dataset,
  pair: { older: TaskList; newer: TaskList },
  result: LineageResult,
): Dataset {
  let base = newer;
  const rename = new Map<string, string>();
  const present = new Set(newer.tasks.map((t) => t.id));
  if (older !== newer && !pair.older.tasks.every((t) => present.has(t.id))) {
    // The links must resolve: the older tasks come along, under new ids if theirs are taken.
    const merged = mergeDatasets([newer, older]);
    base = merged.dataset;
    for (const note of merged.notes)
      if (note.input === 1 && note.collection === 'tasks') rename.set(note.id, note.into);
  }
  const olderIds = new Set(pair.older.tasks.map((t) => rename.get(t.id) ?? t.id));
  const newerIds = new Set(pair.newer.tasks.map((t) => t.id));
  const links = lineageRecords(result).map((l) => ({
    ...l,
    olderTaskId: rename.get(l.olderTaskId) ?? l.olderTaskId,
  }));
  // Links computed before between these two lists are replaced; others are kept.
  const kept = (base.taskLinks ?? []).filter(
    (l) => !(newerIds.has(l.newerTaskId) && olderIds.has(l.olderTaskId)),
  );
  return { ...base, taskLinks: [...kept, ...links] };
}

function table(pair: { older: TaskList; newer: TaskList }, result: LineageResult, io: Io): string {
  const locale = io.locale === 'en' ? 'en' : 'zh';
  const style = { head: io.isTTY ? ['bold'] : [], border: io.isTTY ? ['gray'] : [] };
  // One line per task: no rule between rows, so ninety tasks stay readable.
  const chars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const olderSeq = new Map(pair.older.tasks.map((t) => [t.id, t]));
  const newerTask = new Map(pair.newer.tasks.map((t) => [t.id, t]));
  const newer = new Table({
    head:
      locale === 'zh'
        ? [
            `${pair.newer.year ?? ''}序号`,
            '任务',
            '类型',
            `最可能的前身（${pair.older.year ?? ''}）`,
            '得分',
            '共同词',
          ]
        : [
            `${pair.newer.year ?? ''} #`,
            'Task',
            'Kind',
            `Best predecessor (${pair.older.year ?? ''})`,
            'Score',
            'Shared terms',
          ],
    style,
    chars,
  });
  for (const t of result.newer) {
    const best = t.predecessors[0];
    const predecessor = best
      ? `#${best.seq} ${clip(olderSeq.get(best.taskId)?.text ?? '', 16)}${best.aboveThreshold ? '' : locale === 'zh' ? '（低于阈值）' : ' (below threshold)'}`
      : '—';
    newer.push([
      String(t.seq),
      clip(newerTask.get(t.taskId)?.text ?? '', 24),
      NEWER_KIND[t.kind][locale],
      predecessor,
      best ? best.score.toFixed(2) : '—',
      best ? best.sharedTerms.slice(0, 3).join(locale === 'zh' ? '、' : ', ') : '—',
    ]);
  }
  const dropped = result.older.filter((t) => t.kind === 'not-repeated');
  const older = new Table({
    head:
      locale === 'zh'
        ? [`${pair.older.year ?? ''}序号`, '任务', '去向']
        : [`${pair.older.year ?? ''} #`, 'Task', 'Fate'],
    style,
    chars,
  });
  for (const t of dropped)
    older.push([String(t.seq), clip(olderSeq.get(t.taskId)?.text ?? '', 40), OLDER_KIND[t.kind][locale]]);
  const count = (kind: NewerTaskKind) => result.newer.filter((t) => t.kind === kind).length;
  const carried = result.older.length - dropped.length;
  const summary = say(
    io,
    `${describeList(pair.newer, io)} ← ${describeList(pair.older, io)}\n延续 ${count('continued')} 项，扩展 ${count('expanded')} 项，新增 ${count('new')} 项；上年任务延续至次年 ${carried} 项，未再列出 ${dropped.length} 项（阈值 ${result.threshold}）\n`,
    `${describeList(pair.newer, io)} ← ${describeList(pair.older, io)}\n${count('continued')} continued, ${count('expanded')} expanded, ${count('new')} new; of the older tasks ${carried} carried over, ${dropped.length} not repeated (threshold ${result.threshold})\n`,
  );
  return (
    summary +
    newer.toString() +
    '\n' +
    (dropped.length > 0
      ? say(io, `\n上年未再列出的任务：\n`, `\nOlder tasks not repeated:\n`) + older.toString() + '\n'
      : '')
  );
}

/** `luoshi lineage <older.json> <newer.json>`: links each task of a year to last year's. */
export const lineage: Command = {
  name: 'lineage',
  summary: {
    zh: '把今年的任务与上年的任务对应起来：延续、扩展或新增',
    en: "link each year's tasks to last year's: continued, expanded or new",
  },
  usage:
    'luoshi lineage <older.json> <newer.json> [--jurisdiction NAME] [--older-year N] [--newer-year N] [--threshold X] [--format table|json] [--out FILE]',
  options: {
    jurisdiction: {
      type: 'string',
      value: 'NAME',
      help: { zh: '只看该行政区（名称或 id）', en: 'only this jurisdiction (name or id)' },
    },
    'older-year': {
      type: 'string',
      value: 'N',
      help: {
        zh: '较早任务清单的年份（默认：较新年份减 1，或唯一的一份）',
        en: "the older task list's year (default: the newer year minus 1, or the only one)",
      },
    },
    'newer-year': {
      type: 'string',
      value: 'N',
      help: {
        zh: '较新任务清单的年份（默认：较早年份加 1，或唯一的一份）',
        en: "the newer task list's year (default: the older year plus 1, or the only one)",
      },
    },
    'older-list': {
      type: 'string',
      value: 'ID',
      help: { zh: '较早任务清单的报告 id', en: "the older task list's report id" },
    },
    'newer-list': {
      type: 'string',
      value: 'ID',
      help: { zh: '较新任务清单的报告 id', en: "the newer task list's report id" },
    },
    threshold: {
      type: 'string',
      value: 'X',
      help: {
        zh: '认定为前身的最低得分，0 到 1（默认 0.08）',
        en: 'the lowest score (0 to 1) at which a predecessor counts (default 0.08)',
      },
    },
    format: {
      type: 'string',
      value: 'table|json',
      default: 'table',
      help: { zh: '输出格式（默认 table）', en: 'output format (default table)' },
    },
    out: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      help: {
        zh: '把加入 taskLinks 的较新数据集写入该文件',
        en: 'write the newer dataset with its taskLinks to this file',
      },
    },
  },
  help: {
    zh: '比较同一行政区相邻两年的任务清单，为较新清单的每项任务列出最可能的前身（得分与共同词：地名、项目名、数字比套话更重要），并分为延续、扩展、新增；较早清单的任务分为延续至次年与未再列出。两个文件可以是同一个合并后的数据集。--out 写出较新的数据集并加入 taskLinks（较早任务不在其中时一并并入，使每条关联都能解析）。结果是建议，不改动人工记录的 previousTaskIds。',
    en: "Compares one jurisdiction's task lists of two consecutive years: for each newer task, its most likely predecessors (with a score and the terms both share: names of places, projects and figures count more than boilerplate), classified continued, expanded or new; older tasks are carried over or not repeated. Both files may be the same merged dataset. --out writes the newer dataset with taskLinks added (merging the older tasks in when it lacks them, so every link resolves). These are suggestions: previousTaskIds, which a person records, is left alone.",
  },
  async run({ positionals, values }, io) {
    const [olderFile, newerFile, ...extra] = positionals;
    if (!olderFile || !newerFile || extra.length > 0)
      return {
        usage: say(
          io,
          '需要两个数据集文件：较早年份的和较新年份的（可以是同一个文件）',
          'expects two dataset files: the older year’s and the newer year’s (they may be the same file)',
        ),
      };
    const format = outputFormat(values.format, io);
    if (typeof format !== 'string') return format;
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
      return {
        usage: say(
          io,
          `--threshold 应为 0 到 1 之间的数，而不是 "${String(values.threshold)}"`,
          `--threshold takes a number from 0 to 1, not "${String(values.threshold)}"`,
        ),
      };
    const olderDataset = await loadDataset(olderFile, io);
    const newerDataset =
      resolve(newerFile) === resolve(olderFile) ? olderDataset : await loadDataset(newerFile, io);
    if (!olderDataset || !newerDataset) return { exitCode: 1 };

    const pair = choose(
      { file: olderFile, dataset: olderDataset },
      { file: newerFile, dataset: newerDataset },
      values,
      io,
    );
    if (!('older' in pair)) return pair;
    const result = matchTasks(
      pair.older.tasks,
      pair.newer.tasks,
      threshold === undefined ? {} : { threshold },
    );

    if (typeof values.out === 'string') {
      const out = withLinks(olderDataset, newerDataset, pair, result);
      if (!(await writeDataset(values.out, out, io))) return { exitCode: 1 };
    }
    if (format === 'json') {
      io.stdout(
        JSON.stringify(
          { olderReportId: pair.older.report.id, newerReportId: pair.newer.report.id, ...result },
          null,
          2,
        ) + '\n',
      );
    } else io.stdout(table(pair, result, io));
    return { exitCode: 0 };
  },
};
