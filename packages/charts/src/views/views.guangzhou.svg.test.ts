// The SVG of each view for the committed Guangzhou dataset, read back as a reader of the picture would:
// the right number of bars, marks and segments, target marks where the targets are on the value axis
// (read from the axis's own tick labels), and the labels present. Every expectation is derived from
// the dataset (through core's parseDataset and evaluate) or from the view's own table, never copied
// from a render.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  evaluate,
  parseDataset,
  periodYear,
  TASK_STATUSES,
  type Dataset,
  type Observation,
  type Target,
  type Task,
  type TaskStatus,
} from '@luoshi/core';
import { renderViewToSvg, type RenderToSvgOptions } from '../ssr/index.js';
import { defaultStatusVocabulary, statusLabel } from '../status/status.vocabulary.js';
import type { View, ViewModel } from '../view/view.types.js';
import { HOSTILE_NAME } from '../../test/support/test-bar.view.js';
import { hostileDataset } from '../../test/support/hostile-dataset.js';
import {
  axisNumber,
  axisScale,
  readSvg,
  showsName,
  type ReadSvg,
  type SvgMark,
  type SvgText,
} from '../../test/support/svg-reader.js';
import {
  bullet,
  gauge,
  gaugeDefaults,
  jurisdictionComparison,
  statusByUnit,
  statusByUnitDefaults,
  taskOverview,
  trend,
  variance,
} from './index.js';

type AnyRecord = Record<string, any>;

const here = dirname(fileURLToPath(import.meta.url));
const committedJson: unknown = JSON.parse(
  readFileSync(join(here, '../../../fixtures/data/guangzhou.json'), 'utf8'),
);

function datasetOf(input: unknown): Dataset {
  const parsed = parseDataset(input);
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, 3).map((p) => `${p.path.join('.')}: ${p.message.en}`);
    throw new Error(`invalid dataset: ${shown.join('; ')}`);
  }
  return parsed.dataset;
}

const sameFigure = (a: Target | Observation, b: Target | Observation): boolean =>
  a.indicatorId === b.indicatorId && a.jurisdictionId === b.jurisdictionId && a.measure === b.measure;

/**
 * The committed dataset with the results in. The committed one has only pending targets (no actual
 * for any target's period) and tasks without a status or category, so its charts draw no actual bar
 * and one status: this copy gives each target the latest earlier actual of its indicator, re-dated
 * to the target's period (as if the year repeated the last reported figure), each task a status
 * (cycling through core's vocabulary) and a category (its part of the list, forty tasks to a part).
 */
function withResultsIn(dataset: Dataset): Dataset {
  const copy = structuredClone(dataset);
  for (const target of copy.targets) {
    if (copy.observations.some((o) => sameFigure(o, target) && o.period === target.period)) continue;
    const latest = copy.observations
      .filter((o) => sameFigure(o, target) && !o.cumulative && comparePeriods(o.period, target.period) < 0)
      .sort((a, b) => comparePeriods(b.period, a.period))[0];
    if (latest)
      copy.observations.push({
        ...latest,
        id: `${latest.id}/repeated-${target.period}`,
        period: target.period,
      });
  }
  copy.tasks.forEach((task, i) => {
    task.statusHistory = [{ status: TASK_STATUSES[i % TASK_STATUSES.length]!, asOf: '2025-06-30' }];
    task.category = `第${Math.ceil(task.seq / 40)}部分`;
  });
  return datasetOf(copy);
}

const committed = datasetOf(committedJson);
const resultsIn = withResultsIn(committed);

/** The actual a target is judged against: its own period's, or for a rate the latest of the same year. */
function actualOf(dataset: Dataset, target: Target): Observation | undefined {
  const same = dataset.observations.filter((o) => sameFigure(o, target));
  const exact = same.find((o) => o.period === target.period);
  if (exact || (target.measure !== 'growth' && target.measure !== 'share')) return exact;
  return same
    .filter((o) => periodYear(o.period) === periodYear(target.period))
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
}

/** A task's status in these datasets: its one recorded status, or `unknown` without one. */
const statusOf = (task: Task): TaskStatus => task.statusHistory.at(-1)?.status ?? 'unknown';

/** The report the task views show by default: the latest plan year among reports with tasks. */
function latestTaskReport(dataset: Dataset) {
  const withTasks = new Set(dataset.tasks.map((task) => task.reportId));
  const reports = dataset.reports.filter((r) => withTasks.has(r.id));
  return reports.sort((a, b) => (b.planYear ?? 0) - (a.planYear ?? 0))[0]!;
}

/** 目标 / 力争 (Target / Aim): how a marker's label opens, from the target's strength. */
const labelPrefix = (target: Target, locale: 'zh-CN' | 'en' = 'zh-CN'): string =>
  target.strength === 'aspirational'
    ? locale === 'en'
      ? 'Aim'
      : '力争'
    : locale === 'en'
      ? 'Target'
      : '目标';

const SIZE = { width: 960, height: 640 };

interface Drawn {
  model: ViewModel;
  svg: ReadSvg;
  series: AnyRecord[];
}

function draw<O extends object>(view: View<O>, data: unknown, options?: RenderToSvgOptions<O>): Drawn {
  const { svg, model } = renderViewToSvg(view, data, { ...SIZE, ...options } as RenderToSvgOptions<O>);
  expect(model.state, model.message).toBe('ready');
  const read = readSvg(svg);
  // The picture says what the model says, and no label is drawn off the canvas.
  expect(read.root.getAttribute('aria-label')).toBe(model.description);
  for (const text of read.texts) {
    expect(text.x, text.text).toBeGreaterThanOrEqual(0);
    expect(text.x, text.text).toBeLessThanOrEqual(read.width);
    expect(text.y, text.text).toBeGreaterThanOrEqual(0);
    expect(text.y, text.text).toBeLessThanOrEqual(read.height);
  }
  return { model, svg: read, series: ((model.option as AnyRecord).series ?? []) as AnyRecord[] };
}

const near = (a: number, b: number, tolerance = 1.5): boolean => Math.abs(a - b) <= tolerance;

/** The texts on the line of a label at `y` (an axis label beside its bar, a value label). */
const onLine = (texts: readonly SvgText[], y: number, tolerance = 3): SvgText[] =>
  texts.filter((t) => near(t.y, y, tolerance));

/** The numeric tick labels of the first row of them below `y`: the value axis of a bullet row. */
function ticksBelow(texts: readonly SvgText[], y: number): SvgText[] {
  const numeric = texts.filter((t) => axisNumber(t.text) !== undefined && t.y > y);
  const first = Math.min(...numeric.map((t) => t.y));
  return numeric.filter((t) => near(t.y, first, 0.5));
}

/** The numeric tick labels of a chart with one value axis. */
const numericTexts = (texts: readonly SvgText[]): SvgText[] =>
  texts.filter((t) => axisNumber(t.text) !== undefined);

/** The axis label that shows a name (whole or cut), and where it stands. */
function labelOf(svg: ReadSvg, name: string): SvgText {
  const found = svg.texts.filter((t) => showsName(t.text, name));
  expect(found.length, `label "${name}"`).toBeGreaterThan(0);
  return found[0]!;
}

const barsOf = (drawn: Drawn): SvgMark[] =>
  drawn.svg.marks.filter((m) => !m.silent && drawn.series[m.series]?.type === 'bar');

/** The segments of horizontal stacked bars that have a length (a status with no task draws an empty one). */
const segmentsOf = (drawn: Drawn): SvgMark[] => barsOf(drawn).filter((m) => m.box.right - m.box.left >= 0.5);

const datasets = [
  ['as committed', committed],
  ['with the results in', resultsIn],
] as const;

describe('the copy of the Guangzhou dataset with the results in', () => {
  it('gives the views more actuals and more than one task status to draw', () => {
    expect(committed.targets.filter((t) => actualOf(committed, t)).length).toBeLessThan(
      resultsIn.targets.filter((t) => actualOf(resultsIn, t)).length,
    );
    expect(new Set(resultsIn.tasks.map(statusOf)).size).toBeGreaterThan(1);
  });
});

describe.each(datasets)('the SVG of each view for the Guangzhou dataset %s', (_, dataset) => {
  it('bullet: one actual bar per indicator with an actual, each target mark at its value, labelled', () => {
    const drawn = draw(bullet, dataset);
    const { model, svg, series } = drawn;
    const rows = model.table.rows.map((row, index) => {
      const target = dataset.targets.find((t) => t.id === row.selection?.id);
      if (!target) throw new Error(`row ${index} links to no target`);
      return { row, index, target, actual: actualOf(dataset, target) };
    });
    expect(rows.length).toBeGreaterThan(0);
    const bars = barsOf(drawn);
    const markers = svg.marks.filter(
      (m) => series[m.series]?.type === 'scatter' && series[m.series]?.symbol === 'rect',
    );
    expect(bars).toHaveLength(rows.filter((r) => r.actual).length);
    expect(markers).toHaveLength(rows.reduce((n, r) => n + (r.target.comparator === 'range' ? 2 : 1), 0));

    for (const { row, index, target, actual } of rows) {
      const inRow = (m: SvgMark) => series[m.series]?.xAxisIndex === index;
      const rowMarkers = markers.filter(inRow);
      const y = rowMarkers[0]!.at.y;
      const scale = axisScale(ticksBelow(svg.texts, y), 'x');
      const values = target.comparator === 'range' ? [target.value, target.max!] : [target.value];
      expect(rowMarkers.map((m) => m.at.x)).toEqual(values.map((v) => expect.closeTo(scale.at(v), 0)));
      // The target's label stands above its marker and reads as the table's target.
      const label = `${labelPrefix(target)} ${row.cells[1]}`;
      expect(
        svg.texts.some((t) => t.text === label && near(t.x, rowMarkers[0]!.at.x) && t.y < y),
        label,
      ).toBe(true);
      // The indicator's name stands beside its row (cut to the axis's width if long).
      expect(labelOf(svg, row.cells[0]!).y).toBeCloseTo(y, 0);

      const bar = bars.filter(inRow);
      expect(row.cells[2] === '—').toBe(actual === undefined);
      if (actual) {
        expect(bar).toHaveLength(1);
        const zero = scale.at(Math.max(0, scale.ticks[0]!.value));
        expect(bar[0]!.box.left).toBeCloseTo(Math.min(zero, scale.at(actual.value)), 0);
        expect(bar[0]!.box.right).toBeCloseTo(Math.max(zero, scale.at(actual.value)), 0);
      } else {
        // A pending target shows its status (待公布) on its row instead of a bar.
        expect(onLine(svg.texts, y).map((t) => t.text)).toContain(row.cells[3]);
      }
    }
  });

  it('gauge: one ring per level target, the arc as far round as the share done, labelled', () => {
    const { model, svg, series } = draw(gauge, dataset);
    const shown = model.table.rows.slice(0, gaugeDefaults.maxRings);
    expect(series).toHaveLength(shown.length);
    for (const [index, row] of shown.entries()) {
      const target = dataset.targets.find((t) => t.id === row.selection?.id)!;
      expect(target.measure === 'level' || target.measure === 'count').toBe(true);
      expect(labelOf(svg, row.cells[0]!)).toBeDefined();
      expect(row.cells[1]!.startsWith(`${labelPrefix(target)} `)).toBe(true);
      expect(svg.texts.map((t) => t.text)).toContain(row.cells[1]);
      const arc = svg.marks.find((m) => m.series === index && m.data === 0)!;
      const actual = actualOf(dataset, target);
      if (!actual) {
        expect(svg.texts.map((t) => t.text)).toContain(row.cells[2]); // 待公布
        expect(arc.box.right - arc.box.left).toBeLessThan(1);
        continue;
      }
      const done = (actual.value / target.value) * 100;
      expect(svg.texts.map((t) => t.text)).toContain(`${Math.round(done * 10) / 10}%`);
      // The progress arc starts at the top and runs clockwise; its outer edge ends where the share done is.
      const outer = Math.max(...arc.segments.map((s) => s.radius ?? 0));
      const edges = arc.segments.filter((s) => s.radius !== undefined && near(s.radius, outer, 0.01));
      const start = edges[0]!.from;
      const end = edges.at(-1)!.to;
      const centre = { x: start.x, y: start.y + outer };
      const swept = ((Math.atan2(end.x - centre.x, centre.y - end.y) * 180) / Math.PI + 360) % 360;
      expect(swept).toBeCloseTo((Math.min(done, series[index]!.max) / series[index]!.max) * 360, 0);
    }
  });

  it('trend: a point per year with an actual and the target mark at its value, over the year’s label', () => {
    const { model, svg } = draw(trend, dataset);
    const targetIds = Object.values(model.selections).flatMap((s) => (s.kind === 'target' ? [s.id] : []));
    const targets = targetIds.map((id) => dataset.targets.find((t) => t.id === id)!);
    const key = targets[0]!;
    expect(targets.every((t) => sameFigure(t, key))).toBe(true);
    const figures = [...dataset.targets, ...dataset.observations].filter(
      (f) => sameFigure(f, key) && /^\d{4}$/.test(f.period),
    );
    const years = [...new Set(figures.map((f) => f.period))].sort(comparePeriods);
    expect(model.table.rows).toHaveLength(years.length);

    const scale = axisScale(numericTexts(svg.texts), 'y');
    const actualMarks = svg.marks.filter((m) => m.series === 0 && !m.silent);
    const targetMarks = svg.marks.filter((m) => m.series === 1 && !m.silent);
    const actuals = years.map((year) =>
      dataset.observations.find((o) => sameFigure(o, key) && o.period === year),
    );
    const yearTargets = years.map((year) =>
      dataset.targets.find((t) => sameFigure(t, key) && t.period === year),
    );
    expect(actualMarks).toHaveLength(actuals.filter(Boolean).length);
    expect(targetMarks).toHaveLength(yearTargets.filter(Boolean).length);

    years.forEach((_, i) => {
      const year = labelOf(svg, model.table.rows[i]!.cells[0]!);
      const actual = actuals[i];
      const target = yearTargets[i];
      if (actual) {
        const mark = actualMarks.find((m) => m.data === i)!;
        expect(mark.at.x).toBeCloseTo(year.x, 0);
        expect(mark.at.y).toBeCloseTo(scale.at(actual.value), 0);
      }
      if (target) {
        const mark = targetMarks.find((m) => m.data === i)!;
        expect(mark.at.x).toBeCloseTo(year.x, 0);
        expect(mark.at.y).toBeCloseTo(scale.at(target.value), 0);
        const label = `${labelPrefix(target)} ${model.table.rows[i]!.cells[1]}`;
        const beside = onLine(svg.texts, mark.at.y).filter((t) => t.x > mark.at.x);
        expect(
          beside.some((t) => t.text.startsWith(label)),
          label,
        ).toBe(true);
        // Next year's target, with no actual yet, says it is pending.
        if (!actualOf(dataset, target))
          expect(beside.some((t) => t.text.includes(model.table.rows[i]!.cells[3]!))).toBe(true);
      }
    });
  });

  it('variance: a bar per target from zero to its gap, pending targets labelled as such', () => {
    const drawn = draw(variance, dataset);
    const { model, svg } = drawn;
    const scale = axisScale(numericTexts(svg.texts), 'x');
    const bars = barsOf(drawn);
    expect(bars).toHaveLength(model.table.rows.length);
    let withGap = 0;
    for (const [index, row] of model.table.rows.entries()) {
      const target = dataset.targets.find((t) => t.id === row.selection?.id)!;
      const indicator = dataset.indicators.find((i) => i.id === target.indicatorId)!;
      const actual = actualOf(dataset, target);
      const bar = bars.find((m) => m.data === index)!;
      expect(bar.at.y).toBeCloseTo(labelOf(svg, row.cells[0]!).y, 0);
      const gap = evaluate(target, actual, { indicator }).gap;
      const plotted = gap ? (gap.unit === 'pp' ? gap.absolute : gap.relative) : undefined;
      if (plotted === undefined) {
        expect(bar.box.right - bar.box.left).toBeLessThan(1);
        expect(onLine(svg.texts, bar.at.y).map((t) => t.text)).toContain(row.cells[4]);
        continue;
      }
      withGap += 1;
      expect(bar.box.left).toBeCloseTo(Math.min(scale.at(0), scale.at(plotted)), 0);
      expect(bar.box.right).toBeCloseTo(Math.max(scale.at(0), scale.at(plotted)), 0);
    }
    expect(withGap).toBe(model.table.rows.filter((row) => row.cells[2] !== '—').length);
  });

  it('status by unit: stacked segments per lead unit, as long as its tasks in each status', () => {
    const report = latestTaskReport(dataset);
    const tasks = dataset.tasks.filter((task) => task.reportId === report.id);
    const counts = new Map<string, Map<TaskStatus, number>>();
    for (const task of tasks) {
      for (const unit of new Set(task.leadUnitIds)) {
        const byStatus = counts.get(unit) ?? new Map<TaskStatus, number>();
        byStatus.set(statusOf(task), (byStatus.get(statusOf(task)) ?? 0) + 1);
        counts.set(unit, byStatus);
      }
    }
    const all = draw(statusByUnit, dataset, { visibleRows: counts.size });
    const byDefault = draw(statusByUnit, dataset);
    expect(all.model.table.rows).toHaveLength(counts.size);
    const segments = (rows: number) =>
      all.model.table.rows
        .slice(0, rows)
        .reduce((n, row) => n + (counts.get(row.selection?.id ?? '')?.size ?? 0), 0);
    expect(segmentsOf(all)).toHaveLength(segments(counts.size));
    // More units than fit scroll: the first `visibleRows` are drawn, the rest one scroll away.
    const visible = Math.min(counts.size, statusByUnitDefaults.visibleRows);
    expect(segmentsOf(byDefault)).toHaveLength(segments(visible));
    for (const row of byDefault.model.table.rows.slice(0, visible))
      expect(labelOf(byDefault.svg, row.cells[0]!)).toBeDefined();

    checkStacks(all, (row) => {
      const unit = dataset.units.find((u) => u.id === row.selection?.id)!;
      expect(row.cells[0]).toBe(unit.name);
      return counts.get(unit.id)!;
    });
    expect(all.svg.texts.some((t) => t.text.includes(report.title))).toBe(true);
  });

  it('task overview: a stacked bar per category, a segment per status as long as its tasks', () => {
    const report = latestTaskReport(dataset);
    const tasks = dataset.tasks.filter((task) => task.reportId === report.id);
    const byCategory = new Map<string, Map<TaskStatus, number>>();
    const total = new Map<TaskStatus, number>();
    for (const task of tasks) {
      const name = task.category ?? '未分类';
      const counts = byCategory.get(name) ?? new Map<TaskStatus, number>();
      counts.set(statusOf(task), (counts.get(statusOf(task)) ?? 0) + 1);
      total.set(statusOf(task), (total.get(statusOf(task)) ?? 0) + 1);
      byCategory.set(name, counts);
    }
    const drawn = draw(taskOverview, dataset);
    const expected = new Map(byCategory.size > 1 ? [['全部任务', total], ...byCategory] : byCategory);
    expect(drawn.model.table.rows.map((row) => row.cells[0])).toEqual([...expected.keys()]);
    expect(segmentsOf(drawn)).toHaveLength([...expected.values()].reduce((n, c) => n + c.size, 0));
    checkStacks(drawn, (row) => expected.get(row.cells[0]!)!);
    expect(drawn.svg.texts.some((t) => t.text.includes(report.title))).toBe(true);
  });

  it('jurisdiction comparison: target and actual of each district where their values are, joined', () => {
    // The figure compared: the first target whose indicator, measure and period another district also reports.
    const places = (f: Target) =>
      new Set(
        [...dataset.targets, ...dataset.observations]
          .filter((g) => g.indicatorId === f.indicatorId && g.measure === f.measure && g.period === f.period)
          .map((g) => g.jurisdictionId),
      );
    const key = dataset.targets.find((t) => places(t).size > 1)!;
    expect(key).toBeDefined();
    const drawn = draw(jurisdictionComparison, dataset, {
      indicatorIds: [key.indicatorId],
      measure: key.measure,
      period: key.period,
    });
    const { model, svg, series } = drawn;
    const same = (f: Target | Observation, jurisdictionId: string) =>
      f.indicatorId === key.indicatorId &&
      f.measure === key.measure &&
      f.period === key.period &&
      f.jurisdictionId === jurisdictionId;
    const rows = model.table.rows.map((row) => {
      const id = row.selection?.id ?? '';
      return {
        row,
        target: dataset.targets.find((t) => same(t, id)),
        actual: dataset.observations.find((o) => same(o, id)),
      };
    });
    expect(new Set(rows.map((r) => r.row.selection?.id))).toEqual(places(key));
    const marks = (index: number) => svg.marks.filter((m) => m.series === index && !m.silent);
    expect(series[0]!.name).toBe(model.table.columns[2]!.label); // 目标
    expect(marks(0)).toHaveLength(rows.filter((r) => r.target).length);
    expect(marks(1)).toHaveLength(rows.filter((r) => r.actual).length);
    const joins = svg.marks.filter((m) => m.series === 0 && m.silent);
    expect(joins).toHaveLength(rows.filter((r) => r.target && r.actual).length);

    const scale = axisScale(numericTexts(svg.texts), 'x');
    rows.forEach(({ row, target, actual }, index) => {
      const label = labelOf(svg, `${row.cells[0]} ${row.cells[1]}`);
      if (target) {
        const mark = marks(0).find((m) => m.data === index)!;
        expect(mark.at.x).toBeCloseTo(scale.at(target.value), 0);
        expect(mark.at.y).toBeCloseTo(label.y, 0);
      }
      if (actual) {
        const mark = marks(1).find((m) => m.data === index)!;
        expect(mark.at.x).toBeCloseTo(scale.at(actual.value), 0);
        expect(mark.at.y).toBeCloseTo(label.y, 0);
        expect(onLine(svg.texts, label.y).map((t) => t.text)).toContain(row.cells[3]);
      }
      if (target && actual) {
        const join = joins.find((m) => near(m.at.y, label.y, 1))!;
        expect(join.box.left).toBeCloseTo(scale.at(Math.min(target.value, actual.value)), 0);
        expect(join.box.right).toBeCloseTo(scale.at(Math.max(target.value, actual.value)), 0);
      }
    });
  });
});

/** The elements ECharts' SVG writer draws with: anything else in the SVG came from data. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'rect',
  'path',
  'polygon',
  'polyline',
  'circle',
  'ellipse',
  'line',
  'text',
  'tspan',
  'defs',
  'pattern',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'style',
]);

const views = [bullet, gauge, trend, variance, statusByUnit, jurisdictionComparison, taskOverview].map(
  (view) => [view.name, view as View<object>] as const,
);

describe('names from data in the SVG', () => {
  // Tasks, indicators, units and jurisdictions all named `<img src=x onerror=alert(1)>`, and so is every
  // other task's category.
  const hostile = (() => {
    const copy = hostileDataset(structuredClone(resultsIn) as unknown as Record<string, unknown>);
    for (const task of copy.tasks as Task[]) if (task.seq % 2 === 1) task.category = HOSTILE_NAME;
    return datasetOf(copy);
  })();

  it.each(views)('%s writes them as text, never as markup', (_, view) => {
    const { svg } = draw(view, hostile);
    expect(svg.tags.filter((tag) => !SVG_ELEMENTS.has(tag))).toEqual([]);
    expect(
      svg.texts.some((t) => t.text.includes(HOSTILE_NAME) || showsName(t.text, HOSTILE_NAME)),
      'a hostile name drawn as text',
    ).toBe(true);
    // draw() has read the description back from the root's aria-label, names and all, unchanged.
  });
});

describe('in English', () => {
  it('bullet names the indicators, targets and statuses in English', () => {
    const { model, svg } = draw(bullet, committed, { locale: 'en' });
    const zh = bullet.build(committed).table;
    for (const [index, row] of model.table.rows.entries()) {
      const target = committed.targets.find((t) => t.id === row.selection?.id)!;
      const indicator = committed.indicators.find((i) => i.id === target.indicatorId)!;
      const name = indicator.nameEn ?? indicator.name;
      expect(row.cells[0]).toBe(
        target.measure === 'growth' ? `${name} growth` : target.measure === 'share' ? `${name} share` : name,
      );
      const label = labelOf(svg, row.cells[0]!);
      expect(svg.texts.map((t) => t.text)).toContain(`${labelPrefix(target, 'en')} ${row.cells[1]}`);
      // The status of a pending target, on its row, and not the Chinese word.
      expect(row.cells[3]).not.toBe(zh.rows[index]!.cells[3]);
      if (!actualOf(committed, target))
        expect(onLine(svg.texts, label.y).map((t) => t.text)).toContain(row.cells[3]);
    }
  });

  it('status by unit names the statuses in English in its legend', () => {
    const drawn = draw(statusByUnit, resultsIn, { locale: 'en' });
    const names = drawn.model.table.columns.slice(1, -1).map((c) => c.label);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      expect(statusNamed(name, 'en'), name).toBeDefined();
      expect(drawn.svg.texts.map((t) => t.text)).toContain(name);
    }
  });
});

/** The status a legend or series name stands for, in the shipped vocabulary. */
function statusNamed(name: string, locale: 'zh-CN' | 'en' = 'zh-CN'): TaskStatus | undefined {
  return TASK_STATUSES.find((s) => statusLabel(defaultStatusVocabulary.task[s], locale) === name);
}

/**
 * Checks stacked status bars: each row's segments stand on the row's label, start at zero, follow one
 * another, and are as long as the row's tasks in their status (read off the value axis); the table
 * says the same counts, and the legend names every status drawn.
 */
function checkStacks(
  drawn: Drawn,
  expected: (row: ViewModel['table']['rows'][number]) => Map<TaskStatus, number>,
): void {
  const { model, svg, series } = drawn;
  const scale = axisScale(numericTexts(svg.texts), 'x');
  const statusColumns = model.table.columns.slice(1, -1).map((c) => c.label);
  for (const name of statusColumns) expect(svg.texts.map((t) => t.text)).toContain(name);
  const bars = segmentsOf(drawn);
  // Rows read from the top in the table's order (the total first; units by their number of tasks).
  const tops = model.table.rows.map((row) => labelOf(svg, row.cells[0]!).y);
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  for (const [index, row] of model.table.rows.entries()) {
    const counts = expected(row);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(Number(row.cells.at(-1)), row.cells[0]).toBe(total);
    const segments = bars.filter((m) => m.data === index).sort((a, b) => a.box.left - b.box.left);
    expect(segments).toHaveLength(counts.size);
    const label = labelOf(svg, row.cells[0]!);
    let x = scale.at(0);
    for (const segment of segments) {
      const name = series[segment.series]!.name as string;
      const status = statusNamed(name);
      const count = status === undefined ? undefined : counts.get(status);
      expect(count, `${row.cells[0]}: ${name}`).toBeDefined();
      expect(row.cells[statusColumns.indexOf(name) + 1]).toBe(String(count));
      expect(segment.at.y).toBeCloseTo(label.y, 0);
      expect(segment.box.left).toBeCloseTo(x, 0);
      expect(segment.box.right - segment.box.left).toBeCloseTo(scale.at(count!) - scale.at(0), 0);
      x = segment.box.right;
    }
    expect(x).toBeCloseTo(scale.at(total), 0);
  }
}
