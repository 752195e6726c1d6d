import { styleText } from 'node:util';
import Table from 'cli-table3';
import {
  compareDataset,
  comparePeriods,
  formatFigure,
  formatPeriod,
  formatTarget,
  type ComparisonRow,
  type EvaluationStatus,
} from '@luoshi/core';
import { findJurisdiction, loadDataset } from '../io/load-dataset.js';
import { say } from '../io/io.js';
import { outputFormat, type Command } from './command.js';

const STATUS: Record<EvaluationStatus, { zh: string; en: string; colour: Parameters<typeof styleText>[0] }> =
  {
    exceeded: { zh: '超额完成', en: 'exceeded', colour: 'blue' },
    met: { zh: '已达标', en: 'met', colour: 'green' },
    near: { zh: '接近', en: 'near', colour: 'yellow' },
    missed: { zh: '未达标', en: 'missed', colour: 'red' },
    pending: { zh: '待公布', en: 'pending', colour: 'gray' },
    'not-comparable': { zh: '不可比', en: 'not comparable', colour: 'magenta' },
  };

function gapText(row: ComparisonRow, locale: 'zh' | 'en'): string {
  const gap = row.evaluation.gap;
  if (!gap) return '—';
  const sign = gap.absolute > 0 ? '+' : '';
  if (gap.unit === 'pp')
    return `${sign}${formatFigure(gap.absolute, '', locale)}${locale === 'zh' ? '个百分点' : ' pp'}`;
  const relative =
    gap.relative === undefined
      ? ''
      : ` (${gap.relative > 0 ? '+' : ''}${formatFigure(gap.relative, '%', locale)})`;
  return `${sign}${formatFigure(gap.absolute, gap.unit, locale)}${relative}`;
}

/** Ambition in a few words for a table cell; the full explanation is in the JSON output. */
function ambitionText(row: ComparisonRow, locale: 'zh' | 'en'): string {
  const a = row.ambition;
  if (!a) return '—';
  const previous =
    a.previousValue === undefined
      ? ''
      : formatFigure(a.previousValue, row.target.unit, locale, row.previousActual?.decimals);
  const period = formatPeriod(a.previousPeriod, locale);
  switch (a.flag) {
    case 'below-last-actual':
      return locale === 'zh' ? `低于${period}实绩${previous}` : `below ${period} actual ${previous}`;
    case 'at-last-actual':
      return locale === 'zh' ? `与${period}实绩${previous}持平` : `equal to ${period} actual ${previous}`;
    case 'above-last-actual':
      return locale === 'zh' ? `高于${period}实绩${previous}` : `above ${period} actual ${previous}`;
    default:
      return locale === 'zh' ? `与${period}实绩不可比` : `not comparable with ${period} actual`;
  }
}

/**
 * Reading order: by jurisdiction, then latest period first, then the targets that have something to
 * say (an actual or a prior year to measure ambition against) before the ones still pending.
 */
function sortRows(rows: ComparisonRow[]): ComparisonRow[] {
  const weight = (r: ComparisonRow) => (r.observation ? 0 : r.ambition ? 1 : 2);
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        (a.row.target.jurisdictionId < b.row.target.jurisdictionId
          ? -1
          : a.row.target.jurisdictionId > b.row.target.jurisdictionId
            ? 1
            : 0) ||
        comparePeriods(b.row.target.period, a.row.target.period) ||
        weight(a.row) - weight(b.row) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

/** The JSON a script reads: each row's figures and verdicts, without the records' sources. */
function toJson(rows: ComparisonRow[]) {
  return rows.map((r) => ({
    targetId: r.target.id,
    jurisdictionId: r.target.jurisdictionId,
    indicatorId: r.target.indicatorId,
    indicator: r.indicator?.name,
    period: r.target.period,
    measure: r.target.measure,
    comparator: r.target.comparator,
    target: r.target.value,
    ...(r.target.max !== undefined ? { targetMax: r.target.max } : {}),
    unit: r.target.unit,
    basis: r.target.basis,
    strength: r.target.strength,
    actual: r.observation?.value ?? null,
    actualPeriod: r.observation?.period ?? null,
    estimate: r.observation?.estimate ?? false,
    status: r.evaluation.status,
    gap: r.evaluation.gap ?? null,
    achievement: r.evaluation.achievement ?? null,
    explanation: r.evaluation.explanation,
    restatedIn: r.restatements.map((t) => ({ targetId: t.id, reportId: t.source?.reportId ?? null })),
    ambition: r.ambition
      ? {
          flag: r.ambition.flag,
          previousPeriod: r.ambition.previousPeriod,
          previousValue: r.ambition.previousValue ?? null,
          explanation: r.ambition.explanation,
        }
      : null,
  }));
}

/** `luoshi compare <dataset.json>`: targets against actuals, with status, gap and ambition. */
export const compare: Command = {
  name: 'compare',
  summary: {
    zh: '目标与实绩对比：状态、差距与目标力度',
    en: 'targets against actuals: status, gap and ambition',
  },
  usage: 'luoshi compare <dataset.json> [--jurisdiction NAME] [--period P] [--format table|json]',
  options: {
    jurisdiction: {
      type: 'string',
      value: 'NAME',
      help: { zh: '只看该行政区（名称或 id）', en: 'only this jurisdiction (name or id)' },
    },
    period: {
      type: 'string',
      value: 'P',
      help: {
        zh: '只看该期间的目标（2025、2025-Q3、2025-09）',
        en: 'only targets for this period (2025, 2025-Q3, 2025-09)',
      },
    },
    format: {
      type: 'string',
      value: 'table|json',
      default: 'table',
      help: { zh: '输出格式（默认 table）', en: 'output format (default table)' },
    },
  },
  help: {
    zh: '逐条列出目标与对应实绩：状态（超额完成/已达标/接近/未达标/待公布/不可比）、差距（增速以百分点计）、以及目标与上年实绩相比的力度。终端中以颜色显示状态。',
    en: 'Lists every target beside its actual: status (exceeded/met/near/missed/pending/not comparable), the gap (percentage points for rates) and ambition against the latest earlier actual. Colours the status on a terminal.',
  },
  async run({ positionals, values }, io) {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      return { usage: say(io, '需要且只需要一个数据集文件', 'expects exactly one dataset file') };
    const format = outputFormat(values.format, io);
    if (typeof format !== 'string') return format;
    const dataset = await loadDataset(file, io);
    if (!dataset) return { exitCode: 1 };
    let jurisdictionId: string | undefined;
    if (typeof values.jurisdiction === 'string') {
      const wanted = values.jurisdiction;
      const found = findJurisdiction(dataset, wanted);
      if (!found)
        return {
          usage: say(
            io,
            `数据集中没有行政区 "${wanted}"（已有：${dataset.jurisdictions.map((j) => j.name).join('、')}）`,
            `no jurisdiction "${wanted}" in the dataset (known: ${dataset.jurisdictions.map((j) => j.nameEn ?? j.name).join(', ')})`,
          ),
        };
      jurisdictionId = found.id;
    }
    const period = typeof values.period === 'string' ? values.period : undefined;
    if (period !== undefined && !/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period))
      return {
        usage: say(
          io,
          `期间 "${period}" 应为 2025、2025-Q3 或 2025-09`,
          `period "${period}" should look like 2025, 2025-Q3 or 2025-09`,
        ),
      };
    const rows = sortRows(
      compareDataset(dataset, {
        ...(jurisdictionId ? { jurisdictionId } : {}),
        ...(period ? { period } : {}),
      }),
    );
    if (format === 'json') {
      io.stdout(JSON.stringify(toJson(rows), null, 2) + '\n');
      return { exitCode: 0 };
    }
    const locale = io.locale === 'en' ? 'en' : 'zh';
    const paint = (status: EvaluationStatus, text: string) =>
      io.isTTY ? styleText(STATUS[status].colour, text) : text;
    const table = new Table({
      head:
        locale === 'zh'
          ? ['行政区', '指标', '期间', '目标', '实绩', '状态', '差距', '目标力度']
          : ['Jurisdiction', 'Indicator', 'Period', 'Target', 'Actual', 'Status', 'Gap', 'Ambition'],
      style: { head: io.isTTY ? ['bold'] : [], border: io.isTTY ? ['gray'] : [] },
      wordWrap: true,
      // Chinese has no spaces to break at.
      wrapOnWordBoundary: false,
    });
    for (const row of rows) {
      const name = (x?: { name: string; nameEn?: string }) =>
        x ? (locale === 'en' ? (x.nameEn ?? x.name) : x.name) : '—';
      const actual = row.observation
        ? formatFigure(row.observation.value, row.observation.unit, locale, row.observation.decimals) +
          (row.observation.estimate ? (locale === 'zh' ? '（预计）' : ' (est.)') : '')
        : '—';
      table.push([
        name(row.jurisdiction),
        name(row.indicator),
        formatPeriod(row.target.period, locale),
        formatTarget(row.target, locale),
        actual,
        paint(row.evaluation.status, STATUS[row.evaluation.status][locale]),
        gapText(row, locale),
        ambitionText(row, locale),
      ]);
    }
    io.stdout(
      rows.length === 0 ? say(io, '没有符合条件的目标\n', 'no targets match\n') : table.toString() + '\n',
    );
    return { exitCode: 0 };
  },
};
