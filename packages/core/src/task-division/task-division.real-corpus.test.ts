import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTaskDivision } from './task-division.parse.js';
import { accountingProblems, readable } from './task-division.test-helpers.js';

// Real lists of other places and years (packages/fixtures/corpus/task-division, sources in its
// README), against rows typed by hand from the documents. A row is exact when its 序号, text, lead
// units and support units all are; the figures are printed for the README.

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/corpus/task-division');

interface ExpectedRow {
  seq: number;
  text: string;
  lead: string[];
  support: string[];
  responsibleLeader?: string;
  deadline?: string;
}
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Record<
  string,
  { rows: ExpectedRow[]; incomplete: number[] }
>;

const documents = Object.entries(expected).map(([file, want]) => {
  const text = readFileSync(join(corpus, file), 'utf8');
  const result = parseTaskDivision(text, { jurisdictionId: 'x', reportId: file.replace(/\.txt$/, '') });
  const got = readable(result);
  const exact = want.rows.filter((row) => {
    const task = got.find(([seq, taskText]) => seq === row.seq && taskText === row.text);
    return (
      task !== undefined && JSON.stringify([task[2], task[3]]) === JSON.stringify([row.lead, row.support])
    );
  }).length;
  return { file, text, result, got, want, exact };
});

describe('real task-division lists of other places and years', () => {
  it('reads the hand-checked rows exactly: ≥ 95 % of them', () => {
    const total = documents.reduce((n, d) => n + d.want.rows.length, 0);
    const exact = documents.reduce((n, d) => n + d.exact, 0);
    for (const d of documents) console.log(`${d.file}: ${d.exact}/${d.want.rows.length} rows exact`);
    console.log(`total: ${exact}/${total} rows exact (${((100 * exact) / total).toFixed(1)} %)`);
    expect(exact / total).toBeGreaterThanOrEqual(0.95);
  });

  it.each(documents)('$file: every row exact, every line accounted for', ({ text, result, got, want }) => {
    expect(accountingProblems(text, result)).toEqual([]);
    for (const row of want.rows) {
      expect(got.find(([seq]) => seq === row.seq)).toEqual([row.seq, row.text, row.lead, row.support]);
      const task = result.tasks.find((t) => t.seq === row.seq);
      expect(task?.responsibleLeader).toBe(row.responsibleLeader);
      expect(task?.deadline).toBe(row.deadline);
    }
    // Nothing invented: no task beyond the rows typed by hand (the copies end where they end).
    expect(result.tasks.map((t) => t.seq)).toEqual(want.rows.map((r) => r.seq));
  });

  it.each(documents.filter((d) => d.want.incomplete.length > 0))(
    '$file: the row the copy cuts off is reported as incomplete, not invented',
    ({ result, want }) => {
      const incomplete = result.diagnostics.filter((d) => d.code === 'incomplete-row');
      expect(incomplete.map((d) => d.message.en.match(/task (\d+)/)?.[1])).toEqual(
        want.incomplete.map(String),
      );
    },
  );
});
