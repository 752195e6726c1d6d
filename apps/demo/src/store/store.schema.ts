// What a person adds to the dashboard, kept in IndexedDB through `idb`. The store has its own schema
// version, separate from the Dataset's: the database upgrades itself, and earlier records are migrated.
import type { DBSchema } from 'idb';
import type { Dataset, TaskStatus } from '@luoshi/core';

/** The version of the dashboard's IndexedDB database. */
export const STORE_VERSION = 2;
/** The database's name. */
export const STORE_NAME = 'luoshi-demo';

/** A document imported in the browser, and the Dataset fragment its parse gave. */
export interface ImportedDocument {
  id: string;
  /** File name or “粘贴的文本”. */
  name: string;
  kind: string;
  /** When it was imported (ISO date-time). */
  addedAt: string;
  encoding: string;
  fragment: Dataset;
}

/** A status a person recorded for a task, with a note and the date it holds at. */
export interface RecordedStatus {
  /** `${taskId}@${asOf}`: one record per task and date. */
  id: string;
  taskId: string;
  status: TaskStatus;
  asOf: string;
  note?: string;
}

/** Version 1 kept only imports, under `dataset` and without `addedAt` or `encoding`. */
export interface ImportedDocumentV1 {
  id: string;
  name: string;
  kind: string;
  dataset: Dataset;
}

/** The database's stores (version 2). */
export interface DemoDB extends DBSchema {
  documents: { key: string; value: ImportedDocument };
  statuses: { key: string; value: RecordedStatus; indexes: { taskId: string } };
}
