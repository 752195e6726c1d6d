import { useSearch } from '@tanstack/react-router';
import { useData } from '../data/data.context.js';
import { resolveScope } from '../data/data.select.js';
import type { AppSearch } from './search.js';

/** The URL's search parameters with the jurisdiction and year resolved against the data. */
export function useScope() {
  const search = useSearch({ strict: false }) as AppSearch;
  const { dataset } = useData();
  const scope = resolveScope(dataset, search);
  return { search, dataset, lang: search.lang ?? 'zh', theme: search.theme ?? 'light', ...scope } as const;
}
