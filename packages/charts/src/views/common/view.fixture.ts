/**
 * A small Dataset for the view tests, built from the real seed documents: the Haizhu 2023/2024 actuals
 * and 2025 targets (2025 plan report), the Yuexiu 2023 actuals and 2024 targets (2024 work report), and
 * the first rows of Haizhu's 2025 task-division list read from the file itself. Figures the documents do
 * not give — task statuses, categories and two actuals marked `hypothetical` — exist only so that every
 * status can be drawn and are named as such.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION, type DatasetInput, type TaskStatus } from '@luoshi/core';

const here = dirname(fileURLToPath(import.meta.url));

/** Reads a seed document: from packages/fixtures/sources when copied there, else from the shared seeds. */
export function readSeed(file: string): string {
  const copied = join(here, '../../../../fixtures/sources', file);
  return readFileSync(
    existsSync(copied) ? copied : join(here, '../../../../../../shared/seeds', file),
    'utf8',
  );
}

const statusCycle: TaskStatus[] = [
  'completed',
  'on-track',
  'at-risk',
  'ongoing',
  'not-started',
  'partly-completed',
  'on-track',
  'completed',
];

/** The rows of the tab-separated 2025 task-division list: seq, text and the lead units' names. */
export function haizhuTaskRows(limit = 30): { seq: number; text: string; units: string[] }[] {
  const rows: { seq: number; text: string; units: string[] }[] = [];
  for (const line of readSeed('haizhu-2025-task-division.txt').split(/\r?\n/)) {
    const match = /^(\d+)\t(.+)\t(.+)$/.exec(line.trim());
    if (!match) continue;
    rows.push({ seq: Number(match[1]), text: match[2]!, units: match[3]!.split(/\s+/).filter(Boolean) });
    if (rows.length === limit) break;
  }
  return rows;
}

/** A source reference to words of a seed document, at their real offset (the words must be there). */
function cite(file: string, reportId: string, quote: string) {
  const offset = readSeed(file).indexOf(quote);
  if (offset < 0) throw new Error(`fixture: "${quote}" is not in ${file}`);
  return { source: { reportId, quote, offset } };
}

function category(seq: number): string {
  if (seq <= 3) return '主要预期目标';
  if (seq <= 16) return '人工智能与数字经济';
  return '产业发展';
}

/** The sample dataset (input form; `parseDataset` fills defaults). */
export function sampleDataset(): DatasetInput {
  const rows = haizhuTaskRows();
  const unitNames = [...new Set(rows.flatMap((r) => r.units))];
  const unitId = (name: string) => `hz-u${unitNames.indexOf(name) + 1}`;
  const obs = (
    id: string,
    j: string,
    ind: string,
    period: string,
    measure: 'level' | 'growth',
    value: number,
    unit: string,
    extra = {},
  ) => ({
    id,
    indicatorId: ind,
    jurisdictionId: j,
    period,
    measure,
    value,
    unit,
    ...extra,
  });
  const hzPlan = 'haizhu-2025-plan-report.txt';
  const yx = 'yuexiu-2024-work-report.txt';
  return {
    schemaVersion: SCHEMA_VERSION,
    title: 'charts test sample',
    jurisdictions: [
      { id: 'gz', name: '广州市', nameEn: 'Guangzhou', level: 'city' },
      { id: 'haizhu', name: '海珠区', nameEn: 'Haizhu District', level: 'district', parentId: 'gz' },
      { id: 'yuexiu', name: '越秀区', nameEn: 'Yuexiu District', level: 'district', parentId: 'gz' },
    ],
    reports: [
      {
        id: 'hz-2025-plan',
        jurisdictionId: 'haizhu',
        kind: 'plan-report',
        title: '海珠区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        deliveredOn: '2025-03-05',
        reviewYear: 2024,
        planYear: 2025,
      },
      {
        id: 'hz-2025-tasks',
        jurisdictionId: 'haizhu',
        kind: 'task-division',
        title: '区政府2025年重点工作及责任分工',
        planYear: 2025,
      },
      {
        id: 'yx-2024-work',
        jurisdictionId: 'yuexiu',
        kind: 'work-report',
        title: '越秀区2024年政府工作报告',
        deliveredOn: '2024-02-04',
        reviewYear: 2023,
        planYear: 2024,
      },
    ],
    units: unitNames.map((name) => ({ id: unitId(name), jurisdictionId: 'haizhu', name })),
    indicators: [
      { id: 'gdp', name: '地区生产总值', nameEn: 'GDP', unit: '亿元', aliases: ['GDP'] },
      { id: 'fai', name: '固定资产投资', nameEn: 'Fixed-asset investment', unit: '亿元' },
      {
        id: 'revenue',
        name: '地方一般公共预算收入',
        nameEn: 'Local general public budget revenue',
        unit: '亿元',
      },
      { id: 'employment', name: '城镇新增就业', nameEn: 'New urban jobs', unit: '万人' },
      { id: 'retail', name: '社会消费品零售总额', nameEn: 'Retail sales of consumer goods', unit: '亿元' },
      { id: 'trade', name: '进出口总值', nameEn: 'Imports and exports', unit: '亿元' },
    ],
    targets: [
      {
        id: 'hz-2025-gdp',
        indicatorId: 'gdp',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'growth',
        comparator: 'eq',
        value: 5.5,
        unit: '%',
        ...cite(hzPlan, 'hz-2025-plan', '地区生产总值增长5.5%'),
      },
      {
        id: 'hz-2025-fai',
        indicatorId: 'fai',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'growth',
        comparator: 'gte',
        value: 10,
        unit: '%',
        ...cite(hzPlan, 'hz-2025-plan', '固定资产投资增长10%以上'),
      },
      {
        id: 'hz-2025-fai-level',
        indicatorId: 'fai',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'level',
        comparator: 'eq',
        value: 700,
        unit: '亿元',
        strength: 'aspirational',
        ...cite(hzPlan, 'hz-2025-plan', '力争完成700亿元'),
      },
      {
        id: 'hz-2025-revenue',
        indicatorId: 'revenue',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'growth',
        comparator: 'eq',
        value: 1.0,
        unit: '%',
        ...cite(hzPlan, 'hz-2025-plan', '地方一般公共预算收入增长1.0%'),
      },
      {
        id: 'hz-2025-employment',
        indicatorId: 'employment',
        jurisdictionId: 'haizhu',
        period: '2025',
        measure: 'level',
        comparator: 'eq',
        value: 1.8,
        unit: '万人',
        ...cite('haizhu-2025-task-division.txt', 'hz-2025-tasks', '城镇新增就业1.8万人'),
      },
      {
        id: 'yx-2024-gdp',
        indicatorId: 'gdp',
        jurisdictionId: 'yuexiu',
        period: '2024',
        measure: 'growth',
        comparator: 'approx',
        value: 4.0,
        unit: '%',
        ...cite(yx, 'yx-2024-work', '地区生产总值增长 4.0%左右'),
      },
      {
        id: 'yx-2024-revenue',
        indicatorId: 'revenue',
        jurisdictionId: 'yuexiu',
        period: '2024',
        measure: 'growth',
        comparator: 'eq',
        value: 4.3,
        unit: '%',
        basis: 'comparable',
        ...cite(yx, 'yx-2024-work', '地方一般公共预算收入可比增长 4.3%'),
      },
      {
        id: 'yx-2024-retail',
        indicatorId: 'retail',
        jurisdictionId: 'yuexiu',
        period: '2024',
        measure: 'growth',
        comparator: 'approx',
        value: 4.0,
        unit: '%',
        ...cite(yx, 'yx-2024-work', '社会消费品零售总额增长 4.0%左右'),
      },
      {
        id: 'yx-2024-trade',
        indicatorId: 'trade',
        jurisdictionId: 'yuexiu',
        period: '2024',
        measure: 'growth',
        comparator: 'eq',
        value: 1.5,
        unit: '%',
        ...cite(yx, 'yx-2024-work', '进出口总值增长 1.5%'),
      },
    ],
    observations: [
      obs('hz-2023-gdp', 'haizhu', 'gdp', '2023', 'level', 2720.16, '亿元'),
      obs('hz-2023-gdp-g', 'haizhu', 'gdp', '2023', 'growth', 8.6, '%'),
      obs('hz-2023-revenue', 'haizhu', 'revenue', '2023', 'level', 59.97, '亿元'),
      obs('hz-2023-revenue-g', 'haizhu', 'revenue', '2023', 'growth', 9.1, '%', { basis: 'comparable' }),
      obs('hz-2023-fai', 'haizhu', 'fai', '2023', 'level', 535.97, '亿元'),
      obs('hz-2023-fai-g', 'haizhu', 'fai', '2023', 'growth', 12.1, '%'),
      obs('hz-2024-gdp', 'haizhu', 'gdp', '2024', 'level', 3008.35, '亿元'),
      obs('hz-2024-gdp-g', 'haizhu', 'gdp', '2024', 'growth', 5.4, '%', { basis: 'comparable' }),
      obs('hz-2024-revenue', 'haizhu', 'revenue', '2024', 'level', 69.81, '亿元'),
      obs('hz-2024-revenue-g', 'haizhu', 'revenue', '2024', 'growth', 16.4, '%'),
      obs('hz-2024-fai', 'haizhu', 'fai', '2024', 'level', 630.04, '亿元'),
      obs('hz-2024-fai-g', 'haizhu', 'fai', '2024', 'growth', 17.6, '%'),
      obs('hz-2024-employment', 'haizhu', 'employment', '2024', 'level', 3.23, '万人'),
      obs('yx-2023-gdp', 'yuexiu', 'gdp', '2023', 'level', 3810.24, '亿元'),
      obs('yx-2023-gdp-g', 'yuexiu', 'gdp', '2023', 'growth', 4.5, '%'),
      obs('yx-2023-revenue-g', 'yuexiu', 'revenue', '2023', 'growth', 7.3, '%'),
      obs('yx-2023-retail-g', 'yuexiu', 'retail', '2023', 'growth', 8.7, '%'),
      obs('yx-2023-trade', 'yuexiu', 'trade', '2023', 'level', 540.8, '亿元'),
      obs('yx-2023-employment', 'yuexiu', 'employment', '2023', 'level', 2.7, '万人'),
      // Hypothetical: the seeds hold no 2024 actual for Yuexiu; these let evaluated statuses be drawn.
      obs('hypothetical-yx-2024-gdp-g', 'yuexiu', 'gdp', '2024', 'growth', 3.2, '%'),
      obs('hypothetical-yx-2024-revenue-g', 'yuexiu', 'revenue', '2024', 'growth', 4.3, '%', {
        basis: 'comparable',
      }),
    ],
    tasks: rows.map((row) => ({
      id: `hz-2025-t${row.seq}`,
      reportId: 'hz-2025-tasks',
      seq: row.seq,
      text: row.text,
      leadUnitIds: row.units.map(unitId),
      category: category(row.seq),
      statusHistory: [{ status: statusCycle[row.seq % statusCycle.length]!, asOf: '2025-Q2' }],
    })),
  };
}
