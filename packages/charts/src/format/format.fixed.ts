/**
 * What `Intl.NumberFormat` writes for `en` and `zh-CN` with a fixed number of decimals, written
 * without creating one. The first `Intl.NumberFormat` of a browser tab costs 10–20 ms (V8 lists every
 * locale ICU knows before it picks one): a tenth of a chart's first draw. The characters are Intl's,
 * which `format.fixed.test.ts` checks against Intl itself over thousands of numbers: the shortest
 * decimal that reads back as the number (what Intl rounds, so 1.005 is 1.01), rounded half away from
 * zero; `,` between groups of three, from four integer digits in English and from five in Chinese
 * (`useGrouping: 'min2'`); `-` on negative numbers (−0 too), and with `signed`, `+` on positive ones
 * and no sign on a zero (`signDisplay: 'exceptZero'`). A number JavaScript writes with an exponent
 * (below 1e-6, from 1e21) returns `undefined`: Intl formats those.
 */
export function formatFixed(
  value: number,
  locale: 'en' | 'zh-CN',
  places: number,
  signed: boolean,
): string | undefined {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  let digits = whole + fraction.slice(0, places).padEnd(places, '0');
  if (fraction.length > places && fraction[places]! >= '5') digits = plusOne(digits);
  const integer = digits.slice(0, digits.length - places);
  const decimals = digits.slice(digits.length - places);
  const negative = value < 0 || Object.is(value, -0);
  const zero = !/[1-9]/.test(digits);
  const sign = signed ? (zero ? '' : negative ? '-' : '+') : negative ? '-' : '';
  const grouped =
    integer.length >= (locale === 'en' ? 4 : 5) ? integer.replace(/\B(?=(\d{3})+$)/g, ',') : integer;
  return sign + grouped + (places > 0 ? `.${decimals}` : '');
}

/** Adds one to a string of decimal digits (`'0999'` → `'1000'`, `'99'` → `'100'`). */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}
