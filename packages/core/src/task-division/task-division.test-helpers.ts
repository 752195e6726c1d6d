import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaskDivisionResult } from './task-division.types.js';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE_DIRS = [join(here, '../../../fixtures/sources'), join(here, '../../../../../shared/seeds')];

/** A seed document: from packages/fixtures/sources when copied there, else from the shared seeds. */
export function readSeed(name: string): string {
  for (const dir of SOURCE_DIRS) {
    const path = join(dir, name);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`seed ${name} not found in ${SOURCE_DIRS.join(', ')}`);
}

/** The tasks as [seq, text, lead unit names, support unit names]: what a reader checks. */
export function readable(result: TaskDivisionResult): [number, string, string[], string[]][] {
  const names = new Map(result.units.map((unit) => [unit.id, unit.name]));
  const name = (id: string): string => names.get(id) ?? `?${id}`;
  return result.tasks.map((task) => [
    task.seq,
    task.text,
    task.leadUnitIds.map(name),
    task.supportUnitIds.map(name),
  ]);
}

/** The 1-based numbers of the non-blank lines of a text. */
export function nonBlankLines(text: string): number[] {
  const out: number[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((line, i) => {
      if (line.trim() !== '') out.push(i + 1);
    });
  return out;
}

/**
 * Checks the accounting invariant: exactly one account per non-blank line, in order, and every
 * line accounted as `diagnostic` has a diagnostic on it.
 */
export function accountingProblems(text: string, result: TaskDivisionResult): string[] {
  const problems: string[] = [];
  const expected = nonBlankLines(text);
  const got = result.lines.map((account) => account.line);
  if (got.join(',') !== expected.join(','))
    problems.push(`accounted lines ${got.join(',')} != ${expected.join(',')}`);
  const diagnosed = new Set(result.diagnostics.map((d) => d.line));
  const rowStart = new Map<number, number>();
  for (const account of result.lines) {
    if (account.seq !== undefined && !rowStart.has(account.seq)) rowStart.set(account.seq, account.line);
  }
  for (const account of result.lines) {
    if (account.kind !== 'diagnostic' || diagnosed.has(account.line)) continue;
    // A row that was not kept is reported once, on its first line.
    const start = account.seq === undefined ? undefined : rowStart.get(account.seq);
    if (start === undefined || !diagnosed.has(start))
      problems.push(`line ${account.line} is unread without a diagnostic`);
  }
  return problems;
}
