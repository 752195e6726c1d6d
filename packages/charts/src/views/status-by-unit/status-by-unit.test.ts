import { describe, expect, it } from 'vitest';
import { parseDataset, type DatasetInput, type Task } from '@luoshi/core';
import { latestStatus } from '../common/view.tasks.js';
import { sampleDataset } from '../common/view.fixture.js';
import { statusByUnit } from './status-by-unit.option.js';

type AnyRecord = Record<string, any>;

function tasksOf(input: DatasetInput): Task[] {
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.dataset.tasks;
}

describe('status by unit', () => {
  it('stacks each lead unit’s tasks by their latest status, busiest unit first', () => {
    const data = sampleDataset();
    const model = statusByUnit.build(data, { animation: false });
    expect(model.state).toBe('ready');
    const option = model.option as AnyRecord;
    const units = option.yAxis.data as string[];
    // Count, independently of the view, what 区科工商信局 leads (it leads several rows of the real list).
    const unitId = data.units!.find((u) => u.name === '区科工商信局')!.id;
    const led = tasksOf(data).filter((task) => task.leadUnitIds.includes(unitId));
    const row = units.indexOf('区科工商信局');
    const totalDrawn = (option.series as AnyRecord[]).reduce((sum, s) => sum + (s.data[row] as number), 0);
    expect(totalDrawn).toBe(led.length);
    const completed = (option.series as AnyRecord[]).find((s) => s.name === '已完成')!;
    expect(completed.data[row]).toBe(led.filter((task) => latestStatus(task) === 'completed').length);
    expect(completed.itemStyle.color).toBe('#009E73');
    const lagging = (option.series as AnyRecord[]).find((s) => s.name === '滞后')!;
    expect(lagging.itemStyle.decal.rotation).toBeLessThan(0); // readable without colour
    // Sorted by total, descending.
    const totals = units.map((_, i) => (option.series as AnyRecord[]).reduce((sum, s) => sum + s.data[i], 0));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(model.table.rows[0]!.cells.at(-1)).toBe(String(totals[0]));
  });

  it('sorts by name or by a status', () => {
    const byName = statusByUnit.build(sampleDataset(), { sort: 'name' }).option as AnyRecord;
    const names = byName.yAxis.data as string[];
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    const byLag = statusByUnit.build(sampleDataset(), { sort: 'at-risk' }).option as AnyRecord;
    const lag = (byLag.series as AnyRecord[]).find((s) => s.name === '滞后')!.data as number[];
    expect([...lag].sort((a, b) => b - a)).toEqual(lag);
  });

  it('stays readable with 100+ units: scrolls, truncates labels, keeps full names in tooltips', () => {
    const data = sampleDataset();
    const long = '广州市海珠区人民政府新港街道办事处综合行政执法队第';
    data.units = Array.from({ length: 120 }, (_, i) => ({
      id: `u${i}`,
      jurisdictionId: 'haizhu',
      name: `${long}${i + 1}中队`,
    }));
    data.tasks = data.units.map((unit, i) => ({
      id: `t${i}`,
      reportId: 'hz-2025-tasks',
      seq: i + 1,
      text: `任务${i + 1}`,
      leadUnitIds: [unit.id],
      statusHistory: [{ status: 'on-track', asOf: '2025-06-30' }],
    }));
    const model = statusByUnit.build(data, { visibleRows: 25 });
    const option = model.option as AnyRecord;
    expect(option.yAxis.data).toHaveLength(120);
    expect(option.dataZoom[0]).toMatchObject({ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 24 });
    expect(option.yAxis.axisLabel).toMatchObject({ overflow: 'truncate', width: 120, interval: 0 });
    const first = (option.yAxis.data as string[]).indexOf(`${long}1中队`);
    expect(model.tooltips[`0:${first}`]).toMatch(new RegExp(`^${long}1中队\n序时推进：1项`));
    expect(model.selections[`0:${first}`]).toEqual({ kind: 'unit', id: 'u0' });
    expect(model.table.rows).toHaveLength(120);
  });

  it('keeps a malicious unit name as plain data, never in a template', () => {
    const data = sampleDataset();
    data.units![0]!.name = '<img src=x onerror=alert(1)>';
    const model = statusByUnit.build(data);
    const option = model.option as AnyRecord;
    expect(option.yAxis.data).toContain('<img src=x onerror=alert(1)>');
    expect(JSON.stringify(option)).not.toMatch(/formatter|rich/);
    expect(
      Object.values(model.tooltips).some((tip) => tip.startsWith('<img src=x onerror=alert(1)>\n')),
    ).toBe(true);
  });

  it('speaks English, and reports unknown reports and empty lists explicitly', () => {
    const en = statusByUnit.build(sampleDataset(), { locale: 'en', theme: 'dark' });
    expect((en.option as AnyRecord).legend.data).toContain('Completed');
    expect((en.option as AnyRecord).backgroundColor).toBe('#15171C');
    expect(en.description).toMatch(
      /^Task status by lead unit · 区政府2025年重点工作及责任分工 \(2025\): 30 tasks led by \d+ units:/,
    );
    const unknown = statusByUnit.build(sampleDataset(), { reportId: 'nope' });
    expect(unknown.state).toBe('error');
    expect(unknown.message).toContain('hz-2025-tasks');
    const empty = statusByUnit.build({ ...sampleDataset(), tasks: [] }, { locale: 'en' });
    expect(empty.state).toBe('empty');
    expect((empty.option as AnyRecord).title.text).toBe('No tasks to show');
  });
});
