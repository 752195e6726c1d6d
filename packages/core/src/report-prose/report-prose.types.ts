import type { Localized } from '../i18n/localized.js';
import type { IndicatorDictionary } from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Target } from '../target/target.schema.js';

/** The kinds of prose report read here. */
export type ProseReportKind = 'work-report' | 'plan-report';

/** A line of the input that was not read as report content, and why. */
export interface IgnoredLine {
  /** 1-based line number in the input. */
  line: number;
  /** Offset of the line's text in the input. */
  offset: number;
  text: string;
  /** `navigation`, `share-links`, `footer`, `advertising-or-disclaimer`, `page-number` … */
  reason: string;
}

/** Something a reader should know about the parse, tied to a place in the input. */
export interface ProseDiagnostic {
  /** `info` is accounting (a line left out); `warning` is a figure that may be lost or doubtful. */
  severity: 'info' | 'warning' | 'error';
  /** A stable code: `ignored-line`, `notes-section`, `multi-year`, `unattributed-target` … */
  code: string;
  /** 1-based line in the input. */
  line: number;
  /** Offset in the input. */
  offset: number;
  message: Localized;
  /** The words concerned, as written. */
  quote?: string;
}

/** Options of `parseReportProse`. */
export interface ParseReportProseOptions {
  /** The id of the report; every record's `source.reportId`. */
  reportId: string;
  /** The jurisdiction every target and observation belongs to. */
  jurisdictionId: string;
  kind: ProseReportKind;
  /** The year the report reviews. Default: read from the text (`2024年工作回顾`, the delivery date). */
  reviewYear?: number;
  /** The year the report plans. Default: read from the text (`2025年…主要预期目标`), else reviewYear + 1. */
  planYear?: number;
  /** Indicators and their aliases. Default: `defaultIndicatorDictionary`. */
  dictionary?: IndicatorDictionary;
  /**
   * Read figures of indicators the dictionary does not know, named by the words before them
   * (`社会融资规模增长8%`), as indicators marked not in the dictionary. Default: true.
   */
  openVocabulary?: boolean;
}

/** What a report's prose says in figures. */
export interface ReportProseResult {
  /**
   * The indicators the targets and observations refer to: dictionary entries that were found, then
   * indicators named by the report's own words (ids `open-<name>`, not in the dictionary).
   */
  indicators: Indicator[];
  /** The planned year's targets. */
  targets: Target[];
  /** The reviewed year's actuals (and other years' figures the review states with their year). */
  observations: Observation[];
  diagnostics: ProseDiagnostic[];
  /** Lines left out as not being the report (navigation, footers, advertising). */
  ignoredLines: IgnoredLine[];
  reviewYear: number | undefined;
  planYear: number | undefined;
}
