import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTaskDivisionCorpus } from './task-division.corpus.js';
import { detectTaskDivision } from './task-division.detect.js';
import { parseTaskDivision } from './task-division.parse.js';
import { readSeed } from './task-division.test-helpers.js';

describe('detectTaskDivision', () => {
  it.each(['haizhu-2024-task-division.txt', 'haizhu-2025-task-division.txt'])(
    'scores %s as a task-division list',
    (file) => {
      expect(detectTaskDivision(readSeed(file))).toBeGreaterThan(0.8);
    },
  );

  it.each(['haizhu-2025-plan-report.txt', 'haizhu-2024-work-report.txt', 'yuexiu-2024-work-report.txt'])(
    'scores the prose report %s low',
    (file) => {
      expect(detectTaskDivision(readSeed(file))).toBeLessThan(0.3);
    },
  );

  it('scores empty text 0 and labelled paragraphs high', () => {
    expect(detectTaskDivision('')).toBe(0);
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `${i + 1}. 推进第${i + 1}项重点工作。\n牵头单位：区发改局\n配合单位：区财政局`,
    ).join('\n');
    expect(detectTaskDivision(paragraphs)).toBeGreaterThan(0.5);
  });
});

describe('lists of other places, as they are published', () => {
  const corpus = (name: string) =>
    readFileSync(new URL(`../../../fixtures/corpus/task-division/${name}`, import.meta.url), 'utf8');

  it.each([
    'lishan-2023-task-division.txt',
    'xialuqu-2020-task-division.txt',
    'caidian-2023-task-division.txt',
    'nanling-2024-task-division.txt',
  ])('recognises %s (a notice, headings used as items, one cell per line)', (file) => {
    expect(detectTaskDivision(corpus(file))).toBeGreaterThanOrEqual(0.5);
  });

  it('recognises a one-cell-per-line header and a title that names the division', () => {
    const cells = ['序号 |', '重点任务 |', '牵头单位 |', '1 |', '建设书院 |', '区文广旅体局 |'].join('\n');
    expect(detectTaskDivision(cells)).toBeGreaterThan(
      detectTaskDivision(cells.replace('牵头单位', '内容甲')),
    );
  });
});

describe('generateTaskDivisionCorpus', () => {
  it.each(['spaces', 'tabs'] as const)(
    'makes %s rows the parser reads back in full, deterministically',
    (layout) => {
      const text = generateTaskDivisionCorpus(300, layout);
      expect(generateTaskDivisionCorpus(300, layout)).toBe(text);
      const result = parseTaskDivision(text, { jurisdictionId: 'hz', reportId: 'r' });
      expect(result.tasks.map((task) => task.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      expect(result.diagnostics).toEqual([]);
      expect(text.split('\n').filter((line) => line.startsWith('序号')).length).toBeGreaterThan(1);
    },
  );
});
