// Variants of the Guangzhou dataset for the states designers must see: actuals that meet, exceed or
// miss, many units, long Chinese labels and strings that try to become HTML.
import type { Dataset, Observation, TaskStatus } from '@luoshi/core';
import { guangzhouDataset } from '@luoshi/fixtures';

export const EVIL = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;"\'';

/** Guangzhou with a 2025 GDP growth actual of `value` (the target is 5.5%, 2024's actual 5.4%). */
export function withGdp2025(value: number, dataset: Dataset = guangzhouDataset()): Dataset {
  const observation: Observation = {
    id: 'story/actual/gdp/2025/growth',
    indicatorId: 'gdp',
    jurisdictionId: 'haizhu',
    period: '2025',
    measure: 'growth',
    value,
    unit: '%',
    basis: 'unspecified',
    cumulative: false,
    estimate: false,
  };
  return { ...dataset, observations: [...dataset.observations, observation] };
}

/** Guangzhou's tasks spread over `count` units (海珠区第N街道办事处), some recorded as done or behind. */
export function withManyUnits(count: number, dataset: Dataset = guangzhouDataset()): Dataset {
  const units = Array.from({ length: count }, (_, i) => ({
    id: `many-u-${i + 1}`,
    jurisdictionId: 'haizhu',
    name: `海珠区第${i + 1}街道办事处`,
    aliases: [],
  }));
  const statuses: TaskStatus[] = ['completed', 'on-track', 'at-risk', 'completed', 'not-started'];
  return {
    ...dataset,
    units: [...dataset.units, ...units],
    tasks: dataset.tasks.map((t, i) => ({
      ...t,
      leadUnitIds: [units[i % count]!.id],
      statusHistory: i % 2 ? [{ status: statuses[i % statuses.length]!, asOf: '2025-06-30' }] : [],
    })),
  };
}

/** Guangzhou with very long Chinese unit names, task texts and indicator names. */
export function withLongLabels(dataset: Dataset = guangzhouDataset()): Dataset {
  const long = '广州市海珠区人民政府琶洲人工智能与数字经济试验区管理委员会（区数字经济发展服务中心）';
  return {
    ...dataset,
    units: dataset.units.map((u) => ({ ...u, name: `${u.name}${long}` })),
    tasks: dataset.tasks.map((t) => ({
      ...t,
      text: `${t.text}，并统筹推进${long}相关配套工作任务的落实与评估`,
    })),
    indicators: dataset.indicators.map((i) => ({ ...i, name: `${i.name}（按可比价格计算的${long}口径）` })),
  };
}

/** Guangzhou with every name and text replaced by strings that would be markup if not escaped. */
export function withMaliciousStrings(dataset: Dataset = guangzhouDataset()): Dataset {
  return {
    ...dataset,
    units: dataset.units.map((u) => ({ ...u, name: `${EVIL}${u.name}` })),
    tasks: dataset.tasks.map((t) => ({ ...t, text: `${EVIL}${t.text}` })),
    indicators: dataset.indicators.map((i) => ({
      ...i,
      name: `${EVIL}${i.name}`,
      nameEn: `${EVIL}${i.nameEn ?? i.name}`,
    })),
    reports: dataset.reports.map((r) => ({ ...r, title: `${EVIL}${r.title}` })),
    statusSuggestions: dataset.statusSuggestions?.map((s) => ({
      ...s,
      evidence: s.evidence.map((e) => ({ ...e, quote: `${EVIL}${e.quote}` })),
    })),
  };
}

/** A dataset with nothing in it but its jurisdiction. */
export function emptyDataset(dataset: Dataset = guangzhouDataset()): Dataset {
  return {
    ...dataset,
    tasks: [],
    targets: [],
    observations: [],
    units: [],
    taskLinks: [],
    evidence: [],
    statusSuggestions: [],
  };
}
