import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haizhu2024Expected } from './haizhu-2024.expected.js';
import { haizhu2025Expected } from './haizhu-2025.expected.js';
import { parseTaskDivision } from './task-division.parse.js';
import { accountingProblems, readable, readSeed } from './task-division.test-helpers.js';
import { unitListScore } from './task-division.units.js';
import { foldWidth } from './task-division.width.js';

const options = { jurisdictionId: 'hz', reportId: 'r' };
const seed2024 = readSeed('haizhu-2024-task-division.txt').split('\n');
const seed2025 = readSeed('haizhu-2025-task-division.txt').split('\n');
const noneKnown = (): boolean => false;

/** Swaps ASCII and full-width forms (and space and ideographic space) at the chosen positions. */
function swapWidth(line: string, picks: readonly number[]): string {
  const chars = [...line];
  for (const pick of picks) {
    const i = pick % Math.max(1, chars.length);
    const code = chars[i]?.charCodeAt(0) ?? 0;
    if (code === 0x20) chars[i] = '\u3000';
    else if (code === 0x3000) chars[i] = ' ';
    else if (code > 0x20 && code < 0x7f) chars[i] = String.fromCharCode(code + 0xfee0);
    else if (code >= 0xff01 && code <= 0xff5e) chars[i] = String.fromCharCode(code - 0xfee0);
  }
  return chars.join('');
}

function folded(rows: [number, string, string[], string[]][]): [number, string, string[]][] {
  return rows.map(([seq, text, lead]) => [seq, foldWidth(text), lead]);
}

const expected2024 = haizhu2024Expected.map(([seq, text, lead]): [number, string, string[]] => [
  seq,
  foldWidth(text),
  [...lead],
]);
const expected2025 = haizhu2025Expected.map(([seq, text, lead]): [number, string, string[]] => [
  seq,
  foldWidth(text),
  [...lead],
]);

describe('task-division parser properties', () => {
  it('reads a task whatever the places its text is wrapped at', () => {
    const rows = haizhu2025Expected.filter(([, text]) => !text.includes(' '));
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.uniqueArray(fc.nat(400), { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        ([seq, text, lead], cuts, seqAlone, blankBetween) => {
          const at = [...new Set(cuts.map((c) => 1 + (c % (text.length - 1))))].sort((a, b) => a - b);
          const pieces = at.map((cut, i) => text.slice(at[i - 1] ?? 0, cut));
          pieces.push(text.slice(at[at.length - 1] ?? 0));
          // A piece that reads as a unit name cannot be told from one: the layout is then ambiguous.
          fc.pre(pieces.slice(1).every((piece) => unitListScore(piece, noneKnown) === 0));
          // So is a piece that is the next task's number alone on its line (超\n10\n个、…): the
          // parser takes it for task 10 and reports task 9 as having no lead unit.
          fc.pre(pieces.slice(1).every((piece) => !/^\d+$/.test(piece)));
          // A break between two Latin letters is read as a break between words (it gets its space back).
          fc.pre(at.every((cut) => !/[A-Za-z]{2}/.test(text.slice(cut - 1, cut + 1))));
          const lines = seqAlone ? [String(seq), ...pieces] : [`${seq} ${pieces[0]}`, ...pieces.slice(1)];
          const input = [...lines.flatMap((l) => (blankBetween ? [l, ''] : [l])), ...lead].join('\n');
          const result = parseTaskDivision(input, options);
          expect(accountingProblems(input, result)).toEqual([]);
          expect(readable(result)).toEqual([[seq, text, [...lead], []]]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same tasks after full-width/half-width swaps', () => {
    for (const [seed, expected] of [
      [seed2024, expected2024],
      [seed2025, expected2025],
    ] as const) {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(seed.length - 1), fc.array(fc.nat(), { maxLength: 8 }))),
          (swaps) => {
            const lines = [...seed];
            for (const [line, picks] of swaps) lines[line] = swapWidth(lines[line] ?? '', picks);
            const input = lines.join('\n');
            const result = parseTaskDivision(input, options);
            expect(accountingProblems(input, result)).toEqual([]);
            expect(folded(readable(result))).toEqual(expected);
          },
        ),
        { numRuns: 60 },
      );
    }
  });

  it('reads the same tasks with blank lines inserted anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(seed2024.length), fc.constantFrom('', '  ', '\t')), { maxLength: 40 }),
        (inserts) => {
          const lines = [...seed2024];
          for (const [at, blank] of [...inserts].sort((a, b) => b[0] - a[0])) lines.splice(at, 0, blank);
          const input = lines.join('\n');
          const result = parseTaskDivision(input, options);
          expect(accountingProblems(input, result)).toEqual([]);
          expect(folded(readable(result))).toEqual(expected2024);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never crashes nor drops a line without a diagnostic when lines are deleted', () => {
    for (const seed of [seed2024, seed2025]) {
      fc.assert(
        fc.property(fc.uniqueArray(fc.nat(seed.length - 1), { maxLength: 30 }), (deleted) => {
          const gone = new Set(deleted);
          const input = seed.filter((_, i) => !gone.has(i)).join('\n');
          const result = parseTaskDivision(input, options);
          expect(accountingProblems(input, result)).toEqual([]);
          const seqs = new Set(expected2024.map(([seq]) => seq));
          for (const task of result.tasks) expect(seqs.has(task.seq)).toBe(true);
          expect(result.tasks.length).toBeLessThanOrEqual(seed === seed2024 ? 110 : 90);
        }),
        { numRuns: 80 },
      );
    }
  });

  it('never crashes nor drops a line on arbitrary list-like text', () => {
    const piece = fc.constantFrom(
      '1',
      '2',
      '37',
      ' ',
      '\t',
      '|',
      '｜',
      '\n',
      '\n\n',
      '、',
      '，',
      '。',
      '（',
      '）',
      '(',
      ')',
      '牵头单位：',
      '配合单位:',
      '责任单位',
      '序号',
      '重点任务',
      '区住建局',
      '沙园街',
      '琶洲管委会',
      '建设',
      '公园',
      '一、',
      '（一）',
      '<tr>',
      '<td>',
      '</td>',
      '</tr>',
      '<br>',
      '---',
      '版权所有',
      '2025年',
      '19个',
      '１２',
      '\u3000',
      '\r\n',
      // The layouts of other places' lists: brackets, leaders and deadlines, notices, one cell per line.
      '[牵头单位:',
      ']',
      '；责任单位：',
      '责任领导：',
      '完成时限：',
      '6月底前',
      '由',
      '负责落实。',
      '关于印发分工方案的通知',
      '各街道办事处：',
      '2025年3月1日',
      ' |\n',
      '\t\n',
      '（十二）',
      '索 引 号：',
      '字体：[ ]',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const input = pieces.join('');
        const result = parseTaskDivision(input, options);
        expect(accountingProblems(input, result)).toEqual([]);
        for (const task of result.tasks) {
          expect(task.text.trim()).not.toBe('');
          expect(task.leadUnitIds.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
