import { describe, expect, it } from 'vitest';
import { Dataset, SCHEMA_VERSION } from '../dataset/dataset.schema.js';
import { figureIn, makeObservation, makeTarget, readSeed } from './compare.test-support.js';
import { compareWithParent, rankJurisdictions } from './jurisdictions.js';

const haizhu = readSeed('haizhu-2024-work-report.txt');
const yuexiu = readSeed('yuexiu-2024-work-report.txt');
const gdp = {
  haizhu: {
    level: figureIn(haizhu, /地区生产总值(\d+\.\d+)亿元/),
    growth: figureIn(haizhu, /2720\.16亿元、同比增长(\d+\.\d+)%/),
  },
  yuexiu: {
    level: figureIn(yuexiu, /地区生产总值(\d+\.\d+)亿元/),
    growth: figureIn(yuexiu, /3810\.24亿元，增长(\d+\.\d+)%/),
  },
};
const yuexiuTarget = figureIn(yuexiu, /地区生产总值增长\s*(\d+\.\d+)%左右/);

const dataset = Dataset.parse({
  schemaVersion: SCHEMA_VERSION,
  jurisdictions: [
    { id: 'guangzhou', name: '广州市', nameEn: 'Guangzhou', level: 'city' },
    { id: 'haizhu', name: '海珠区', nameEn: 'Haizhu', level: 'district', parentId: 'guangzhou' },
    { id: 'yuexiu', name: '越秀区', nameEn: 'Yuexiu', level: 'district', parentId: 'guangzhou' },
    { id: 'liwan', name: '荔湾区', level: 'district', parentId: 'guangzhou' },
  ],
  indicators: [
    { id: 'gdp', name: '地区生产总值', nameEn: 'GDP', unit: '亿元' },
    { id: 'pm25', name: 'PM2.5浓度', unit: '微克/立方米', direction: 'decrease' },
  ],
  observations: [
    makeObservation({ id: 'hz-g', jurisdictionId: 'haizhu', period: '2023', value: gdp.haizhu.growth }),
    makeObservation({ id: 'yx-g', jurisdictionId: 'yuexiu', period: '2023', value: gdp.yuexiu.growth }),
    makeObservation({ id: 'yx-g-est', jurisdictionId: 'yuexiu', period: '2023', value: 4.2, estimate: true }),
    makeObservation({
      id: 'lw-g-nominal',
      jurisdictionId: 'liwan',
      period: '2023',
      value: 3,
      basis: 'nominal',
    }),
    makeObservation({
      id: 'hz-l',
      jurisdictionId: 'haizhu',
      period: '2023',
      measure: 'level',
      unit: '亿元',
      value: gdp.haizhu.level,
    }),
    makeObservation({
      id: 'yx-l',
      jurisdictionId: 'yuexiu',
      period: '2023',
      measure: 'level',
      unit: '万元',
      value: gdp.yuexiu.level * 10000,
    }),
    makeObservation({
      id: 'lw-l',
      jurisdictionId: 'liwan',
      period: '2023',
      measure: 'level',
      unit: '个',
      value: 1,
    }),
    // Illustrative pollution figures (not from the seeds) to show a decrease indicator ranks ascending.
    makeObservation({
      id: 'hz-p',
      indicatorId: 'pm25',
      jurisdictionId: 'haizhu',
      period: '2023',
      measure: 'level',
      unit: '微克/立方米',
      value: 22,
    }),
    makeObservation({
      id: 'yx-p',
      indicatorId: 'pm25',
      jurisdictionId: 'yuexiu',
      period: '2023',
      measure: 'level',
      unit: '微克/立方米',
      value: 24,
    }),
    makeObservation({
      id: 'lw-p',
      indicatorId: 'pm25',
      jurisdictionId: 'liwan',
      period: '2023',
      measure: 'level',
      unit: '微克/立方米',
      value: 22,
    }),
  ],
  targets: [
    makeTarget({
      id: 'yx-2024',
      jurisdictionId: 'yuexiu',
      period: '2024',
      comparator: 'approx',
      value: yuexiuTarget,
    }),
    // An illustrative city target (not from the seeds).
    makeTarget({
      id: 'gz-2024',
      jurisdictionId: 'guangzhou',
      period: '2024',
      comparator: 'approx',
      value: 5,
    }),
    makeTarget({
      id: 'gz-2024-level',
      jurisdictionId: 'guangzhou',
      period: '2024',
      measure: 'level',
      unit: '亿元',
      value: 32000,
    }),
    makeTarget({
      id: 'yx-2024-level',
      jurisdictionId: 'yuexiu',
      period: '2024',
      measure: 'level',
      unit: '亿元',
      value: 3960,
    }),
    makeTarget({ id: 'hz-2024', jurisdictionId: 'haizhu', period: '2024', measure: 'share', value: 10 }),
  ],
});

describe('rankJurisdictions', () => {
  it('ranks 2023 GDP growth, one final figure per district, never across price bases', () => {
    const ranking = rankJurisdictions(dataset, 'gdp', '2023', 'growth');
    expect(ranking.basis).toBe('comparable');
    expect(ranking.rows.map((r) => [r.rank, r.jurisdictionId, r.observation.id])).toEqual([
      [1, 'haizhu', 'hz-g'],
      [2, 'yuexiu', 'yx-g'],
    ]);
    expect(ranking.rows[0]?.jurisdiction?.name).toBe('海珠区');
    expect(ranking.excluded.map((e) => e.observation.id)).toEqual(['lw-g-nominal']);
  });

  it('ranks levels in the indicator unit, converting scales and leaving out what does not convert', () => {
    const ranking = rankJurisdictions(dataset, 'gdp', '2023', 'level');
    expect(ranking.unit).toBe('亿元');
    expect(ranking.rows.map((r) => [r.jurisdictionId, r.value])).toEqual([
      ['yuexiu', gdp.yuexiu.level],
      ['haizhu', gdp.haizhu.level],
    ]);
    expect(ranking.excluded[0]?.reason.en).toContain('does not convert');
  });

  it('ranks a decrease indicator smallest first, with shared ranks for ties', () => {
    const ranking = rankJurisdictions(dataset, 'pm25', '2023', 'level');
    expect(ranking.rows.map((r) => [r.rank, r.jurisdictionId])).toEqual([
      [1, 'haizhu'],
      [1, 'liwan'],
      [3, 'yuexiu'],
    ]);
  });

  it('can rank only the children of a jurisdiction', () => {
    expect(rankJurisdictions(dataset, 'gdp', '2023', 'growth', { parentId: 'nowhere' }).rows).toEqual([]);
    expect(rankJurisdictions(dataset, 'gdp', '2023', 'growth', { parentId: 'guangzhou' }).rows).toHaveLength(
      2,
    );
  });
});

describe('compareWithParent', () => {
  const target = (id: string) => {
    const found = dataset.targets.find((t) => t.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('sets a district growth target beside the city’s in percentage points', () => {
    const result = compareWithParent(dataset, target('yx-2024'));
    expect(result).toMatchObject({ status: 'compared', differencePoints: -1 });
    expect(result.parentTarget?.id).toBe('gz-2024');
    expect(result.explanation.zh).toBe('越秀区目标（4%左右），较广州市目标（5%左右）低1个百分点');
  });

  it('gives a level target as a share of the parent’s', () => {
    const result = compareWithParent(dataset, target('yx-2024-level'));
    expect(result.shareOfParent).toBe(12.4);
    expect(result.differencePoints).toBeUndefined();
  });

  it('says when there is no parent, or no parent target', () => {
    expect(compareWithParent(dataset, target('gz-2024')).status).toBe('no-parent');
    expect(compareWithParent(dataset, target('hz-2024')).status).toBe('no-parent-target');
  });
});
