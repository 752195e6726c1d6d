import { describe, expect, it } from 'vitest';
import { Dataset, SCHEMA_VERSION } from '../dataset/dataset.schema.js';
import { ambition } from './ambition.js';
import { figureIn, makeObservation, makeTarget, readSeed } from './compare.test-support.js';
import { findObservation, findPreviousActual } from './match.js';

const plan = readSeed('haizhu-2025-plan-report.txt');
const division = readSeed('haizhu-2025-task-division.txt');
const jobs2024 = figureIn(plan, /城镇新增就业(\d+\.\d+)万人/);
const jobsTarget = figureIn(division, /力争城镇新增就业(\d+\.\d+)万人/);
const revenue2024 = figureIn(plan, /一般公共预算收入69\.81亿元、增长(\d+\.\d+)%/);
const revenueTarget = figureIn(plan, /地方一般公共预算收入增长(\d+\.\d+)%/);

const jobs = { indicatorId: 'jobs', measure: 'count', unit: '万人' } as const;

describe('ambition', () => {
  it('flags 2025 城镇新增就业 1.8万人 as set below 2024’s 3.23万人', () => {
    const target = makeTarget({ ...jobs, value: jobsTarget, strength: 'aspirational' });
    const result = ambition(target, makeObservation({ ...jobs, period: '2024', value: jobs2024 }));
    expect(result).toMatchObject({
      flag: 'below-last-actual',
      lessDemanding: true,
      difference: -1.43,
      relative: -44.3,
      previousValue: 3.23,
    });
    expect(result.explanation.zh).toBe(
      '2025年力争目标1.8万人，低于2024年实际3.23万人（低1.43万人，44.3%）：目标要求低于上期已实现水平',
    );
    expect(result.explanation.en).toContain('1.43 万人, 44.3% below 2024');
  });

  it('compares a growth target with the previous growth in percentage points', () => {
    const gdp = ambition(makeTarget({ value: 5.5 }), makeObservation({ period: '2024', value: 5.4 }));
    expect(gdp).toMatchObject({ flag: 'above-last-actual', lessDemanding: false, difference: 0.1 });
    expect(gdp.relative).toBeUndefined();
    expect(gdp.explanation.zh).toContain('高0.1个百分点');

    const revenue = ambition(
      makeTarget({ indicatorId: 'revenue', value: revenueTarget }),
      makeObservation({ indicatorId: 'revenue', period: '2024', value: revenue2024 }),
    );
    expect(revenue).toMatchObject({ flag: 'below-last-actual', lessDemanding: true, difference: -15.4 });
  });

  it('reads direction: a lower target is more demanding for a decrease indicator', () => {
    const result = ambition(makeTarget({ value: 3 }), makeObservation({ period: '2024', value: 3.2 }), {
      indicator: { direction: 'decrease' },
    });
    expect(result).toMatchObject({ flag: 'below-last-actual', lessDemanding: false });
    const looser = ambition(makeTarget({ value: 3.5 }), makeObservation({ period: '2024', value: 3.2 }), {
      indicator: { direction: 'decrease' },
    });
    expect(looser.lessDemanding).toBe(true);
  });

  it('says when the target equals the last actual', () => {
    expect(ambition(makeTarget({ value: 5.4 }), makeObservation({ period: '2024', value: 5.4 })).flag).toBe(
      'at-last-actual',
    );
  });

  it.each([
    ['a later actual', makeObservation({ period: '2026' })],
    ['an actual of the same year', makeObservation({ period: '2025-Q2', cumulative: true })],
    ['another basis', makeObservation({ period: '2024', basis: 'nominal' })],
    ['another measure', makeObservation({ period: '2024', measure: 'level', unit: '亿元' })],
  ])('refuses %s', (_, previous) => {
    const result = ambition(makeTarget({ basis: 'comparable' }), previous);
    expect(result.flag).toBe('not-comparable');
    expect(result.lessDemanding).toBe(false);
    expect(result.difference).toBeUndefined();
  });
});

describe('finding actuals in a dataset', () => {
  const target = makeTarget({ basis: 'comparable' });
  const dataset = Dataset.parse({
    schemaVersion: SCHEMA_VERSION,
    observations: [
      makeObservation({ id: 'y2023', period: '2023', value: 8.6, basis: 'comparable' }),
      makeObservation({ id: 'y2024-nominal', period: '2024', value: 10.6, basis: 'nominal' }),
      makeObservation({ id: 'y2024-estimate', period: '2024', value: 5.3, estimate: true }),
      makeObservation({ id: 'y2024', period: '2024', value: 5.4, basis: 'comparable' }),
      makeObservation({ id: 'q2024', period: '2024-Q4', value: 5.4, cumulative: true }),
      makeObservation({ id: 'y2025-nominal', period: '2025', value: 7, basis: 'nominal' }),
      makeObservation({ id: 'y2025-estimate', period: '2025', value: 5.6, estimate: true }),
      makeObservation({ id: 'other-place', period: '2024', jurisdictionId: 'yuexiu' }),
    ],
  });

  it('finds the latest earlier actual of the same length, basis and measure', () => {
    expect(findPreviousActual(dataset, target)?.id).toBe('y2024');
  });

  it('prefers a final figure over an estimate for the same period', () => {
    const onlyEstimates = { observations: dataset.observations.filter((o) => o.id !== 'y2024') };
    expect(findPreviousActual(onlyEstimates, target)?.id).toBe('y2024-estimate');
  });

  it('finds nothing before the first actual', () => {
    expect(findPreviousActual(dataset, makeTarget({ period: '2023' }))).toBeUndefined();
  });

  it('matches the actual of the period: same basis first, then an unstated one, final before estimate', () => {
    expect(findObservation(dataset, target)?.id).toBe('y2025-estimate');
    expect(findObservation(dataset, makeTarget({ basis: 'nominal' }))?.id).toBe('y2025-nominal');
    expect(findObservation(dataset, makeTarget({ period: '2026' }))).toBeUndefined();
  });
});
