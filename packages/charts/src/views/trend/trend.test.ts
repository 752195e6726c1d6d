import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../common/view.fixture.js';
import { trend } from './trend.option.js';

type AnyRecord = Record<string, any>;

describe('trend with target', () => {
  it('draws Haizhu GDP growth over the years with next year’s target pending', () => {
    const model = trend.build(sampleDataset(), {
      jurisdictionId: 'haizhu',
      indicatorIds: ['gdp'],
      measure: 'growth',
      animation: false,
    });
    const option = model.option as AnyRecord;
    expect(option.xAxis.data).toEqual(['2023年', '2024年', '2025年']);
    const [actual, target] = option.series as AnyRecord[];
    expect(actual!.data.map((d: AnyRecord | null) => d?.value ?? null)).toEqual([8.6, 5.4, null]);
    expect(target!.data[0]).toBeNull();
    expect(target!.data[2]).toMatchObject({ value: 5.5, name: '目标 5.5%（待公布）', symbol: 'emptyRect' });
    expect(model.table.rows.map((r) => r.cells)).toEqual([
      ['2023年', '—', '8.6%', '无目标'],
      ['2024年', '—', '5.4%', '无目标'],
      ['2025年', '5.5%', '—', '待公布'],
    ]);
    expect(model.selections['1:2']).toEqual({ kind: 'target', id: 'hz-2025-gdp' });
  });

  it('draws a 左右 target as a band at its year, coloured by status', () => {
    const model = trend.build(sampleDataset(), {
      jurisdictionId: 'yuexiu',
      indicatorIds: ['gdp'],
      measure: 'growth',
      locale: 'en',
    });
    const option = model.option as AnyRecord;
    expect(option.xAxis.data).toEqual(['2023', '2024']);
    const target = (option.series as AnyRecord[])[1]!;
    expect(target.markLine.data).toEqual([[{ coord: [1, 3.5] }, { coord: [1, 4.5] }]]);
    expect(target.data[1]).toMatchObject({ value: 4, name: 'Target ≈4.0%' });
    expect(target.data[1].itemStyle.color).toBe('#E69F00'); // near
    expect(model.description).toContain('2024, ≈4.0%, 3.2%, Near');
  });

  it('with no selection picks the longest series that has a target, and reports bad ids', () => {
    const model = trend.build(sampleDataset());
    expect(model.state).toBe('ready');
    expect((model.option as AnyRecord).xAxis.data.length).toBeGreaterThanOrEqual(2);
    expect(trend.build(sampleDataset(), { indicatorIds: ['x'] }).state).toBe('error');
    expect(trend.build({ schemaVersion: 1 }).state).toBe('empty');
  });
});
