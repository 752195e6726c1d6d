import { decimalPlaces } from '@luoshi/core';

/**
 * The decimal places a figure was written with in its source. A JSON number cannot keep `4.0`
 * (增长4.0%左右), but the quoted words can: when the quote holds the figure, its written places win;
 * otherwise the number's own places.
 */
export function sourcePlaces(value: number, quote?: string): number {
  if (quote) {
    const text = quote.normalize('NFKC');
    for (const match of text.matchAll(/\d+(?:\.(\d+))?/g)) {
      if (Number(match[0]) === Math.abs(value)) return match[1]?.length ?? 0;
    }
  }
  return decimalPlaces(value);
}
