import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../common/view.fixture.js';
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

  it('draws an explicit empty state', () => {
    const model = taskOverview.build({ schemaVersion: 1 });
    expect(model.state).toBe('empty');
    expect((model.option as AnyRecord).title.text).toBe('暂无任务数据');
  });
});
