import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/dataset.parse.js';
import { SCHEMA_VERSION } from '../dataset/dataset.schema.js';
import { haizhuLists, readSeed } from '../lineage/lineage.test-support.js';
import { findEvidence } from './evidence.find.js';
import { evidenceRecords, suggestionRecords } from './evidence.records.js';
import { suggestStatus } from './evidence.status.js';

describe('evidenceRecords and suggestionRecords: Haizhu 2024 tasks in the 2025 plan report', () => {
  const report = readSeed('haizhu-2025-plan-report.txt');
  const { y2024 } = haizhuLists();
  // A person recorded task 10's status: it must stay theirs.
  const tasks = y2024.tasks.map((t) =>
    t.seq === 10 ? { ...t, statusHistory: [{ status: 'completed' as const, asOf: '2024-12-31' }] } : t,
  );
  const found = findEvidence(tasks, report, { reportId: 'haizhu-2025-plan-report' });
  const evidence = evidenceRecords(found);
  const suggestions = tasks.map((t, i) => suggestStatus(t, found.tasks[i]!));
  const records = suggestionRecords(suggestions, { reportId: 'haizhu-2025-plan-report', asOf: 2024 });

  it('keeps every sentence found, quoted as the report writes it at its offset', () => {
    expect(evidence).toHaveLength(found.tasks.reduce((n, t) => n + t.sentences.length, 0));
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) expect(report.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
  });

  it('leaves a recorded status out and keeps every suggestion, with its report and year', () => {
    const t10 = tasks.find((t) => t.seq === 10)!;
    expect(records.some((r) => r.taskId === t10.id)).toBe(false);
    expect(records).toHaveLength(tasks.length - 1);
    for (const r of records) {
      expect(r).toMatchObject({ reportId: 'haizhu-2025-plan-report', asOf: '2024' });
      expect(r.basis).not.toBe('recorded');
    }
  });

  it('makes a valid Dataset with the tasks and the report', () => {
    const result = parseDataset({
      schemaVersion: SCHEMA_VERSION,
      jurisdictions: [{ id: 'haizhu', name: '海珠区', level: 'district' }],
      reports: [
        { id: 'haizhu-2024-td', jurisdictionId: 'haizhu', kind: 'task-division', title: '2024' },
        { id: 'haizhu-2025-plan-report', jurisdictionId: 'haizhu', kind: 'plan-report', title: '2025' },
      ],
      units: y2024.units,
      tasks,
      evidence,
      statusSuggestions: records,
    });
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });
});
