import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../common/view.fixture.js';
import { variance } from './variance.option.js';

type AnyRecord = Record<string, any>;

describe('variance', () => {
  it('with no selection picks the latest period whose targets have actuals, and draws each gap', () => {
    const model = variance.build(sampleDataset(), { animation: false });
    const option = model.option as AnyRecord;
    expect(option.title.text).toBe('越秀区 2024年 目标差距');
    expect(option.yAxis.data).toEqual([
      '地区生产总值增速',
      '地方一般公共预算收入增速',
      '社会消费品零售总额增速',
      '进出口总值增速',
    ]);
    const [gdp, revenue, retail] = option.series[0].data as AnyRecord[];
    expect(gdp!.value).toBe(-0.8); // 3.2% against 4.0%左右: pp, no float residue
    expect(gdp!.name).toBe('-0.8个百分点');
    expect(gdp!.label.position).toBe('left');
    expect(gdp!.itemStyle.color).toBe('#E69F00'); // near
    expect(revenue!.value).toBe(0);
    expect(revenue!.itemStyle.color).toBe('#009E73'); // met
    expect(retail!.name).toBe('待公布');
    expect(retail!.itemStyle.color).toBe('#8C8C8C');
    expect(option.series[0].markLine.data).toEqual([{ xAxis: 0 }]);
    expect(option.xAxis.min).toBe(-option.xAxis.max);
    expect(model.selections['0:0']).toEqual({ kind: 'target', id: 'yx-2024-gdp' });
  });

  it('plots levels as percent of their target', () => {
    const data = sampleDataset();
    // Hypothetical: 680亿元 of the 力争700亿元 fixed-asset investment target.
    data.observations!.push({
      id: 'h-fai',
      indicatorId: 'fai',
      jurisdictionId: 'haizhu',
      period: '2025',
      measure: 'level',
      value: 680,
      unit: '亿元',
    });
    const model = variance.build(data, {
      jurisdictionId: 'haizhu',
      period: '2025',
      indicatorIds: ['fai'],
      showPending: false,
    });
    const bar = (model.option as AnyRecord).series[0].data[0];
    expect(bar.value).toBe(-2.9);
    expect(bar.name).toBe('-2.9%（相对目标）');
    expect(model.table.rows[0]!.cells).toEqual([
      '固定资产投资',
      '700亿元',
      '680亿元',
      '-20亿元 (-2.9%)',
      '接近',
    ]);
  });

  it('speaks English, and shows an empty state when nothing can be drawn', () => {
    const en = variance.build(sampleDataset(), { locale: 'en' });
    expect((en.option as AnyRecord).series[0].data[0].name).toBe('-0.8 pp');
    expect(en.table.columns.map((c) => c.label)).toEqual(['Indicator', 'Target', 'Actual', 'Gap', 'Status']);
    const empty = variance.build(sampleDataset(), { jurisdictionId: 'haizhu', showPending: false });
    expect(empty.state).toBe('empty');
  });
});
