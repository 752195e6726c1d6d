import { SCHEMA_VERSION, type DatasetInput } from '../dataset.schema.js';

/**
 * A small Dataset with the seeds' Haizhu figures, written by hand for the schema tests: 2024 actuals
 * from the 2025 plan report and 2025 targets, one task with a lead and a support unit.
 */
export function sampleDataset(): DatasetInput {
  return {
    schemaVersion: SCHEMA_VERSION,
    jurisdictions: [
      { id: 'guangzhou', name: '广州市', nameEn: 'Guangzhou', level: 'city' },
      { id: 'haizhu', name: '海珠区', nameEn: 'Haizhu District', level: 'district', parentId: 'guangzhou' },
    ],
    reports: [
      {
        id: 'haizhu-2025-plan',
        jurisdictionId: 'haizhu',
        kind: 'plan-report',
        title: '关于海珠区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        deliveredOn: '2025-03-05',
        reviewYear: 2024,
        planYear: 2025,
        issuer: '海珠区发展和改革局',
      },
      {
        id: 'haizhu-2025-tasks',
        jurisdictionId: 'haizhu',
        kind: 'task-division',
        title: '区政府2025年重点工作及责任分工',
        planYear: 2025,
      },
    ],
    units: [
      { id: 'haizhu-u-fgj', jurisdictionId: 'haizhu', name: '区发展改革局' },
      { id: 'haizhu-u-zsj', jurisdictionId: 'haizhu', name: '区政务和数据局', aliases: ['区政务数据局'] },
    ],
    indicators: [
      {
        id: 'gdp',
        name: '地区生产总值',
        nameEn: 'GDP',
        unit: '亿元',
        direction: 'increase',
        aliases: ['GDP', '经济增长'],
      },
      { id: 'new-urban-jobs', name: '城镇新增就业', nameEn: 'New urban jobs', unit: '万人' },
    ],
    targets: [
      {
        id: 'haizhu-2025-gdp-growth',
        indicatorId: 'gdp',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'growth',
        comparator: 'eq',
        value: 5.5,
        unit: '%',
        basis: 'comparable',
        source: { reportId: 'haizhu-2025-plan', quote: '地区生产总值增长5.5%', offset: 100 },
      },
      {
        id: 'haizhu-2025-jobs',
        indicatorId: 'new-urban-jobs',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'level',
        comparator: 'eq',
        value: 1.8,
        unit: '万人',
      },
    ],
    observations: [
      {
        id: 'haizhu-2024-gdp-growth',
        indicatorId: 'gdp',
        jurisdictionId: 'haizhu',
        period: '2024',
        measure: 'growth',
        value: 5.4,
        unit: '%',
        basis: 'comparable',
      },
      {
        id: 'haizhu-2024-gdp',
        indicatorId: 'gdp',
        jurisdictionId: 'haizhu',
        period: '2024',
        measure: 'level',
        value: 3008.35,
        unit: '亿元',
      },
    ],
    tasks: [
      {
        id: 'haizhu-2025-tasks-t1',
        reportId: 'haizhu-2025-tasks',
        seq: 1,
        text: '城镇新增就业1.8万人',
        leadUnitIds: ['haizhu-u-fgj'],
        supportUnitIds: ['haizhu-u-zsj'],
        targetIds: ['haizhu-2025-jobs'],
        statusHistory: [{ status: 'on-track', asOf: '2025-Q2' }],
      },
    ],
  };
}
