import type { Locale, Localized } from '@luoshi/core';

/** The words the views draw, in both languages. */
export const labels = {
  target: { zh: '目标', en: 'Target' },
  actual: { zh: '实际', en: 'Actual' },
  indicator: { zh: '指标', en: 'Indicator' },
  jurisdiction: { zh: '地区', en: 'Jurisdiction' },
  period: { zh: '时期', en: 'Period' },
  status: { zh: '状态', en: 'Status' },
  gap: { zh: '差距', en: 'Gap' },
  achievement: { zh: '完成率', en: 'Achievement' },
  elapsed: { zh: '时间进度', en: 'Time elapsed' },
  rank: { zh: '排名', en: 'Rank' },
  unit: { zh: '牵头单位', en: 'Lead unit' },
  category: { zh: '类别', en: 'Category' },
  total: { zh: '合计', en: 'Total' },
  tasks: { zh: '任务数', en: 'Tasks' },
  uncategorised: { zh: '未分类', en: 'Uncategorised' },
  pending: { zh: '待公布', en: 'Pending' },
  noTarget: { zh: '无目标', en: 'No target' },
  estimate: { zh: '预计', en: 'estimate' },
  invalid: { zh: '数据无效', en: 'Invalid data' },
} as const satisfies Record<string, Localized>;

/** Picks a label for a locale. */
export function t(text: Localized, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A name in the locale: the English name when there is one and English is asked for. */
export function nameIn(
  record: { name: string; nameEn?: string | undefined },
  locale: Locale = 'zh-CN',
): string {
  return locale === 'en' && record.nameEn ? record.nameEn : record.name;
}
