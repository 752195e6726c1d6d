import { formatFigure } from '../compare/format.js';
import type { Target } from './target.schema.js';

const SYMBOL: Partial<Record<Target['comparator'], string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<' };

/**
 * A target as a reader writes it: `增长≥10%`, `增长4.0%左右`, `力争700亿元`, `增长5%—6%` in Chinese;
 * `growth ≥10%`, `growth ≈4.0%`, `700 亿元 (striving)`, `growth 5%–6%` in English.
 */
export function formatTarget(
  target: Pick<Target, 'comparator' | 'value' | 'max' | 'unit' | 'measure' | 'strength' | 'decimals'>,
  locale: 'zh' | 'en' = 'zh',
): string {
  const figure = (v: number, unit = target.unit) => formatFigure(v, unit, locale, target.decimals);
  let body: string;
  if (target.comparator === 'range' && target.max !== undefined) {
    body =
      locale === 'zh'
        ? `${figure(target.value, target.unit === '%' ? '%' : '')}—${figure(target.max)}`
        : `${figure(target.value)}–${figure(target.max)}`;
  } else if (target.comparator === 'approx')
    body = locale === 'zh' ? `${figure(target.value)}左右` : `≈${figure(target.value)}`;
  else body = `${SYMBOL[target.comparator] ?? ''}${figure(target.value)}`;
  if (target.measure === 'growth') body = locale === 'zh' ? `增长${body}` : `growth ${body}`;
  if (target.strength === 'aspirational') body = locale === 'zh' ? `力争${body}` : `${body} (striving)`;
  return body;
}
