import { formatPeriod as formatPeriodIn, type Locale } from '@luoshi/core';

/** A period for readers: `2025年` / `2025`, `2025年第3季度` / `2025 Q3`, `2025年9月` / `Sep 2025` (core's wording). */
export function formatPeriod(period: string, locale: Locale = 'zh-CN'): string {
  return formatPeriodIn(period, locale === 'en' ? 'en' : 'zh');
}
