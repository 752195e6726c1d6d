import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../common/view.fixture.js';
import { jurisdictionComparison } from './jurisdiction-comparison.option.js';

type AnyRecord = Record<string, any>;

describe('jurisdiction comparison', () => {
  it('with no selection compares what most districts report, latest first: GDP growth 2024', () => {
    const model = jurisdictionComparison.build(sampleDataset(), { animation: false });
    const option = model.option as AnyRecord;
    expect(option.title.text).toBe('地区生产总值增速 · 2024年 各地区对比');
    // Haizhu's 5.4% ranks above Yuexiu's 3.2%.
    expect(option.yAxis.data).toEqual(['第1 海珠区', '第2 越秀区']);
    const [target, actual] = option.series as AnyRecord[];
    expect(actual!.data[0].value).toEqual([5.4, 0]);
    expect(actual!.data[1].value).toEqual([3.2, 1]);
    expect(target!.data[0]).toBeNull(); // Haizhu's 2024 target is not in the sample
    expect(target!.data[1]).toEqual({ value: [4, 1], name: '目标 4.0%左右' });
    // The dumbbell bar joins Yuexiu's target and actual.
    expect(target!.markLine.data).toEqual([[{ coord: [4, 1] }, { coord: [3.2, 1] }]]);
    expect(actual!.data[1].itemStyle.color).toBe('#E69F00'); // near
    expect(model.table.rows.map((r) => r.cells)).toEqual([
      ['第1', '海珠区', '—', '5.4%', '无目标'],
      ['第2', '越秀区', '4.0%左右', '3.2%', '接近'],
    ]);
    expect(model.selections['1:0']).toEqual({ kind: 'jurisdiction', id: 'haizhu' });
  });

  it('compares the children of a parent, by indicator and period, and ranks a decrease indicator low-first', () => {
    const data = sampleDataset();
    data.jurisdictions!.push({
      id: 'tianhe',
      name: '天河区',
      nameEn: 'Tianhe District',
      level: 'district',
      parentId: 'gz',
    });
    data.indicators!.push({
      id: 'energy',
      name: '单位GDP能耗',
      nameEn: 'Energy per unit of GDP',
      unit: '%',
      direction: 'decrease',
    });
    for (const [j, v] of [
      ['haizhu', -2.1],
      ['yuexiu', -3.4],
      ['tianhe', -2.1],
    ] as const) {
      data.observations!.push({
        id: `e-${j}`,
        indicatorId: 'energy',
        jurisdictionId: j,
        period: '2024',
        measure: 'growth',
        value: v,
        unit: '%',
      });
    }
    const model = jurisdictionComparison.build(data, {
      jurisdictionId: 'gz',
      indicatorIds: ['energy'],
      period: '2024',
      locale: 'en',
    });
    expect((model.option as AnyRecord).yAxis.data).toEqual([
      '#1 Yuexiu District',
      '#2 Haizhu District',
      '#2 Tianhe District',
    ]);
    expect(model.description).toMatch(
      /^Energy per unit of GDP growth · 2024 by jurisdiction: #1 Yuexiu District: No target, Actual -3.4%/,
    );
  });

  it('reports empty and unknown selections explicitly', () => {
    expect(jurisdictionComparison.build({ schemaVersion: 1 }).state).toBe('empty');
    const bad = jurisdictionComparison.build(sampleDataset(), { indicatorIds: ['nope'] });
    expect(bad.state).toBe('error');
    expect(bad.message).toContain('nope');
  });
});
