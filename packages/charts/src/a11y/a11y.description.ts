import type { Locale } from '@luoshi/core';

/**
 * Joins the sentences of a description in the locale's punctuation, keeping it short enough to be
 * read aloud: after `max` items the rest is summarised (`…等12项` / `and 12 more`).
 */
export function describeList(items: readonly string[], locale: Locale = 'zh-CN', max = 12): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (locale === 'en') {
    return shown.join('; ') + (rest > 0 ? `; and ${rest} more` : '');
  }
  return shown.join('；') + (rest > 0 ? `；等另外${rest}项` : '');
}

/** A description: a headline, then the items (`标题。项目一；项目二。` / `Headline. Item one; item two.`). */
export function describe(
  headline: string,
  items: readonly string[],
  locale: Locale = 'zh-CN',
  max = 12,
): string {
  const stop = locale === 'en' ? '.' : '。';
  if (items.length === 0) return headline + stop;
  return `${headline}${locale === 'en' ? ': ' : '：'}${describeList(items, locale, max)}${stop}`;
}
