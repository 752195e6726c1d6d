import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportProse } from './report-prose.parse.js';
import { readSeed } from './report-prose.seed-files.js';
import type { ReportProseResult } from './report-prose.types.js';

const SOURCE = readSeed('haizhu-2025-plan-report.txt');
// The headline paragraphs: the 2024 review's first section and the 2025 targets sentence.
const REVIEW = SOURCE.slice(SOURCE.indexOf('  主要经济指标名列前茅'), SOURCE.indexOf('  投资效益高质增长'));
const INVEST = SOURCE.slice(SOURCE.indexOf('  投资效益高质增长'), SOURCE.indexOf('  争取上级资金'));
const TARGETS = SOURCE.slice(SOURCE.indexOf('  根据以上思路'), SOURCE.indexOf('  (一)着力扩大有效需求'));
const DOC = `一、2024年国民经济和社会发展计划执行情况\n\n${REVIEW}\n${INVEST}\n二、2025年经济社会发展计划安排建议\n\n${TARGETS}`;

const headline = (r: ReportProseResult) => ({
  actuals: r.observations.map((o) => `${o.indicatorId}/${o.period}/${o.measure}/${o.value}`).sort(),
  targets: r.targets
    .map((t) => `${t.indicatorId}/${t.period}/${t.measure}/${t.comparator}/${t.value}`)
    .sort(),
});
const parse = (text: string) =>
  parseReportProse(text, { reportId: 'r', jurisdictionId: 'j', kind: 'plan-report' });
const baseline = headline(parse(DOC));

/** Re-wraps a line at `width` characters, with a blank line after the breaks `blanks` picks. */
function rewrap(line: string, width: number, blanks: boolean[]): string {
  let out = '';
  for (let i = 0, k = 0; i < line.length; i += width, k++) {
    out += line.slice(i, i + width);
    if (i + width < line.length) out += blanks[k % blanks.length] ? '\n\n' : '\n';
  }
  return out;
}

/** Breaks a line at arbitrary positions. */
function cut(line: string, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % line.length))].sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const p of points) {
    out += `${line.slice(last, p)}\n`;
    last = p;
  }
  return out + line.slice(last);
}

describe('parseReportProse under re-wrapping', () => {
  it('the fixture holds the headline figures', () => {
    expect(baseline.actuals).toContain('gdp/2024/level/3008.35');
    expect(baseline.targets).toContain('gdp/2025/growth/eq/5.5');
    expect(baseline.actuals.length).toBeGreaterThanOrEqual(9);
  });

  it('re-wrapping at any width, with blank lines, never loses a headline figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 120 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        (width, blanks) => {
          const text = DOC.split('\n')
            .map((line) =>
              line.length > width && !/^[一二]、/.test(line) ? rewrap(line, width, blanks) : line,
            )
            .join('\n');
          const result = parse(text);
          expect(headline(result)).toEqual(baseline);
          for (const r of [...result.targets, ...result.observations]) {
            const s = r.source;
            expect(s && text.slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('line breaks at arbitrary places never crash, and every quote stays exact', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        const text = DOC.split('\n')
          .map((line) => (line.length > 60 ? cut(line, cuts) : line))
          .join('\n');
        const result = parse(text);
        for (const r of [...result.targets, ...result.observations]) {
          const s = r.source;
          expect(s && text.slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
        }
        for (const line of result.ignoredLines)
          expect(text.split('\n')[line.line - 1]?.trim()).toBe(line.text);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary text, including deleted lines and swapped widths, never crashes', () => {
    const lines = DOC.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: lines.length, maxLength: lines.length }),
        fc.string(),
        (keep, noise) => {
          const text =
            lines
              .filter((_, i) => keep[i])
              .join('\n')
              .replace(/[0-9%,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) + noise;
          const result = parse(text);
          expect(Array.isArray(result.observations)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
