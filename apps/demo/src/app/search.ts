// What is on screen lives in the URL (jurisdiction, year, filters, selection, language, theme), so a
// shared link, a reload and a test all reach the same screen. Every route reads these.
import type { Lang } from './i18n.js';

/** The dashboard's URL search parameters; absent ones take the defaults. */
export interface AppSearch {
  /** Jurisdiction id (`haizhu`). */
  j?: string;
  /** Year (`2024`). */
  y?: string;
  lang?: Lang;
  theme?: 'light' | 'dark';
  /** Tasks: lead unit id. */
  unit?: string;
  /** Tasks: status. */
  status?: string;
  /** Tasks: category. */
  cat?: string;
  /** Tasks: free-text search. */
  q?: string;
  /** Tasks: only tasks with a quantitative target. */
  quant?: '1';
  /** Tasks: only tasks carried over from the year before. */
  carried?: '1';
  /** Compare: the indicator selected. */
  ind?: string;
}

const str = (v: unknown) =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;

/** Reads the search parameters from the URL, dropping what is not understood. */
export function validateSearch(raw: Record<string, unknown>): AppSearch {
  const out: AppSearch = {};
  for (const key of ['j', 'y', 'unit', 'status', 'cat', 'q', 'ind'] as const) {
    const v = str(raw[key]);
    if (v !== undefined) out[key] = v;
  }
  if (raw['lang'] === 'en' || raw['lang'] === 'zh') out.lang = raw['lang'];
  if (raw['theme'] === 'dark' || raw['theme'] === 'light') out.theme = raw['theme'];
  if (str(raw['quant']) === '1') out.quant = '1';
  if (str(raw['carried']) === '1') out.carried = '1';
  return out;
}
