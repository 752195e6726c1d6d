import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../common/view.fixture.js';
import { bullet } from './bullet.option.js';

type AnyRecord = Record<string, any>;

const series = (option: AnyRecord): AnyRecord[] => option.series as AnyRecord[];
const byName = (option: AnyRecord, name: string) => {
  const found = series(option).find((s) => s.name === name);
  if (!found)
    throw new Error(
      `no series "${name}" in ${series(option)
        .map((s) => s.name)
        .join(', ')}`,
    );
  return found;
};

describe('bullet', () => {
  it('with no selection shows the headline targets of the latest period: Haizhu 2025, all pending', () => {
    const model = bullet.build(sampleDataset(), { animation: false });
    expect(model.state).toBe('ready');
    expect(model.table.rows.map((r) => r.cells[0])).toEqual([
      '地区生产总值增速',
      '固定资产投资增速',
      '固定资产投资',
      '地方一般公共预算收入增速',
    ]);
    const option = model.option as AnyRecord;
    const gdpTarget = byName(option, '地区生产总值增速 · 目标');
    expect(gdpTarget.data[0].value).toEqual([5.5, 0]);
    expect(gdpTarget.data[0].name).toBe('目标 5.5%');
    expect(byName(option, '固定资产投资增速 · 目标').data[0].name).toBe('目标 ≥10%');
    expect(byName(option, '固定资产投资 · 目标').data[0].name).toBe('力争 700亿元');
    // No actual yet: no bar, and a labelled pending mark instead.
    expect(byName(option, '地区生产总值增速 · 实际').data).toEqual([null]);
    expect(byName(option, '地区生产总值增速 · 待公布').data[0].name).toBe('待公布');
    expect(model.table.rows[0]!.cells).toEqual(['地区生产总值增速', '5.5%', '—', '待公布', '—']);
    expect(option.title.text).toBe('海珠区 2025年 目标与实际');
  });

  it('draws the actual as a bar coloured by its status, and an approx target as its band', () => {
    const model = bullet.build(sampleDataset(), {
      jurisdictionId: 'yuexiu',
      period: '2024',
      animation: false,
    });
    const option = model.option as AnyRecord;
    const gdpActual = byName(option, '地区生产总值增速 · 实际');
    expect(gdpActual.data[0].value).toBe(3.2);
    // 3.2 is 0.3 pp under the 4.0%左右 band (3.5–4.5): near, drawn in the near colour with its decal.
    expect(gdpActual.data[0].itemStyle.color).toBe('#E69F00');
    expect(gdpActual.data[0].itemStyle.decal).not.toBe('none');
    const gdpTarget = byName(option, '地区生产总值增速 · 目标');
    expect(gdpTarget.data[0].name).toBe('目标 4.0%左右');
    expect(gdpTarget.markArea.data[0]).toEqual([{ xAxis: 3.5 }, { xAxis: 4.5 }]);
    const bands = gdpActual.markArea.data.map((pair: AnyRecord[]) => [pair[0]!.xAxis, pair[1]!.xAxis]);
    expect(bands).toContainEqual([3, 3.5]); // near strip under the band
    expect(bands.at(-1)[0]).toBe(3.5); // good from the band's lower edge up
    const revenue = byName(option, '地方一般公共预算收入增速 · 实际');
    expect(revenue.data[0].value).toBe(4.3);
    expect(revenue.data[0].itemStyle.color).toBe('#009E73'); // met
    expect(model.table.rows.find((r) => r.cells[0] === '地区生产总值增速')!.cells).toEqual([
      '地区生产总值增速',
      '4.0%左右',
      '3.2%',
      '接近',
      '-0.8个百分点',
    ]);
  });

  it('keeps targets read from task texts one indicatorIds away, and shows a target read twice once', () => {
    const data = sampleDataset();
    const jobs = bullet.build(data, { indicatorIds: ['employment'] });
    expect(jobs.table.rows.map((r) => r.cells[0])).toEqual(['城镇新增就业']);
    // The same 增长5.5% read again from the task list: drawn once, from the plan report.
    data.targets!.push({
      ...data.targets![0]!,
      id: 'again',
      source: { reportId: 'hz-2025-tasks', quote: '地区生产总值增长5.5%', offset: 0 },
    });
    const rows = bullet.build(data).table.rows;
    expect(rows.filter((r) => r.cells[0] === '地区生产总值增速').map((r) => r.selection?.id)).toEqual([
      'hz-2025-gdp',
    ]);
  });

  it('gives each row its own value axis: a rate and a level never share a scale', () => {
    const option = bullet.build(sampleDataset(), { animation: false }).option as AnyRecord;
    const axes = option.xAxis as AnyRecord[];
    const rate = axes[0]!;
    const level = axes[2]!;
    expect(rate.name).toBe('%');
    expect(level.name).toBe('亿元');
    expect(rate.max).toBeLessThan(20);
    expect(level.max).toBeGreaterThanOrEqual(700);
    expect((option.grid as unknown[]).length).toBe(4);
  });

  it('draws a range as a range and a decrease indicator with its good side below', () => {
    const data = sampleDataset();
    data.indicators!.push({
      id: 'energy',
      name: '单位GDP能耗',
      nameEn: 'Energy per unit of GDP',
      unit: '%',
      direction: 'decrease',
    });
    data.targets!.push(
      {
        id: 'r',
        indicatorId: 'retail',
        jurisdictionId: 'haizhu',
        period: '2026',
        measure: 'growth',
        comparator: 'range',
        value: 5,
        max: 6,
        unit: '%',
      },
      {
        id: 'e',
        indicatorId: 'energy',
        jurisdictionId: 'haizhu',
        period: '2026',
        measure: 'growth',
        comparator: 'lte',
        value: -3,
        unit: '%',
      },
    );
    const option = bullet.build(data, { animation: false }).option as AnyRecord;
    const range = byName(option, '社会消费品零售总额增速 · 目标');
    expect(range.data.map((d: AnyRecord) => d.value[0])).toEqual([5, 6]);
    expect(range.data[0].name).toBe('目标 5%—6%');
    expect(range.markArea.data[0]).toEqual([{ xAxis: 5 }, { xAxis: 6 }]);
    const energyBands = byName(option, '单位GDP能耗增速 · 实际').markArea.data.map((p: AnyRecord[]) => ({
      from: p[0]!.xAxis,
      to: p[1]!.xAxis,
      color: p[0]!.itemStyle.color,
    }));
    const good = energyBands.find((b: AnyRecord) => b.color === '#F3F4F6');
    expect(good.to).toBe(-3); // at most −3%: good is everything below the ceiling
  });

  it('speaks English and draws the dark theme from the same tokens', () => {
    const model = bullet.build(sampleDataset(), {
      jurisdictionId: 'yuexiu',
      locale: 'en',
      theme: 'dark',
      animation: false,
    });
    const option = model.option as AnyRecord;
    expect(byName(option, 'GDP growth · Target').data[0].name).toBe('Target ≈4.0%');
    expect(byName(option, 'GDP growth · Target').itemStyle.color).toBe('#FFFFFF');
    expect(byName(option, 'GDP growth · Actual').data[0].itemStyle.color).toBe('#F2B53A');
    expect(option.backgroundColor).toBe('#15171C');
    expect(model.description).toContain('GDP growth: Target ≈4.0%, Actual 3.2%, Near (-0.8 pp)');
    expect(model.table.columns.map((c) => c.label)).toEqual([
      'Indicator',
      'Target',
      'Actual',
      'Status',
      'Gap',
    ]);
  });

  it('lays out vertically with the category axis along x', () => {
    const option = bullet.build(sampleDataset(), { orientation: 'vertical', animation: false })
      .option as AnyRecord;
    expect((option.xAxis as AnyRecord[])[0]!.type).toBe('category');
    expect(byName(option, '地区生产总值增速 · 目标').data[0].value).toEqual([0, 5.5]);
  });

  it('sets aria, animation, tooltips and selections, and stays JSON', () => {
    const model = bullet.build(sampleDataset(), { jurisdictionId: 'yuexiu', animation: false });
    const option = model.option as AnyRecord;
    expect(option.aria).toEqual({ enabled: true, label: { enabled: true, description: model.description } });
    expect(option.animation).toBe(false);
    expect(bullet.build(sampleDataset()).option.animation).toBe(true);
    expect(model.description).toContain('地区生产总值增速：目标 4.0%左右，实际 3.2%，接近（-0.8个百分点）');
    const actualIndex = series(option).findIndex((s) => s.name === '地区生产总值增速 · 实际');
    expect(model.selections[`${actualIndex}:0`]).toEqual({ kind: 'target', id: 'yx-2024-gdp' });
    expect(model.tooltips[`${actualIndex}:0`]).toContain('实际 3.2%');
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('shows explicit empty and error states', () => {
    const empty = bullet.build({ schemaVersion: 1 });
    expect(empty.state).toBe('empty');
    expect((empty.option as AnyRecord).title.text).toBe('暂无目标数据');
    const invalid = bullet.build({ schemaVersion: 1, targets: [{ id: 1 }] }, { locale: 'en' });
    expect(invalid.state).toBe('error');
    expect(invalid.message).toMatch(/^Invalid data \(\d+ problems\): targets\[0\]/);
    expect((invalid.option as AnyRecord).title.text).toBe(invalid.message);
    const unknown = bullet.build(sampleDataset(), { jurisdictionId: 'tianhe' });
    expect(unknown.state).toBe('error');
    expect(unknown.message).toContain('tianhe');
    expect(bullet.build(null).state).toBe('error');
  });

  it('checks only the collections it reads: broken tasks do not stop it, a task list that is not a list does', () => {
    const dataset = sampleDataset() as unknown as AnyRecord;
    const withBrokenTasks = { ...dataset, tasks: [{ id: 7, leadUnitIds: ['nobody'] }], units: [null] };
    const model = bullet.build(withBrokenTasks, { animation: false });
    expect(model.state).toBe('ready');
    expect(model.table.rows).toEqual(bullet.build(dataset, { animation: false }).table.rows);
    const notAList = bullet.build({ ...dataset, tasks: 'no' }, { locale: 'en' });
    expect(notAList.state).toBe('error');
    expect(notAList.message).toMatch(/tasks: expected a list/);
    const brokenTarget = bullet.build(
      { ...dataset, targets: [...dataset.targets, { ...dataset.targets[0], id: 'x', indicatorId: 'nope' }] },
      { locale: 'en' },
    );
    expect(brokenTarget.state).toBe('error');
    expect(brokenTarget.message).toMatch(/targets\[\d+\]\.indicatorId: unknown indicator "nope"/);
  });
});
