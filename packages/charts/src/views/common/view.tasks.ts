import type { Dataset, Locale, Report, Task, TaskStatus } from '@luoshi/core';
import { periodParts } from '@luoshi/core';

/** A sortable end date for a status's `asOf`: a date as is, a period as its last day. */
function asOfKey(asOf: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const parts = periodParts(asOf);
  const month =
    parts.grain === 'year' ? 12 : parts.grain === 'quarter' ? (parts.index ?? 4) * 3 : (parts.index ?? 12);
  // Day 31 sorts a period after every dated status inside its last month.
  return `${parts.year}-${String(month).padStart(2, '0')}-31`;
}

/** A task's current status: the latest entry of its history (the later one on a tie), `unknown` without one. */
export function latestStatus(task: Task): TaskStatus {
  let best: { key: string; status: TaskStatus } | undefined;
  for (const entry of task.statusHistory) {
    const key = asOfKey(entry.asOf);
    if (!best || key >= best.key) best = { key, status: entry.status };
  }
  return best?.status ?? 'unknown';
}

function reportRank(report: Report): number {
  const year = report.planYear ?? report.reviewYear ?? Number(report.deliveredOn?.slice(0, 4) ?? 0);
  return year * 10000 + Number((report.deliveredOn ?? '0000-00-00').slice(5).replace('-', ''));
}

/** The report whose tasks to show: the one asked for, or the latest report that has tasks. */
export function pickReport(
  dataset: Dataset,
  reportId: string | undefined,
  locale: Locale,
): { ok: true; report: Report | undefined } | { ok: false; message: string } {
  if (reportId !== undefined) {
    const report = dataset.reports.find((r) => r.id === reportId);
    if (report) return { ok: true, report };
    const known = dataset.reports.map((r) => r.id).join(', ') || '—';
    return {
      ok: false,
      message:
        locale === 'en'
          ? `Unknown report "${reportId}" (known: ${known})`
          : `未知报告“${reportId}”（已有：${known}）`,
    };
  }
  const withTasks = new Set(dataset.tasks.map((task) => task.reportId));
  let best: Report | undefined;
  for (const report of dataset.reports) {
    if (withTasks.has(report.id) && (!best || reportRank(report) >= reportRank(best))) best = report;
  }
  return { ok: true, report: best };
}

/** A report's title in the locale: its title with its plan year (titles are written in Chinese). */
export function reportTitle(report: Report, locale: Locale): string {
  if (locale !== 'en') return report.title;
  return report.planYear ? `${report.title} (${report.planYear})` : report.title;
}
