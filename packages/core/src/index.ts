// The public API of @luoshi/core, re-exported by name.

export { type Localized, type Locale, pick } from './i18n/localized.js';
export { Period, IsoDate } from './period/period.schema.js';
export {
  type PeriodParts,
  periodParts,
  periodYear,
  shareOfYearElapsed,
  comparePeriods,
} from './period/period.js';
export { SourceRef } from './source/source.schema.js';
export { Jurisdiction, JurisdictionLevel } from './jurisdiction/jurisdiction.schema.js';
export { Report, ReportKind } from './report/report.schema.js';
export { Unit } from './unit/unit.schema.js';
export { Indicator, Direction } from './indicator/indicator.schema.js';
export { Target, Measure, Comparator, Strength, Basis } from './target/target.schema.js';
export type { Evaluation, EvaluationStatus, Gap } from './target/target.evaluation.js';
export { Observation } from './observation/observation.schema.js';
export { Task, TaskStatus, StatusEntry } from './task/task.schema.js';
export { Dataset, type DatasetInput, SCHEMA_VERSION } from './dataset/dataset.schema.js';
export { TaskLink } from './lineage/lineage.schema.js';
export { Evidence, SuggestedStatus } from './evidence/evidence.schema.js';
export { lineageRecords } from './lineage/lineage.records.js';
export {
  evidenceRecords,
  suggestionRecords,
  type SuggestionRecordsOptions,
} from './evidence/evidence.records.js';
export {
  parseDataset,
  assertDataset,
  DatasetError,
  type ParseDatasetResult,
} from './dataset/dataset.parse.js';
export { type Problem, formatPath, formatProblem } from './dataset/dataset.problem.js';
export {
  migrateDataset,
  migrations,
  type Migration,
  type MigrationResult,
} from './dataset/dataset.migrate.js';
export { checkReferences } from './dataset/dataset.references.js';
export { datasetJsonSchema } from './dataset/dataset.json-schema.js';
export { decimalPlaces, roundTo, subtract, add, scaleDecimal, percentChange } from './decimal/decimal.js';
export type { Quantity, QuantityQualifier, QuantityChange } from './quantity/quantity.types.js';
export { mergeDatasets, type MergeResult, type MergeNote } from './merge/merge.js';
export { detectDocumentFacts, levelOfName, type DocumentFacts } from './document/document.detect.js';
export {
  evaluate,
  EVALUATE_DEFAULTS,
  STATUS_RANK,
  type EvaluateOptions,
  type Tolerance,
} from './target/target.evaluate.js';
export {
  targetPhrase,
  actualPhrase,
  explainEvaluation,
  type Relation,
  type ExplainInput,
} from './target/target.explain.js';
export { formatTarget } from './target/target.format.js';
export {
  checkComparable,
  type Comparability,
  type ComparableFigure,
  type Incomparability,
} from './compare/comparable.js';
export { formatNumber, formatFigure, formatPeriod } from './compare/format.js';
export { isRateMeasure, normaliseUnit, convertToUnit } from './compare/units.js';
export {
  nominalGrowth,
  nominalGrowthObservation,
  type NominalGrowth,
  type NominalGrowthOptions,
} from './compare/growth.js';
export { progress, type Progress, type PaceStatus, type ProgressOptions } from './compare/progress.js';
export { ambition, type Ambition, type AmbitionFlag, type AmbitionOptions } from './compare/ambition.js';
export { findObservation, findPreviousActual } from './compare/match.js';
export {
  rankJurisdictions,
  compareWithParent,
  type JurisdictionRanking,
  type RankedJurisdiction,
  type RankOptions,
  type ParentComparison,
} from './compare/jurisdictions.js';
export {
  tasksByUnit,
  tasksByReport,
  tasksByCategory,
  latestStatus,
  latestStatusEntry,
  emptyStatusCounts,
  type StatusCounts,
  type TaskRollup,
  type TasksByUnitOptions,
} from './compare/rollup.js';
export { compareDataset, type ComparisonRow, type CompareDatasetOptions } from './compare/compare-dataset.js';
export {
  defaultIndicatorDictionary,
  createIndicatorDictionary,
  buildIndicatorDictionary,
  toIndicator,
  baseUnitOf,
  type CreateIndicatorDictionaryOptions,
} from './indicator-dictionary/indicator-dictionary.js';
export { defaultIndicatorEntries } from './indicator-dictionary/indicator-dictionary.defaults.js';
export type {
  IndicatorEntry,
  IndicatorMention,
  IndicatorDictionary,
} from './indicator-dictionary/indicator-dictionary.types.js';
export { parseReportProse } from './report-prose/report-prose.parse.js';
export type {
  ParseReportProseOptions,
  ReportProseResult,
  ProseDiagnostic,
  IgnoredLine,
  ProseReportKind,
} from './report-prose/report-prose.types.js';
export { detectReportKind, type DetectedKind, type KindDetection } from './report-prose/report-prose.kind.js';
export {
  extractTaskTargets,
  type ExtractTaskTargetsOptions,
  type TaskTargetsResult,
} from './report-prose/report-prose.tasks.js';
export {
  matchPriorActuals,
  type PriorMatchInput,
  type PriorReport,
  type PriorMatch,
  type PriorMatchResult,
} from './report-prose/report-prose.prior.js';
export { prepareProse, type PreparedProse } from './report-prose/report-prose.text.js';
export { parseQuantity, findQuantities } from './quantity/quantity.parse.js';
export { decodeChineseNumeral } from './quantity/quantity.numerals.js';
export {
  toHalfWidth,
  normalizeFigureText,
  originalSpan,
  type NormalizedText,
} from './text/text.normalize.js';
export { parseTaskDivision } from './task-division/task-division.parse.js';
export { detectTaskDivision } from './task-division/task-division.detect.js';
export { generateTaskDivisionCorpus } from './task-division/task-division.corpus.js';
export type {
  Diagnostic as TaskDivisionDiagnostic,
  DiagnosticSeverity,
  LineKind,
  LineAccount,
  ParseTaskDivisionOptions,
  TaskDivisionResult,
} from './task-division/task-division.types.js';
export { matchTasks } from './lineage/lineage.match.js';
export { generateTaskCorpus, type TaskCorpus } from './lineage/lineage.corpus.js';
export {
  evaluateLineage,
  type LineageEvaluation,
  type LineageLabelLike,
} from './lineage/lineage.evaluate.js';
export {
  DEFAULT_MATCH_THRESHOLD,
  type LineageResult,
  type LineageStats,
  type MatchTasksOptions,
  type NewerTaskKind,
  type NewerTaskLineage,
  type OlderTaskKind,
  type OlderTaskLineage,
  type PredecessorMatch,
} from './lineage/lineage.types.js';
export { findEvidence } from './evidence/evidence.find.js';
export { suggestStatus } from './evidence/evidence.status.js';
export {
  COMPLETION_VERBS,
  ECHO_VERBS,
  PROGRESS_VERBS,
  type EvidenceSignal,
} from './evidence/evidence.signals.js';
export {
  DEFAULT_EVIDENCE_THRESHOLD,
  DEFAULT_STRONG_EVIDENCE,
  type EvidenceResult,
  type EvidenceSection,
  type EvidenceSentence,
  type FindEvidenceOptions,
  type StatusSuggestion,
  type SuggestStatusOptions,
  type SuggestionBasis,
  type TaskEvidence,
} from './evidence/evidence.types.js';
export {
  DEFAULT_UNIT_ALIASES,
  extendUnitAliases,
  normaliseUnitName,
  suggestUnitRenames,
  type SuggestUnitRenamesOptions,
  type UnitAlias,
  type UnitAliasTable,
  type UnitRenameSuggestion,
} from './unit-alias/unit-alias.js';
export { readDatasetShape, type DatasetCollection } from './dataset/dataset.shape.js';
export {
  isPeriod,
  PERIOD_PATTERN,
  JURISDICTION_LEVELS,
  REPORT_KINDS,
  DIRECTIONS,
  MEASURES,
  COMPARATORS,
  STRENGTHS,
  BASES,
  TASK_STATUSES,
  NEWER_TASK_KINDS,
  OLDER_TASK_KINDS,
  EVIDENCE_SIGNALS,
  SUGGESTION_BASES,
} from './dataset/dataset.vocabulary.js';
