import fc from 'fast-check';
import type { DatasetInput } from '../dataset.schema.js';
import {
  EVIDENCE_SIGNALS,
  NEWER_TASK_KINDS,
  OLDER_TASK_KINDS,
  SCHEMA_VERSION,
  SUGGESTION_BASES,
  TASK_STATUSES,
} from '../dataset.vocabulary.js';

const id = (prefix: string) => fc.integer({ min: 0, max: 1e6 }).map((n) => `${prefix}-${n}`);
const text = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.constantFrom(...'海珠区越秀推动建设完成项目ABC123 ,.<>&"\''),
});
const period = fc.oneof(
  fc.integer({ min: 2000, max: 2099 }).map(String),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as JSON would. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Random valid Datasets whose references all resolve: for round-trip and invariant tests. */
export const datasetArbitrary: fc.Arbitrary<DatasetInput> = fc
  .record({
    jurisdictionIds: fc.uniqueArray(id('j'), { minLength: 1, maxLength: 3 }),
    reportIds: fc.uniqueArray(id('r'), { minLength: 1, maxLength: 3 }),
    unitIds: fc.uniqueArray(id('u'), { minLength: 1, maxLength: 5 }),
    indicatorIds: fc.uniqueArray(id('i'), { minLength: 1, maxLength: 4 }),
    targetCount: fc.integer({ min: 0, max: 5 }),
    observationCount: fc.integer({ min: 0, max: 5 }),
    taskCount: fc.integer({ min: 0, max: 6 }),
    seed: fc.array(fc.tuple(text, period, figure, maybe(figure), fc.boolean(), maybe(text)), {
      minLength: 20,
      maxLength: 20,
    }),
    picks: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    /** Whether the Dataset carries the suggestion collections of schema version 2. */
    suggestions: fc.boolean(),
    scores: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
  })
  .map(
    ({
      jurisdictionIds,
      reportIds,
      unitIds,
      indicatorIds,
      targetCount,
      observationCount,
      taskCount,
      seed,
      picks,
      suggestions,
      scores,
    }) => {
      const pick = <T>(list: readonly T[], k: number) => list[(picks[k % picks.length] ?? 0) % list.length]!;
      const s = (k: number) => seed[k % seed.length]!;
      return {
        schemaVersion: SCHEMA_VERSION,
        jurisdictions: jurisdictionIds.map((jid, k) =>
          defined({
            id: jid,
            name: s(k)[0],
            level: 'district' as const,
            parentId: k > 0 ? jurisdictionIds[0] : undefined,
          }),
        ),
        reports: reportIds.map((rid, k) =>
          defined({
            id: rid,
            jurisdictionId: pick(jurisdictionIds, k),
            kind: 'work-report' as const,
            title: s(k)[0],
            planYear: 2025,
            issuer: s(k)[5],
          }),
        ),
        units: unitIds.map((uid, k) => ({
          id: uid,
          jurisdictionId: pick(jurisdictionIds, k + 3),
          name: s(k + 1)[0],
          aliases: [s(k + 2)[0]],
        })),
        indicators: indicatorIds.map((iid, k) => ({
          id: iid,
          name: s(k)[0],
          unit: '亿元',
          direction: pick(['increase', 'decrease', 'target'] as const, k),
          aliases: [],
        })),
        targets: Array.from({ length: targetCount }, (_, k) => {
          const [, p, value, extra] = s(k);
          const ranged = extra !== undefined && extra >= value;
          return defined({
            id: `t-${k}`,
            indicatorId: pick(indicatorIds, k),
            jurisdictionId: pick(jurisdictionIds, k + 1),
            period: p,
            measure: 'growth' as const,
            comparator: ranged ? ('range' as const) : ('approx' as const),
            value,
            max: ranged ? extra : undefined,
            unit: '%',
            strength: 'aspirational' as const,
            basis: 'comparable' as const,
            source: { reportId: pick(reportIds, k), quote: s(k)[0], offset: k },
          });
        }),
        observations: Array.from({ length: observationCount }, (_, k) => ({
          id: `o-${k}`,
          indicatorId: pick(indicatorIds, k + 2),
          jurisdictionId: pick(jurisdictionIds, k),
          period: s(k + 5)[1],
          measure: 'level' as const,
          value: s(k + 5)[2],
          unit: '亿元',
          basis: 'nominal' as const,
          cumulative: s(k)[4],
          estimate: !s(k)[4],
        })),
        tasks: Array.from({ length: taskCount }, (_, k) =>
          defined({
            id: `task-${k}`,
            reportId: reportIds[0]!,
            seq: k + 1,
            text: s(k + 7)[0],
            leadUnitIds: [pick(unitIds, k)],
            supportUnitIds: k % 2 ? [pick(unitIds, k + 9)] : [],
            category: s(k)[5],
            deadline: s(k + 3)[5],
            responsibleLeader: s(k + 4)[5],
            targetIds: k < targetCount ? [`t-${k}`] : [],
            statusHistory: [{ status: 'completed' as const, asOf: '2025-12-31', note: s(k)[0] }],
            previousTaskIds: k > 0 ? [`task-${k - 1}`] : [],
          }),
        ),
        ...(suggestions
          ? {
              taskLinks: Array.from({ length: Math.max(0, taskCount - 1) }, (_, k) => ({
                newerTaskId: `task-${k + 1}`,
                olderTaskId: `task-${k}`,
                rank: 1,
                score: scores[k % scores.length]!,
                aboveThreshold: s(k)[4],
                sharedTerms: [s(k)[0]],
                newerKind: pick(NEWER_TASK_KINDS, k),
                olderKind: pick(OLDER_TASK_KINDS, k + 1),
              })),
              evidence: Array.from({ length: taskCount }, (_, k) =>
                defined({
                  taskId: `task-${k}`,
                  reportId: pick(reportIds, k),
                  rank: 1,
                  quote: s(k)[0],
                  offset: k * 10,
                  line: s(k)[4] ? k + 1 : undefined,
                  score: scores[k % scores.length]!,
                  signal: pick(EVIDENCE_SIGNALS, k),
                  completionVerbs: ['建成'],
                  progressVerbs: [],
                }),
              ),
              statusSuggestions: Array.from({ length: taskCount }, (_, k) => ({
                taskId: `task-${k}`,
                reportId: pick(reportIds, k + 2),
                asOf: s(k)[1],
                status: pick(TASK_STATUSES, k),
                confidence: scores[(k + 1) % scores.length]!,
                basis: pick(SUGGESTION_BASES, k),
                evidence: [{ reportId: pick(reportIds, k + 2), quote: s(k)[0], offset: k }],
                explanation: { zh: s(k)[0], en: s(k + 1)[0] },
              })),
            }
          : {}),
      };
    },
  );
