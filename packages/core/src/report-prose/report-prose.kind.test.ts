import { describe, expect, it } from 'vitest';
import { detectReportKind } from './report-prose.kind.js';
import { readSeed } from './report-prose.seed-files.js';

describe('detectReportKind', () => {
  it.each([
    ['haizhu-2024-work-report.txt', 'work-report'],
    ['yuexiu-2024-work-report.txt', 'work-report'],
    ['haizhu-2025-plan-report.txt', 'plan-report'],
    ['haizhu-2024-task-division.txt', 'task-division'],
    ['haizhu-2025-task-division.txt', 'task-division'],
  ])('%s is a %s', (file, kind) => {
    expect(detectReportKind(readSeed(file)).kind).toBe(kind);
  });

  it('scores a short pasted extract and says nothing for unrelated text', () => {
    expect(detectReportKind('关于2024年计划执行情况与2025年计划草案的报告').kind).toBe('plan-report');
    expect(detectReportKind('今天天气很好。')).toEqual({
      kind: undefined,
      scores: { 'work-report': 0, 'plan-report': 0, 'task-division': 0 },
    });
  });
});
