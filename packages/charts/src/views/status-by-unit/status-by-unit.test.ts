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

  it('stays readable with 100+ units: draws what fits with a note, cuts names distinctly, keeps full names in tooltips', () => {
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
    const model = statusByUnit.build(data, { width: 640, height: 400 });
    const option = model.option as AnyRecord;
    // No slider (a server SVG cannot scroll): the rows that fit, and a note saying how many are left out.
    expect(option.dataZoom).toBeUndefined();
    const shown = option.yAxis.data as string[];
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(120);
    expect(option.graphic[0].style.text).toBe(`显示前 ${shown.length} 项，共 120 项 · 完整数据见数据表`);
    expect(new Set(shown).size).toBe(shown.length); // cut names stay distinct
    const first = Object.keys(model.selections).find((k) => model.selections[k]?.id === 'u0')!;
    expect(shown[Number(first.split(':')[1])]).toMatch(/…1中队$/);
    expect(model.tooltips[first]).toMatch(new RegExp(`^${long}1中队\n序时推进：1项`));
    expect(model.table.rows).toHaveLength(120);
  });

  it('keeps a malicious unit name as plain data, never in a template', () => {
    const data = sampleDataset();
    data.units![0]!.name = '<img src=x onerror=alert(1)>';
    const model = statusByUnit.build(data);
    const option = model.option as AnyRecord;
    expect(model.table.rows.map((r) => r.cells[0])).toContain('<img src=x onerror=alert(1)>');
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
