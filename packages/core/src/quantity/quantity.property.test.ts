import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../text/text.normalize.js';
import { parseQuantity } from './quantity.parse.js';
import type { Quantity } from './quantity.types.js';

/** Full-width forms of ASCII, as a document typed on a Chinese keyboard would have them. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const meaning = (q: Quantity | undefined) =>
  q && {
    value: q.value,
    max: q.max,
    absolute: q.absolute,
    unit: q.unit,
    comparator: q.comparator,
    change: q.change,
    qualifiers: q.qualifiers,
    delta: q.delta,
  };

const figure = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? String(int) : `${int}.${frac}`));
const prefix = fc.constantFrom(
  '',
  '增长',
  '下降',
  '超',
  '约',
  '不少于',
  '力争',
  '预计增长',
  '提升',
  '近',
  '逾',
);
const unit = fc.constantFrom(
  '%',
  '亿元',
  '万元',
  '万人',
  '个',
  '家',
  '场',
  '万平方米',
  'P',
  '亿人次',
  '个百分点',
  '公里',
  '吨',
  '万千瓦',
);
const suffix = fc.constantFrom('', '以上', '左右', '以内', '以下');
const space = fc.constantFrom(' ', '  ', '\n', '\n\n', ' \n ', '\u3000');

describe('parseQuantity properties', () => {
  it('reads full-width and half-width forms alike', () => {
    fc.assert(
      fc.property(prefix, figure, unit, suffix, (p, f, u, s) => {
        const half = `${p}${f}${u}${s}`;
        const full = `${p}${toFullWidth(f)}${toFullWidth(u)}${s}`;
        expect(meaning(parseQuantity(full))).toEqual(meaning(parseQuantity(half)));
        expect(toHalfWidth(parseQuantity(full)?.text ?? '')).toBe(parseQuantity(half)?.text);
      }),
    );
  });

  it('ignores spaces and line breaks between a figure, its words and its unit', () => {
    fc.assert(
      fc.property(prefix, figure, unit, suffix, space, space, (p, f, u, s, s1, s2) => {
        const tight = parseQuantity(`${p}${f}${u}${s}`);
        const loose = `${p}${s1}${f}${s2}${u}${s}`;
        expect(meaning(parseQuantity(loose))).toEqual(meaning(tight));
        expect(tight?.value).toBe(Number(f));
      }),
    );
  });

  it('scales exactly: absolute is the written decimal times the scale, with no residue', () => {
    const scales = fc.constantFrom(
      ['', 0],
      ['万', 4],
      ['亿', 8],
      ['千万', 7],
      ['万亿', 12],
      ['百万', 6],
    ) as fc.Arbitrary<[string, number]>;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999999 }),
        fc.stringMatching(/^\d{0,6}$/),
        scales,
        fc.constantFrom('元', '人', '套', '平方米'),
        (int, frac, [word, power], base) => {
          const written = frac === '' ? String(int) : `${int}.${frac}`;
          const q = parseQuantity(`${written}${word}${base}`);
          // The expected figure, written as a decimal literal: `1.07万` is `107e2`.
          const expected = Number(`${int}${frac}e${power - frac.length}`);
          expect(q?.absolute).toBe(expected);
          expect(q?.scale).toEqual({ word, factor: 10 ** power });
          expect(q?.unit).toBe(word + base);
          expect(q?.baseUnit).toBe(base);
        },
      ),
    );
  });

  it('reads a range as min and max in either dash', () => {
    fc.assert(
      fc.property(figure, figure, fc.constantFrom('—', '-', '～', '至'), unit, (a, b, dash, u) => {
        fc.pre(Number(a) <= Number(b));
        const q = parseQuantity(`${a}${u}${dash}${b}${u}`);
        expect(q).toMatchObject({ value: Number(a), max: Number(b), comparator: 'range', unit: u });
      }),
    );
  });
});
