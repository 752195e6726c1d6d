import type { Locale } from '@luoshi/core';
import { periodParts } from '@luoshi/core';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period for readers: `2025年` / `2025`, `2025年第3季度` / `2025 Q3`, `2025年9月` / `Sep 2025`. */
export function formatPeriod(period: string, locale: Locale = 'zh-CN'): string {
  const parts = periodParts(period);
  if (parts.grain === 'year') return locale === 'en' ? String(parts.year) : `${parts.year}年`;
  if (parts.grain === 'quarter') {
    return locale === 'en' ? `${parts.year} Q${parts.index}` : `${parts.year}年第${parts.index}季度`;
  }
  return locale === 'en'
    ? `${MONTHS_EN[(parts.index ?? 1) - 1]} ${parts.year}`
    : `${parts.year}年${parts.index}月`;
}
