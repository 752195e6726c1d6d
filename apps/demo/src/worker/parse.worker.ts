// The in-browser parse: the same @luoshi/core parsers the CLI runs, off the main thread, so that a
// 10 000-row list keeps the page responsive. zod (parseDataset) lives in this worker's chunk only.
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
} from '@luoshi/core';
import type { ImportDiagnostic, ParseRequest, ParseResponse } from './parse.protocol.js';

const post = (message: ParseResponse) => (self as unknown as Worker).postMessage(message);

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else GB18030, as the CLI decides. */
export function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

function detectKind(text: string) {
  const list = detectTaskDivision(text);
  if (list >= 0.5) return 'task-division' as const;
  const report = detectReportKind(text).kind;
  if (report === 'task-division' || (report === undefined && list >= 0.3)) return 'task-division' as const;
  return report;
}

function parse(request: ParseRequest): Extract<ParseResponse, { type: 'done' }> {
  const { id } = request;
  const progress = (stage: 'decode' | 'detect' | 'parse' | 'check', share: number) =>
    post({ id, type: 'progress', stage, share });
  progress('decode', 0.05);
  const { text: raw, encoding } = decode(new Uint8Array(request.bytes));
  const text = raw.replace(/\r\n?/g, '\n');
  const done = (
    ok: boolean,
    kind: ReturnType<typeof detectKind> | 'dataset',
    diagnostics: ImportDiagnostic[],
    fragment?: DatasetInput,
  ) => ({
    id,
    type: 'done' as const,
    ok,
    kind,
    encoding,
    diagnostics,
    ...(fragment ? { fragment: fragment as never } : {}),
  });
  if (text.trim() === '')
    return done(false, undefined, [
      { severity: 'error', message: { zh: '文件为空', en: 'The document is empty' } },
    ]);

  if (request.kind === 'dataset') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return done(false, 'dataset', [
        {
          severity: 'error',
          message: { zh: `不是有效的 JSON：${String(error)}`, en: `Not valid JSON: ${String(error)}` },
        },
      ]);
    }
    progress('check', 0.6);
    const checked = parseDataset(json);
    if (!checked.ok)
      return done(
        false,
        'dataset',
        checked.problems.map((p) => ({
          path: p.path.join('.'),
          severity: 'error' as const,
          message: p.message,
        })),
      );
    return done(true, 'dataset', [], checked.dataset);
  }

  progress('detect', 0.15);
  const kind = request.kind === 'auto' ? detectKind(text) : request.kind;
  if (!kind)
    return done(false, undefined, [
      {
        severity: 'error',
        message: {
          zh: '无法识别文件类型：请选择任务分工、政府工作报告或计划报告',
          en: 'Cannot tell what kind of document this is: choose task list, work report or plan report',
        },
      },
    ]);
  const facts = detectDocumentFacts(text);
  const jurisdictionName = facts.jurisdictionName ?? request.fallbackJurisdiction.name;
  const jurisdictionId =
    request.jurisdictionIds[jurisdictionName] ??
    (facts.jurisdictionName ? jurisdictionName : request.fallbackJurisdiction.id);
  const year = facts.year ?? request.fallbackYear;
  const reportId = `import-${jurisdictionId}-${year ?? 'undated'}-${kind}-${Date.now().toString(36)}`;
  const fragment: DatasetInput = {
    schemaVersion: SCHEMA_VERSION,
    jurisdictions: [{ id: jurisdictionId, name: jurisdictionName, level: levelOfName(jurisdictionName) }],
    reports: [],
    units: [],
    indicators: [],
    targets: [],
    observations: [],
    tasks: [],
  };
  const diagnostics: ImportDiagnostic[] = [];
  let parsedAnything: boolean;
  progress('parse', 0.3);
  if (kind === 'task-division') {
    const result = parseTaskDivision(text, { jurisdictionId, reportId });
    fragment.reports!.push({
      id: reportId,
      jurisdictionId,
      kind,
      title: facts.title ?? request.name,
      ...(year ? { planYear: year } : {}),
      source: request.name,
    });
    fragment.units = result.units;
    diagnostics.push(...result.diagnostics);
    const indicators = new Map<string, Indicator>();
    const total = result.tasks.length;
    fragment.tasks = result.tasks.map((task, i) => {
      if (i % 500 === 0) progress('parse', 0.5 + (0.3 * i) / Math.max(1, total));
      if (!year) return task;
      const found = extractTaskTargets(task.text, {
        reportId,
        jurisdictionId,
        period: String(year),
        taskId: task.id,
        ...(task.source ? { offset: task.source.offset } : {}),
      });
      for (const indicator of found.indicators) indicators.set(indicator.id, indicator);
      fragment.targets!.push(...found.targets);
      diagnostics.push(...found.diagnostics);
      return { ...task, targetIds: [...task.targetIds, ...found.targetIds] };
    });
    fragment.indicators = [...indicators.values()];
    parsedAnything = result.tasks.length > 0;
  } else {
    const result = parseReportProse(text, {
      reportId,
      jurisdictionId,
      kind,
      ...(year ? { planYear: year } : {}),
    });
    fragment.reports!.push({
      id: reportId,
      jurisdictionId,
      kind,
      title: facts.title ?? request.name,
      ...(result.reviewYear ? { reviewYear: result.reviewYear } : {}),
      ...(result.planYear ? { planYear: result.planYear } : {}),
      source: request.name,
    });
    fragment.indicators = result.indicators;
    fragment.targets = result.targets;
    fragment.observations = result.observations;
    diagnostics.push(...result.diagnostics);
    parsedAnything = result.targets.length + result.observations.length > 0;
  }
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (!parsedAnything) {
    shown.push({
      severity: 'error',
      message: {
        zh: `没有读到任何${kind === 'task-division' ? '任务' : '目标或实绩'}`,
        en: `Nothing was read (no ${kind === 'task-division' ? 'tasks' : 'targets or actuals'})`,
      },
    });
    return done(false, kind, shown);
  }
  progress('check', 0.85);
  const checked = parseDataset(fragment);
  if (!checked.ok)
    return done(false, kind, [
      ...shown,
      ...checked.problems.map((p) => ({
        path: p.path.join('.'),
        severity: 'error' as const,
        message: p.message,
      })),
    ]);
  return done(true, kind, shown, checked.dataset);
}

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  try {
    post(parse(event.data));
  } catch (error) {
    post({
      id: event.data.id,
      type: 'done',
      ok: false,
      kind: undefined,
      encoding: 'utf-8',
      diagnostics: [
        {
          severity: 'error',
          message: { zh: `解析出错：${String(error)}`, en: `The parse failed: ${String(error)}` },
        },
      ],
    });
  }
});
