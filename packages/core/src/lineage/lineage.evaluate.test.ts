import { describe, expect, it } from 'vitest';
import { HAIZHU_2024_2025_LABELS } from './haizhu-2024-2025.labels.js';
import { evaluateLineage } from './lineage.evaluate.js';
import { matchTasks } from './lineage.match.js';
import { haizhuLists } from './lineage.test-support.js';

describe('lineage evaluation against hand labels (Haizhu 2024 → 2025)', () => {
  const { y2024, y2025 } = haizhuLists();
  const result = matchTasks(y2024.tasks, y2025.tasks);
  const evaluation = evaluateLineage(result, HAIZHU_2024_2025_LABELS);

  it('has at least 25 labels, each naming tasks that exist', () => {
    expect(HAIZHU_2024_2025_LABELS.length).toBeGreaterThanOrEqual(25);
    const older = new Set(y2024.tasks.map((t) => t.seq));
    for (const label of HAIZHU_2024_2025_LABELS)
      for (const seq of label.older) expect(older.has(seq)).toBe(true);
  });

  it('keeps precision and recall of rank-1 matches above their floors', () => {
    // Measured at the default threshold (0.08): precision 17/18 = 0.944, recall 17/24 = 0.708.
    console.log(
      `lineage evaluation: precision ${evaluation.precision.toFixed(3)} (${evaluation.truePositives}/${evaluation.truePositives + evaluation.falsePositives}), ` +
        `recall ${evaluation.recall.toFixed(3)} (${evaluation.truePositives}/${HAIZHU_2024_2025_LABELS.filter((l) => l.older.length > 0).length}), threshold ${result.threshold}`,
    );
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.65);
  });

  it('counts a wrong rank-1 match as both a false positive and a false negative', () => {
    const wrong = evaluateLineage(result, [{ newer: 55, older: [1] }]);
    expect([wrong.truePositives, wrong.falsePositives, wrong.falseNegatives]).toEqual([0, 1, 1]);
    expect(() => evaluateLineage(result, [{ newer: 999, older: [] }])).toThrow(/序号 999/);
  });
});
