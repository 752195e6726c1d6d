import { basename } from 'node:path';
import {
  detectDocumentFacts,
  detectReportKind,
  detectTaskDivision,
  extractTaskTargets,
  levelOfName,
  parseDataset,
  parseReportProse,
  parseTaskDivision,
  SCHEMA_VERSION,
  type DatasetInput,
  type Indicator,
  type ReportKind,
} from '@luoshi/core';
import { readDocument } from '../io/read-document.js';
import { say, type Io } from '../io/io.js';
import { progress } from '../output/progress.js';
import type { Command } from './command.js';

const KINDS = ['auto', 'task-division', 'work-report', 'plan-report'] as const;
type ParseKind = (typeof KINDS)[number];

type Diagnostic = {
  line: number;
  severity: 'info' | 'warning' | 'error';
  message: { zh: string; en: string };
};

/** A diagnostic line as compilers write them, so editors and CI annotate the input. `info` shows as `note`. */
function diagnosticLine(file: string, d: Diagnostic, io: Io): string {
  return `${file}:${d.line}: ${d.severity === 'info' ? 'note' : d.severity}: ${io.locale === 'en' ? d.message.en : d.message.zh}\n`;
}

/** Where the records of a document whose title names no place go, until the user names it. */
export const UNNAMED_JURISDICTION = { id: 'unnamed', name: '未命名行政区' } as const;

/** Which kind of document a text is, by the parsers' own detectors; undefined when none fits. */
export function detectKind(text: string): Exclude<ParseKind, 'auto'> | undefined {
  const list = detectTaskDivision(text);
  if (list >= 0.5) return 'task-division';
  const report = detectReportKind(text).kind;
  // A short list has few rows to count; when no report kind fits either, a list header is enough.
  if (report === 'task-division' || (report === undefined && list >= 0.3)) return 'task-division';
  return report;
}

/** `luoshi parse <file>`: reads a government document into a Dataset. */
export const parse: Command = {
  name: 'parse',
  summary: {
    zh: '把政府文件（任务分工、工作报告、计划报告）解析为数据集',
    en: 'read a government document (task list, work report, plan report) into a Dataset',
  },
  usage:
    'luoshi parse <file> [--kind auto|task-division|work-report|plan-report] [--jurisdiction NAME] [--year N]',
  options: {
    kind: {
      type: 'string',
      value: 'KIND',
      default: 'auto',
      help: { zh: '文件类型（默认 auto：自动识别）', en: 'kind of document (default auto: recognise it)' },
    },
    jurisdiction: {
      type: 'string',
      value: 'NAME',
      help: {
        zh: '行政区名称，如 海珠区（默认：从标题识别；识别不出时记在未命名行政区下并给出警告）',
        en: 'the jurisdiction, e.g. 海珠区 (default: read from the title; when it names none, an unnamed jurisdiction, with a warning)',
      },
    },
    'jurisdiction-id': {
      type: 'string',
      value: 'ID',
      help: { zh: '行政区 id（默认：与名称相同）', en: "the jurisdiction's id (default: its name)" },
    },
    year: {
      type: 'string',
      value: 'N',
      help: {
        zh: '计划年度（默认：从标题识别）',
        en: 'the year the document plans (default: read from the title)',
      },
    },
    verbose: {
      type: 'boolean',
      help: {
        zh: '同时列出被略过的行（页眉、网页导航等）',
        en: 'also list the lines left out (page chrome, navigation …)',
      },
    },
    'report-id': {
      type: 'string',
      value: 'ID',
      help: {
        zh: '报告 id（默认：<行政区id>-<年度>-<类型>）',
        en: "the report's id (default: <jurisdiction-id>-<year>-<kind>)",
      },
    },
  },
  help: {
    zh: '读取 UTF-8 或 GB18030 文本（可带 BOM，CRLF 或 LF），在标准输出打印符合 JSON Schema 的数据集，在标准错误打印 "文件:行: warning|error: 说明"。解析成功（可有警告）退出码 0，无法解析为 1，用法错误为 2。',
    en: 'Reads UTF-8 or GB18030 text (with or without a BOM, CRLF or LF), prints a Dataset valid against the JSON Schema on stdout, and diagnostics on stderr as "file:line: warning|error: message". Exits 0 when parsed (warnings allowed), 1 when the input could not be parsed, 2 on a usage error.',
  },
  async run({ positionals, values }, io) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      return { usage: say(io, '需要且只需要一个文件', 'expects exactly one file') };
    const kindOption = String(values.kind ?? 'auto') as ParseKind;
    if (!KINDS.includes(kindOption))
      return {
        usage: say(io, `未知类型 "${kindOption}"`, `unknown kind "${kindOption}"`) + ` (${KINDS.join('|')})`,
      };
    const yearOption = values.year === undefined ? undefined : Number(values.year);
    if (
      yearOption !== undefined &&
      (!Number.isInteger(yearOption) || yearOption < 1949 || yearOption > 2200)
    ) {
      return {
        usage: say(
          io,
          `--year 应为四位年份，而不是 "${String(values.year)}"`,
          `--year takes a four-digit year, not "${String(values.year)}"`,
        ),
      };
    }

    const show = progress(io, file);
    const doc = await readDocument(file);
    show.read(doc.bytes);
    const { text } = doc;
    const facts = detectDocumentFacts(text);
    const kind = kindOption === 'auto' ? detectKind(text) : kindOption;
    if (!kind) {
      io.stderr(
        say(
          io,
          `${file}: error: 无法识别文件类型：请用 --kind 指定 task-division、work-report 或 plan-report\n`,
          `${file}: error: cannot tell what kind of document this is: pass --kind task-division, work-report or plan-report\n`,
        ),
      );
      return { exitCode: 1 };
    }
    const named = typeof values.jurisdiction === 'string' ? values.jurisdiction : facts.jurisdictionName;
    // A title that names no place (区人民政府办公室关于印发…) does not stop the reading: the records go
    // to an unnamed jurisdiction, renamed later with --jurisdiction or in a curation file for `luoshi merge`.
    const jurisdictionName = named ?? UNNAMED_JURISDICTION.name;
    if (!named) {
      io.stderr(
        say(
          io,
          `${file}: warning: 标题未写明行政区：数据记在未命名行政区 "${UNNAMED_JURISDICTION.id}" 下，可用 --jurisdiction 指定，或在 luoshi merge 的整理文件中改名\n`,
          `${file}: warning: the title names no jurisdiction: the records go to the unnamed jurisdiction "${UNNAMED_JURISDICTION.id}"; name it with --jurisdiction, or rename it in a curation file for luoshi merge\n`,
        ),
      );
    }
    const jurisdictionId =
      typeof values['jurisdiction-id'] === 'string'
        ? values['jurisdiction-id']
        : named
          ? jurisdictionName
          : UNNAMED_JURISDICTION.id;
    const year = yearOption ?? facts.year;
    const reportKind: ReportKind = kind;
    const reportId =
      typeof values['report-id'] === 'string'
        ? values['report-id']
        : `${jurisdictionId}-${year ?? 'undated'}-${kind}`;
    const dataset: DatasetInput = {
      schemaVersion: SCHEMA_VERSION,
      jurisdictions: [
        {
          id: jurisdictionId,
          name: jurisdictionName,
          level: named ? levelOfName(jurisdictionName) : 'other',
        },
      ],
      reports: [],
      units: [],
      indicators: [],
      targets: [],
      observations: [],
      tasks: [],
    };
    let diagnostics: Diagnostic[];
    let parsedAnything: boolean;

    if (kind === 'task-division') {
      const result = parseTaskDivision(text, { jurisdictionId, reportId });
      dataset.reports!.push({
        id: reportId,
        jurisdictionId,
        kind: reportKind,
        title: facts.title ?? basename(file),
        ...(year ? { planYear: year } : {}),
        source: basename(file),
      });
      dataset.units = result.units;
      diagnostics = [...result.diagnostics];
      // Figures inside task texts (参赛队伍超8000支) are the year's targets too, linked to their task.
      const indicators = new Map<string, Indicator>();
      dataset.tasks = result.tasks.map((task) => {
        if (!year) return task;
        const found = extractTaskTargets(task.text, {
          reportId,
          jurisdictionId,
          period: String(year),
          taskId: task.id,
          ...(task.source ? { offset: task.source.offset } : {}),
        });
        for (const indicator of found.indicators) indicators.set(indicator.id, indicator);
        dataset.targets!.push(...found.targets);
        diagnostics.push(...found.diagnostics);
        return { ...task, targetIds: [...task.targetIds, ...found.targetIds] };
      });
      dataset.indicators = [...indicators.values()];
      parsedAnything = result.tasks.length > 0;
    } else {
      const result = parseReportProse(text, {
        reportId,
        jurisdictionId,
        kind,
        ...(year ? { planYear: year } : {}),
      });
      dataset.reports!.push({
        id: reportId,
        jurisdictionId,
        kind: reportKind,
        title: facts.title ?? basename(file),
        ...(result.reviewYear ? { reviewYear: result.reviewYear } : {}),
        ...(result.planYear ? { planYear: result.planYear } : {}),
        source: basename(file),
      });
      dataset.indicators = result.indicators;
      dataset.targets = result.targets;
      dataset.observations = result.observations;
      diagnostics = result.diagnostics;
      parsedAnything = result.targets.length + result.observations.length > 0;
    }
    show.parsed();

    for (const d of diagnostics)
      if (d.severity !== 'info' || values.verbose) io.stderr(diagnosticLine(file, d, io));
    if (!parsedAnything) {
      io.stderr(
        say(
          io,
          `${file}: error: 没有读到任何${kind === 'task-division' ? '任务' : '目标或实绩'}（按 ${kind} 解析）\n`,
          `${file}: error: nothing was read (no ${kind === 'task-division' ? 'tasks' : 'targets or actuals'}) as a ${kind}\n`,
        ),
      );
      return { exitCode: 1 };
    }
    const checked = parseDataset(dataset);
    if (!checked.ok) {
      for (const p of checked.problems)
        io.stderr(
          `${file}: error: ${p.path.join('.')}: ${io.locale === 'en' ? p.message.en : p.message.zh}\n`,
        );
      return { exitCode: 1 };
    }
    io.stdout(JSON.stringify(checked.dataset, null, 2) + '\n');
    return { exitCode: 0 };
  },
};
