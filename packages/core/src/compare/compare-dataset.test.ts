import { describe, expect, it } from 'vitest';
import { Dataset, SCHEMA_VERSION } from '../dataset/dataset.schema.js';
import { compareDataset } from './compare-dataset.js';
import { figureIn, makeObservation, makeTarget, readSeed } from './compare.test-support.js';

const plan = readSeed('haizhu-2025-plan-report.txt');
const division = readSeed('haizhu-2025-task-division.txt');

const dataset = Dataset.parse({
  schemaVersion: SCHEMA_VERSION,
  jurisdictions: [{ id: 'haizhu', name: '海珠区', level: 'district' }],
  indicators: [
    { id: 'gdp', name: '地区生产总值', nameEn: 'GDP', unit: '亿元' },
    { id: 'jobs', name: '城镇新增就业', unit: '万人' },
  ],
  targets: [
    makeTarget({ id: 'gdp-2024', period: '2024', value: 5.5, basis: 'comparable' }),
    makeTarget({ id: 'gdp-2025', value: figureIn(plan, /主要预期目标是[:：]地区生产总值增长(\d+\.\d+)%/) }),
    makeTarget({
      id: 'jobs-2025',
      indicatorId: 'jobs',
      measure: 'count',
      unit: '万人',
      value: figureIn(division, /力争城镇新增就业(\d+\.\d+)万人/),
      strength: 'aspirational',
    }),
  ],
  observations: [
    makeObservation({ id: 'gdp-2024-nominal', period: '2024', value: 10.6, basis: 'nominal' }),
    makeObservation({ id: 'gdp-2024-est', period: '2024', value: 5.3, basis: 'comparable', estimate: true }),
    makeObservation({
      id: 'gdp-2024',
      period: '2024',
      value: figureIn(plan, /同比\(下同\)增长(\d+\.\d+)%/),
      basis: 'comparable',
    }),
    makeObservation({
      id: 'jobs-2024',
      indicatorId: 'jobs',
      period: '2024',
      measure: 'count',
      unit: '万人',
      value: figureIn(plan, /城镇新增就业(\d+\.\d+)万人/),
    }),
  ],
});

describe('compareDataset', () => {
  it('pairs every target with its actual, preferring the same basis and a final figure', () => {
    const rows = compareDataset(dataset);
    expect(rows.map((r) => [r.target.id, r.observation?.id, r.evaluation.status])).toEqual([
      ['gdp-2024', 'gdp-2024', 'near'],
      ['gdp-2025', undefined, 'pending'],
      ['jobs-2025', undefined, 'pending'],
    ]);
    expect(rows[0]?.indicator?.nameEn).toBe('GDP');
    expect(rows[0]?.jurisdiction?.name).toBe('海珠区');
  });

  it('adds ambition against the latest earlier actual', () => {
    const rows = compareDataset(dataset, { period: '2025' });
    const jobs = rows.find((r) => r.target.id === 'jobs-2025');
    expect(jobs?.previousActual?.id).toBe('jobs-2024');
    expect(jobs?.ambition?.flag).toBe('below-last-actual');
    expect(jobs?.evaluation.aspirational).toBe(true);
    expect(rows.find((r) => r.target.id === 'gdp-2025')?.ambition?.flag).toBe('above-last-actual');
  });

  it('filters by jurisdiction and period, and passes tolerances on', () => {
    expect(compareDataset(dataset, { jurisdictionId: 'yuexiu' })).toEqual([]);
    expect(compareDataset(dataset, { period: '2024' })).toHaveLength(1);
    const loose = compareDataset(dataset, { period: '2024', tolerances: { eqTolerance: { points: 0.1 } } });
    expect(loose[0]?.evaluation.status).toBe('met');
  });
});

describe('compareDataset: one row per promise', () => {
  it('lists a target a task list restates under the report that states it', () => {
    const report = makeTarget({
      id: 'plan',
      source: { reportId: 'plan-2025', quote: '地区生产总值增长5.5%', offset: 10 },
    });
    const restated = makeTarget({
      id: 'task',
      source: { reportId: 'tasks-2025', quote: '地区生产总值增长5.5%。', offset: 3 },
    });
    const other = makeTarget({ id: 'other', value: 6 });
    const dataset = {
      schemaVersion: SCHEMA_VERSION,
      jurisdictions: [],
      reports: [
        {
          id: 'tasks-2025',
          jurisdictionId: report.jurisdictionId,
          kind: 'task-division' as const,
          title: '分工',
        },
        {
          id: 'plan-2025',
          jurisdictionId: report.jurisdictionId,
          kind: 'plan-report' as const,
          title: '计划报告',
        },
      ],
      units: [],
      indicators: [],
      targets: [restated, other, report],
      observations: [],
      tasks: [],
    };
    const rows = compareDataset(dataset);
    expect(rows.map((r) => [r.target.id, r.restatements.map((t) => t.id)])).toEqual([
      ['plan', ['task']],
      ['other', []],
    ]);
    expect(compareDataset(dataset, { collapseRestatements: false }).map((r) => r.target.id)).toEqual([
      'task',
      'other',
      'plan',
    ]);
  });
});
