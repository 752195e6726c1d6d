import type { LineageResult } from './lineage.types.js';

/** A hand label: a newer task's 序号 and the older 序号 accepted as its predecessor (empty: none). */
export interface LineageLabelLike {
  newer: number;
  older: readonly number[];
}

/** How rank-1 matches above the threshold agree with hand labels. */
export interface LineageEvaluation {
  /** Right rank-1 matches / all rank-1 matches above the threshold, over labelled tasks. */
  precision: number;
  /** Right rank-1 matches / labelled tasks that have a predecessor. */
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Each labelled task: its label and the rank-1 match counted (undefined when below the threshold). */
  details: {
    newer: number;
    expected: readonly number[];
    got: number | undefined;
    score: number | undefined;
  }[];
}

/**
 * Scores a lineage against hand labels: a labelled task's rank-1 predecessor above the threshold
 * is right when the label accepts it, wrong otherwise (a wrong match to a task that has a
 * predecessor is both a false positive and a false negative).
 *
 * @throws when a label names a 序号 the newer list does not hold.
 */
export function evaluateLineage(
  result: LineageResult,
  labels: readonly LineageLabelLike[],
): LineageEvaluation {
  const bySeq = new Map(result.newer.map((n) => [n.seq, n]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const details: LineageEvaluation['details'] = [];
  for (const label of labels) {
    const entry = bySeq.get(label.newer);
    if (!entry)
      throw new Error(`[@luoshi/core] evaluateLineage: label for 序号 ${label.newer} names no newer task`);
    const top = entry.predecessors[0];
    const got = top?.aboveThreshold ? top : undefined;
    details.push({ newer: label.newer, expected: label.older, got: got?.seq, score: top?.score });
    if (got && label.older.includes(got.seq)) tp++;
    else {
      if (got) fp++;
      if (label.older.length > 0) fn++;
    }
  }
  const positives = labels.filter((l) => l.older.length > 0).length;
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    details,
  };
}
