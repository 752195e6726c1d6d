/** The kinds `detectReportKind` tells apart. */
export type DetectedKind = 'work-report' | 'plan-report' | 'task-division';

/** The kind a text most looks like, with the score of every kind (for `--kind auto`). */
export interface KindDetection {
  /** The best kind, or `undefined` when no kind scores at all. */
  kind: DetectedKind | undefined;
  scores: Record<DetectedKind, number>;
}

type Cue = readonly [RegExp, number];

const CUES: Record<DetectedKind, readonly Cue[]> = {
  'plan-report': [
    [/计划执行情况/g, 4],
    [/计划草案/g, 4],
    [/国民经济和社会发展计划/g, 3],
    [/发展和改革(局|委员会)|发改(局|委)/g, 2],
    [/计划安排/g, 1],
  ],
  'work-report': [
    [/政\s*府\s*工\s*作\s*报\s*告/g, 4],
    [/向大会报告(政府)?工作/g, 4],
    [/工作回顾/g, 2],
    [/工作安排/g, 1],
    [/[区市县州省]长\s*\S{2,4}\s*$/gm, 1],
    [/各位代表/g, 1],
  ],
  'task-division': [
    [/序号\s*[|\t ]\s*(重点)?(工作)?任务/g, 4],
    [/(牵头单位|责任单位|主要责任单位)/g, 2],
    [/责任分工/g, 3],
    [/^\s*\d{1,3}[\t |]+\S/gm, 0.5],
  ],
};

// The count of a cue is capped: a task list repeating its header forty times is no more a list.
const CAP = 5;

/** Scores a text for each kind from the words that give each kind away; the best wins. */
export function detectReportKind(text: string): KindDetection {
  const scores = { 'work-report': 0, 'plan-report': 0, 'task-division': 0 } as Record<DetectedKind, number>;
  for (const kind of Object.keys(CUES) as DetectedKind[]) {
    for (const [pattern, weight] of CUES[kind]) {
      const count = text.match(pattern)?.length ?? 0;
      scores[kind] += Math.min(count, kind === 'task-division' && weight < 1 ? 40 : CAP) * weight;
    }
  }
  let kind: DetectedKind | undefined;
  for (const k of Object.keys(scores) as DetectedKind[]) {
    if (scores[k] > 0 && (kind === undefined || scores[k] > scores[kind])) kind = k;
  }
  return { kind, scores };
}
