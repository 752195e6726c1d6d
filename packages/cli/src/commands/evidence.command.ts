import { basename } from 'node:path';
import Table from 'cli-table3';
import {
  evidenceRecords,
  findEvidence,
  latestStatusEntry,
  suggestionRecords,
  suggestStatus,
  type Dataset,
  type Evidence,
  type EvidenceSignal,
  type StatusEntry,
  type SuggestedStatus,
  type TaskStatus,
} from '@luoshi/core';
import { loadDataset } from '../io/load-dataset.js';
import { readDocument } from '../io/read-document.js';
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
import { outputFormat, type Command } from './command.js';

const STATUS: Record<TaskStatus, { zh: string; en: string }> = {
  'not-started': { zh: '未启动', en: 'not started' },
  'on-track': { zh: '序时推进', en: 'on track' },
  'at-risk': { zh: '滞后', en: 'at risk' },
  completed: { zh: '已完成', en: 'completed' },
  'partly-completed': { zh: '部分完成', en: 'partly completed' },
  ongoing: { zh: '常态化推进', en: 'ongoing' },
  dropped: { zh: '取消', en: 'dropped' },
  unknown: { zh: '未知', en: 'unknown' },
};
const SIGNAL: Record<EvidenceSignal, { zh: string; en: string }> = {
  completion: { zh: '完成', en: 'done' },
  progress: { zh: '推进', en: 'under way' },
  none: { zh: '提及', en: 'mentioned' },
};

/** One task of the year with what is known of it: for the table and the JSON alike. */
interface TaskRow {
  taskId: string;
  seq: number;
  text: string;
  /** The latest status a person recorded; it always wins over a suggestion. */
  recorded: StatusEntry | null;
  suggestions: SuggestedStatus[];
  evidence: Evidence[];
}

function rowsOf(
  list: TaskList,
  evidence: readonly Evidence[],
  suggestions: readonly SuggestedStatus[],
): TaskRow[] {
  return list.tasks.map((task) => ({
    taskId: task.id,
    seq: task.seq,
    text: task.text,
    recorded: latestStatusEntry(task) ?? null,
    suggestions: suggestions.filter((s) => s.taskId === task.id),
    evidence: evidence
      .filter((e) => e.taskId === task.id)
      .sort((a, b) => a.rank - b.rank || b.score - a.score),
  }));
}

/**
 * The part of a quote a table cell has room for: around its verb, which carries the signal, else
 * around the first term it shares with the task, which says why it matched.
 */
function excerpt(e: Evidence, max: number): string {
  const text = e.quote.replace(/\s+/g, '');
  if (text.length <= max) return text;
  const anchors = [...e.completionVerbs, ...e.progressVerbs, ...e.sharedTerms.slice(0, 1)]
    .map((w) => text.indexOf(w))
    .filter((at) => at >= 0);
  const at = anchors[0] ?? 0;
  const start = Math.max(0, Math.min(at - Math.floor(max / 2), text.length - max));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + max)}${start + max < text.length ? '…' : ''}`;
}

function table(rows: readonly TaskRow[], list: TaskList, reportIds: readonly string[], io: Io): string {
  const locale = io.locale === 'en' ? 'en' : 'zh';
  const t = new Table({
    head:
      locale === 'zh'
        ? ['序号', '任务', '状态', '置信度', '证据（信号、动词、得分）']
        : ['#', 'Task', 'Status', 'Confidence', 'Evidence (signal, verbs, score)'],
    style: { head: io.isTTY ? ['bold'] : [], border: io.isTTY ? ['gray'] : [] },
    wordWrap: true,
    // Chinese has no spaces to break at.
    wrapOnWordBoundary: false,
    // Chinese characters take two columns each.
    colWidths: [6, 30, 14, 12, 72],
  });
  const shown = rows.filter(
    (r) => r.recorded || r.evidence.length > 0 || r.suggestions.some((s) => s.status !== 'unknown'),
  );
  for (const row of shown) {
    const best = [...row.suggestions].sort((a, b) => b.confidence - a.confidence)[0];
    const status = row.recorded
      ? `${STATUS[row.recorded.status][locale]}\n${locale === 'zh' ? '（已记录）' : '(recorded)'}`
      : best
        ? `${STATUS[best.status][locale]}\n${locale === 'zh' ? '（建议）' : '(suggested)'}`
        : '—';
    const quotes = row.evidence.map((e) => {
      const verbs = [...e.completionVerbs, ...e.progressVerbs].join(locale === 'zh' ? '、' : ', ');
      return `${SIGNAL[e.signal][locale]}${verbs ? (locale === 'zh' ? `（${verbs}）` : ` (${verbs})`) : ''} ${e.score.toFixed(2)}\n${excerpt(e, 32)}`;
    });
    t.push([
      String(row.seq),
      clip(row.text, 42),
      status,
      row.recorded ? '—' : best ? best.confidence.toFixed(2) : '—',
      quotes.join('\n') || '—',
    ]);
  }
  const count = (status: TaskStatus) =>
    rows.filter((r) => !r.recorded && r.suggestions.some((s) => s.status === status)).length;
  const counts = (['completed', 'on-track', 'ongoing', 'unknown'] as const)
    .map((s) => `${STATUS[s][locale]} ${count(s)}`)
    .join(locale === 'zh' ? '，' : ', ');
  const withEvidence = rows.filter((r) => r.evidence.length > 0).length;
  return (
    say(
      io,
      `${describeList(list, io)}，证据来自 ${reportIds.join('、')}\n${rows.length} 项任务中 ${withEvidence} 项有证据；建议状态：${counts}（有人工记录的状态时保持不变）\n`,
      `${describeList(list, io)}, evidence from ${reportIds.join(', ')}\n${withEvidence} of ${rows.length} tasks have evidence; suggested statuses: ${counts} (a recorded status is kept as it is)\n`,
    ) + (shown.length > 0 ? t.toString() + '\n' : '')
  );
}

/**
 * The id of the report a text is: `--report-id`, else the dataset's report read from a file of that
 * name, else the only report of the jurisdiction that reviews the year, else the file's name.
 */
function reportIdOf(dataset: Dataset, list: TaskList, file: string, year: number, given: unknown): string {
  if (typeof given === 'string') return given;
  const name = basename(file);
  const bySource = dataset.reports.filter((r) => r.source !== undefined && basename(r.source) === name);
  if (bySource.length === 1) return bySource[0]!.id;
  const reviewing = dataset.reports.filter(
    (r) => r.jurisdictionId === list.report.jurisdictionId && r.reviewYear === year,
  );
  if (reviewing.length === 1) return reviewing[0]!.id;
  return name.replace(/\.[^.]+$/, '');
}

/** The dataset with this run's evidence and suggestions, replacing any from the same report for the same tasks. */
function withEvidence(
  dataset: Dataset,
  list: TaskList,
  reportId: string,
  evidence: Evidence[],
  suggestions: SuggestedStatus[],
): Dataset {
  const ids = new Set(list.tasks.map((t) => t.id));
  const stale = (r: { taskId: string; reportId: string }) => ids.has(r.taskId) && r.reportId === reportId;
  return {
    ...dataset,
    evidence: [...(dataset.evidence ?? []).filter((r) => !stale(r)), ...evidence],
    statusSuggestions: [...(dataset.statusSuggestions ?? []).filter((r) => !stale(r)), ...suggestions],
  };
}

/** `luoshi evidence <dataset.json> --year N`: what later reports say of a year's tasks, and the status it suggests. */
export const evidence: Command = {
  name: 'evidence',
  summary: {
    zh: '从后一年的报告中找出某年任务的落实证据，并建议状态',
    en: "find what a later report says of a year's tasks, and suggest their status",
  },
  usage:
    'luoshi evidence <dataset.json> --year N [--jurisdiction NAME] [--report FILE [--report-id ID]] [--format table|json] [--out FILE]',
  options: {
    year: {
      type: 'string',
      value: 'N',
      help: { zh: '任务所属年份（必填）', en: 'the year of the tasks (required)' },
    },
    jurisdiction: {
      type: 'string',
      value: 'NAME',
      help: { zh: '行政区（名称或 id）', en: 'the jurisdiction (name or id)' },
    },
    'task-list': {
      type: 'string',
      value: 'ID',
      help: {
        zh: '任务清单的报告 id（同一年有多份清单时）',
        en: "the task list's report id (when the year has several)",
      },
    },
    report: {
      type: 'string',
      value: 'FILE',
      help: {
        zh: '回顾该年的后一份报告的文本（如次年的计划报告）；不给时列出数据集已有的证据',
        en: "the text of a later report that reviews the year (such as the next year's plan report); without it, the evidence the dataset holds is listed",
      },
    },
    'report-id': {
      type: 'string',
      value: 'ID',
      help: {
        zh: '该报告在数据集中的 id（默认：来源文件同名的报告，或唯一回顾该年的报告）',
        en: "the report's id in the dataset (default: the report read from a file of that name, or the only one reviewing the year)",
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
        zh: '把加入 evidence 与 statusSuggestions 的数据集写入该文件（需要 --report）',
        en: 'write the dataset with evidence and statusSuggestions added to this file (needs --report)',
      },
    },
  },
  help: {
    zh: '对某年的每项任务，找出后一份报告回顾部分中谈到它的句子（引文、完成/推进类动词、得分），并据此建议状态与置信度，供人确认。人工记录的状态（statusHistory）从不被覆盖。给出 --report 时读取该报告（UTF-8 或 GB18030）；不给时列出数据集已带的证据与建议，没有则报错。',
    en: "For each task of a year, finds the sentences of a later report's review that speak of it (the quote, completion or progress verbs, a score) and suggests a status with a confidence, for a person to confirm. A recorded status (statusHistory) is never overridden. With --report the report is read (UTF-8 or GB18030); without it, the evidence and suggestions the dataset carries are listed, and it is an error when there are none.",
  },
  async run({ positionals, values }, io) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      return { usage: say(io, '需要且只需要一个数据集文件', 'expects exactly one dataset file') };
    const format = outputFormat(values.format, io);
    if (typeof format !== 'string') return format;
    const year = yearOption(values.year);
    if (year === undefined)
      return {
        usage: say(
          io,
          '需要 --year：任务所属的年份（如 --year 2024）',
          'needs --year: the year of the tasks (e.g. --year 2024)',
        ),
      };
    if (Number.isNaN(year))
      return {
        usage: say(
          io,
          `--year 应为四位年份，而不是 "${String(values.year)}"`,
          `--year takes a four-digit year, not "${String(values.year)}"`,
        ),
      };
    const reportFile = typeof values.report === 'string' ? values.report : undefined;
    if (typeof values.out === 'string' && reportFile === undefined)
      return {
        usage: say(
          io,
          '--out 需要 --report：没有新读取的报告，就没有要加入的证据',
          '--out needs --report: without a report to read there is no evidence to add',
        ),
      };

    const dataset = await loadDataset(file, io);
    if (!dataset) return { exitCode: 1 };
    const found = filterLists(dataset, {
      ...(typeof values.jurisdiction === 'string' ? { jurisdiction: values.jurisdiction } : {}),
      year,
      ...(typeof values['task-list'] === 'string' ? { reportId: values['task-list'] } : {}),
    });
    if (found.unknownJurisdiction !== undefined)
      return { usage: unknownJurisdiction(dataset, file, found.unknownJurisdiction, io) };
    if (found.lists.length === 0) {
      io.stderr(
        say(
          io,
          `${file}: error: 没有 ${year} 年的任务清单${typeof values.jurisdiction === 'string' ? `（${values.jurisdiction}）` : ''}。数据集中的任务清单：\n${describeLists(filterLists(dataset, {}).lists, io)}\n`,
          `${file}: error: no task list for ${year}${typeof values.jurisdiction === 'string' ? ` (${values.jurisdiction})` : ''}. The task lists in the dataset:\n${describeLists(filterLists(dataset, {}).lists, io)}\n`,
        ),
      );
      return { exitCode: 1 };
    }
    if (found.lists.length > 1)
      return {
        usage: say(
          io,
          `${year} 年有多份任务清单，请用 --jurisdiction 或 --task-list 选定：\n${describeLists(found.lists, io)}`,
          `${year} has several task lists: pick one with --jurisdiction or --task-list:\n${describeLists(found.lists, io)}`,
        ),
      };
    const list = found.lists[0]!;

    let rows: TaskRow[];
    let reportIds: string[];
    let warnings: { code: string; message: { zh: string; en: string } }[] = [];
    if (reportFile !== undefined) {
      const doc = await readDocument(reportFile);
      const reportId = reportIdOf(dataset, list, reportFile, year, values['report-id']);
      let result = findEvidence(list.tasks, doc.text, { reportId });
      // A report that does not say which year it reviews is taken at its word: the tasks' year.
      if (result.reviewYear === undefined)
        result = findEvidence(list.tasks, doc.text, { reportId, reviewYear: year });
      else if (result.reviewYear !== year)
        io.stderr(
          say(
            io,
            `${reportFile}: warning: 该报告回顾的是 ${result.reviewYear} 年，而任务属于 ${year} 年：证据可能与任务无关\n`,
            `${reportFile}: warning: the report reviews ${result.reviewYear}, the tasks are of ${year}: its evidence may not be about them\n`,
          ),
        );
      warnings = result.warnings;
      for (const w of warnings)
        io.stderr(`${reportFile}: warning: ${io.locale === 'en' ? w.message.en : w.message.zh}\n`);
      const quotes = evidenceRecords(result);
      const suggested = suggestionRecords(
        list.tasks.map((task, i) => suggestStatus(task, result.tasks[i] ?? [])),
        { reportId, asOf: year },
      );
      rows = rowsOf(list, quotes, suggested);
      reportIds = [reportId];
      if (typeof values.out === 'string') {
        if (!dataset.reports.some((r) => r.id === reportId)) {
          io.stderr(
            say(
              io,
              `${values.out}: error: 数据集中没有报告 "${reportId}"：请先 luoshi parse 该报告并 luoshi merge 进数据集，或用 --report-id 指明（已有：${dataset.reports.map((r) => r.id).join('、')}）\n`,
              `${values.out}: error: the dataset has no report "${reportId}": luoshi parse the report and luoshi merge it in first, or name it with --report-id (known: ${dataset.reports.map((r) => r.id).join(', ')})\n`,
            ),
          );
          return { exitCode: 1 };
        }
        if (!(await writeDataset(values.out, withEvidence(dataset, list, reportId, quotes, suggested), io)))
          return { exitCode: 1 };
      }
    } else {
      const ids = new Set(list.tasks.map((t) => t.id));
      const wanted = (r: { taskId: string; reportId: string }) =>
        ids.has(r.taskId) && (typeof values['report-id'] !== 'string' || r.reportId === values['report-id']);
      const stored = (dataset.evidence ?? []).filter(wanted);
      const suggested = (dataset.statusSuggestions ?? []).filter(wanted);
      if (stored.length === 0 && suggested.length === 0) {
        io.stderr(
          say(
            io,
            `${file}: error: 数据集没有 ${describeList(list, io)} 的证据或建议状态：请用 --report <回顾 ${year} 年的报告.txt> 读取一份报告\n`,
            `${file}: error: the dataset carries no evidence or suggested status for ${describeList(list, io)}: pass --report <a report reviewing ${year}.txt> to read one\n`,
          ),
        );
        return { exitCode: 1 };
      }
      rows = rowsOf(list, stored, suggested);
      reportIds = [...new Set([...stored, ...suggested].map((r) => r.reportId))];
    }

    if (format === 'json') {
      io.stdout(
        JSON.stringify(
          {
            year,
            jurisdictionId: list.report.jurisdictionId,
            taskListId: list.report.id,
            reportIds,
            warnings,
            tasks: rows,
          },
          null,
          2,
        ) + '\n',
      );
    } else io.stdout(table(rows, list, reportIds, io));
    return { exitCode: 0 };
  },
};
