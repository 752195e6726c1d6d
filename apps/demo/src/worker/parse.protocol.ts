// Messages between the Import screen and the parse worker.
import type { Dataset } from '@luoshi/core';

/** The kinds of document the worker reads; `auto` recognises it, `dataset` is Dataset JSON. */
export type ImportKind = 'auto' | 'task-division' | 'work-report' | 'plan-report' | 'dataset';

/** Asks the worker to parse one document. */
export interface ParseRequest {
  id: number;
  name: string;
  /** The file's bytes (UTF-8 or GB18030, with or without BOM). */
  bytes: ArrayBuffer;
  kind: ImportKind;
  /** Used when the document's title names no jurisdiction. */
  fallbackJurisdiction: { id: string; name: string };
  /** Known jurisdictions by name, so that 海珠区 joins the dataset's `haizhu`. */
  jurisdictionIds: Record<string, string>;
  /** Used when the title names no year. */
  fallbackYear?: number;
}

/** A problem found while parsing, on a line of the document (or at a JSON path of a Dataset). */
export interface ImportDiagnostic {
  line?: number;
  path?: string;
  severity: 'info' | 'warning' | 'error';
  message: { zh: string; en: string };
}

/** What the worker says back. */
export type ParseResponse =
  | { id: number; type: 'progress'; stage: 'decode' | 'detect' | 'parse' | 'check'; share: number }
  | {
      id: number;
      type: 'done';
      ok: boolean;
      kind: Exclude<ImportKind, 'auto'> | undefined;
      encoding: string;
      fragment?: Dataset;
      diagnostics: ImportDiagnostic[];
    };
