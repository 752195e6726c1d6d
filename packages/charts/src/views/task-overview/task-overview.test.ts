import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '@luoshi/core';
import { tableToHtml } from '../../a11y/a11y.table.js';
import { renderStatic } from '../../ssr/render-static.js';
import { defaultStatusVocabulary, statusLabel, taskStatusOrder } from '../../status/status.vocabulary.js';
import { sampleDataset } from '../common/view.fixture.js';
import { latestStatus } from '../common/view.tasks.js';
import { taskOverview } from './task-overview.option.js';

type AnyRecord = Record<string, any>;

describe('task overview', () => {
  it('shows the status distribution of the report’s tasks by category, with a total first', () => {
    const data = sampleDataset();
    const model = taskOverview.build(data, { animation: false });
    const option = model.option as AnyRecord;
    expect(option.yAxis.data).toEqual(['全部任务', '主要预期目标', '人工智能与数字经济', '产业发展']);
    const series = option.series as AnyRecord[];
    const drawn = (row: number) => series.reduce((sum, s) => sum + s.data[row], 0);
    expect(drawn(0)).toBe(data.tasks!.length);
    expect(drawn(1)).toBe(data.tasks!.filter((t) => t.category === '主要预期目标').length);
    const completed = series.find((s) => s.name === '已完成')!;
    expect(completed.data[0]).toBe(
      data.tasks!.filter((t) => t.statusHistory![0]!.status === 'completed').length,
    );
    expect(model.description).toContain('3类共30项任务');
    expect(model.table.columns[0]!.label).toBe('类别');
  });

  it('names tasks without a category, and speaks English', () => {
    const data = sampleDataset();
    for (const task of data.tasks!) delete task.category;
    const model = taskOverview.build(data, { locale: 'en' });
    expect((model.option as AnyRecord).yAxis.data).toEqual(['Uncategorised']);
    expect(model.table.rows[0]!.cells.at(-1)).toBe('30');
  });

  it('reports, for a click on a segment, the ids of the tasks the segment counts', () => {
    const parsed = parseDataset(sampleDataset());
    if (!parsed.ok) throw new Error('the sample dataset is invalid');
    const dataset: Dataset = parsed.dataset;
    const model = taskOverview.build(dataset);
    const option = model.option as AnyRecord;
    const rows = option.yAxis.data as string[];
    const series = option.series as AnyRecord[];
    const keys = Object.keys(model.selections);
    // Every drawn segment (a non-zero count) is clickable, and nothing else.
    const drawn = series.flatMap((s, si) =>
      (s.data as number[]).flatMap((n, di) => (n > 0 ? [`${si}:${di}`] : [])),
    );
    expect(keys.sort()).toEqual(drawn.sort());
    for (const key of keys) {
      const [si, di] = key.split(':').map(Number) as [number, number];
      const status = taskStatusOrder.find(
        (s) => statusLabel(defaultStatusVocabulary.task[s]) === series[si]!.name,
      );
      expect(status, series[si]!.name).toBeDefined();
      const category = rows[di]!;
      const expected = [...dataset.tasks]
        .filter((task) => category === '全部任务' || task.category === category)
        .filter((task) => latestStatus(task) === status)
        .sort((a, b) => a.seq - b.seq)
        .map((task) => task.id);
      expect(model.selections[key], key).toEqual({ kind: 'tasks', ids: expected });
      expect(expected).toHaveLength(series[si]!.data[di]);
    }
  });

  it('links each table row to every task it counts, and the static payload to the same selections', () => {
    const parsed = parseDataset(sampleDataset());
    if (!parsed.ok) throw new Error('the sample dataset is invalid');
    const model = taskOverview.build(parsed.dataset);
    const [total, ...categories] = model.table.rows;
    expect(total!.selection).toEqual({
      kind: 'tasks',
      ids: [...parsed.dataset.tasks].sort((a, b) => a.seq - b.seq).map((task) => task.id),
    });
    for (const row of categories) {
      const ids = row.selection?.kind === 'tasks' ? row.selection.ids : [];
      expect(ids.length, row.cells[0]).toBe(Number(row.cells.at(-1)));
      for (const id of ids)
        expect(parsed.dataset.tasks.find((task) => task.id === id)?.category).toBe(row.cells[0]);
    }
    const html = tableToHtml(model.table);
    const first = /<tr data-kind="tasks" data-ids="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(JSON.parse(first.replace(/&quot;/g, '"'))).toEqual(
      total!.selection?.kind === 'tasks' ? total!.selection.ids : undefined,
    );
    expect(renderStatic(taskOverview, parsed.dataset).payload.selections).toEqual(model.selections);
  });

  it('draws an explicit empty state', () => {
    const model = taskOverview.build({ schemaVersion: 1 });
    expect(model.state).toBe('empty');
    expect((model.option as AnyRecord).title.text).toBe('暂无任务数据');
  });
});
