/** A message in both languages luoshi speaks. zh-CN is the default everywhere it is shown. */
export interface Localized {
  zh: string;
  en: string;
}

/** The languages luoshi renders. */
export type Locale = 'zh-CN' | 'en';

/** Picks the text for a locale (zh-CN unless `en` is asked for). */
export function pick(text: Localized, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? text.en : text.zh;
}
