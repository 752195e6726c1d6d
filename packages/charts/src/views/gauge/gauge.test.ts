import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../common/view.fixture.js';
import { gauge } from './gauge.option.js';

type AnyRecord = Record<string, any>;

function withYearToDate() {
  const data = sampleDataset();
  // Hypothetical: 336亿元 of fixed-asset investment by 2025-Q2, against the 力争700亿元 target.
  data.observations!.push({
    id: 'h-fai-q2',
    indicatorId: 'fai',
    jurisdictionId: 'haizhu',
    period: '2025-Q2',
    measure: 'level',
    value: 336,
    unit: '亿元',
    cumulative: true,
  });
  return data;
}

describe('gauge', () => {
  it('sets the share done against the share of the year elapsed (时间过半、任务过半)', () => {
    const model = gauge.build(withYearToDate(), { animation: false });
    const option = model.option as AnyRecord;
    const fai = (option.series as AnyRecord[]).find((s) => s.name === '固定资产投资')!;
    expect(fai.data[0]).toMatchObject({ value: 48, name: '完成率' });
    expect(fai.data[1]).toMatchObject({ value: 50, name: '时间进度' });
    expect(fai.data[0].itemStyle.color).toBe('#D55E00'); // 2 pp behind pace
    expect(fai.progress).toMatchObject({ show: true, overlap: false });
    expect(model.description).toContain(
      '固定资产投资：力争 700亿元，完成率 48.0%，时间进度 50.0% (2025年第2季度)，-2个百分点',
    );
    expect(model.table.rows[0]!.cells).toEqual(['固定资产投资', '力争 700亿元', '48.0%', '50.0%']);
  });

  it('shows a pending ring without a number when there is no actual, and only levels and counts', () => {
    expect((gauge.build(sampleDataset()).option as AnyRecord).series.map((s: AnyRecord) => s.name)).toEqual([
      '固定资产投资',
    ]);
    const model = gauge.build(sampleDataset(), { indicatorIds: ['fai', 'employment'] });
    const option = model.option as AnyRecord;
    expect((option.series as AnyRecord[]).map((s) => s.name)).toEqual(['固定资产投资', '城镇新增就业']);
    const jobs = (option.series as AnyRecord[])[1]!;
    expect(jobs.data).toHaveLength(1);
    expect(jobs.data[0].detail.formatter).toBe('待公布');
    expect(jobs.data[0].itemStyle.color).toBe('#8C8C8C');
  });

  it('gives 完成率 for a whole-year actual', () => {
    const data = sampleDataset();
    // Hypothetical: 1.9万人 of new urban jobs in 2025 against 1.8万人.
    data.observations!.push({
      id: 'h-jobs',
      indicatorId: 'employment',
      jurisdictionId: 'haizhu',
      period: '2025',
      measure: 'level',
      value: 1.9,
      unit: '万人',
    });
    const model = gauge.build(data, { indicatorIds: ['employment'], locale: 'en' });
    const ring = (model.option as AnyRecord).series[0];
    expect(ring.data[0].value).toBe(105.6);
    expect(ring.max).toBe(110);
    expect(model.table.rows[0]!.cells).toEqual([
      'New urban jobs',
      'Target 18,000 people',
      '105.6%',
      '100.0%',
    ]);
  });

  it('is empty, explicitly, where only growth targets exist', () => {
    const model = gauge.build(sampleDataset(), { jurisdictionId: 'yuexiu' });
    expect(model.state).toBe('empty');
    expect((model.option as AnyRecord).title.text).toBe('暂无可计算完成率的总量目标');
  });
});
