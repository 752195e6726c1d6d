import nzhCn from 'nzh/cn';

/** A Chinese numeral run: digits, 十百千, and 万亿 inside it (`一万二千`); `点` for decimals (`三点五`). */
export const CHINESE_NUMERAL_SOURCE = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?';

/** A Chinese numeral must name a digit: `百千万工程` and `千万礼包` are names, not numbers. */
const HAS_DIGIT_WORD = /[一二两三四五六七八九十]/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const CACHE_LIMIT = 2048;
const decoded = new Map<string, string | undefined>();

/**
 * Decodes a Chinese numeral (`十一` → `'11'`, `两` → `'2'`, `三千` → `'3000'`, `三点五` → `'3.5'`) to a
 * decimal string, or undefined when it is not a number. nzh reads `两` as 0, hence the fold to `二`.
 */
export function decodeChineseNumeral(numeral: string): string | undefined {
  const cached = decoded.get(numeral);
  if (cached !== undefined || decoded.has(numeral)) return cached;
  let result: string | undefined;
  if (HAS_DIGIT_WORD.test(numeral)) {
    // Typed as a string, but nzh returns a number for plain integers.
    const text = String(nzhCn.decodeS(numeral.replace(/两/g, '二').replace(/〇/g, '零')) as unknown);
    result = DECIMAL.test(text) ? text : undefined;
  }
  // Documents repeat the same few numerals (两个, 十条): a small cache saves nzh's work.
  if (decoded.size >= CACHE_LIMIT) decoded.clear();
  decoded.set(numeral, result);
  return result;
}
