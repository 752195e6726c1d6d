// The data every screen reads: the embedded Guangzhou dataset, merged with what the person imported
// and with the statuses they recorded (kept in IndexedDB), read through @luoshi/core like any consumer.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { mergeDatasets, readDatasetShape, type Dataset } from '@luoshi/core';
import datasetUrl from '@luoshi/fixtures/data/guangzhou.json?url';
import { listDocuments, listStatuses } from '../store/store.js';
import type { ImportedDocument, RecordedStatus } from '../store/store.schema.js';

/** What the screens get from {@link useData}. */
export interface DataState {
  /** The embedded dataset with the imports merged in and the recorded statuses applied. */
  dataset: Dataset;
  /** The embedded dataset alone (what the dashboard ships with). */
  base: Dataset;
  documents: ImportedDocument[];
  statuses: RecordedStatus[];
  /** Re-reads IndexedDB after an import or a recorded status. */
  refresh(): Promise<void>;
}

const DataContext = createContext<DataState | undefined>(undefined);

/** Applies recorded statuses to their tasks, after what the documents said (newest last). */
export function withRecordedStatuses(dataset: Dataset, statuses: readonly RecordedStatus[]): Dataset {
  if (statuses.length === 0) return dataset;
  const byTask = new Map<string, RecordedStatus[]>();
  for (const s of statuses) byTask.set(s.taskId, [...(byTask.get(s.taskId) ?? []), s]);
  return {
    ...dataset,
    tasks: dataset.tasks.map((task) => {
      const mine = byTask.get(task.id);
      if (!mine) return task;
      const added = [...mine]
        .sort((a, b) => a.asOf.localeCompare(b.asOf))
        .map((s) => ({ status: s.status, asOf: s.asOf, ...(s.note ? { note: s.note } : {}) }));
      return { ...task, statusHistory: [...task.statusHistory, ...added] };
    }),
  };
}

async function loadBase(): Promise<Dataset> {
  const response = await fetch(datasetUrl);
  if (!response.ok) throw new Error(`[@luoshi/demo] the dataset did not load: HTTP ${response.status}`);
  const result = readDatasetShape(await response.json());
  if (!result.ok)
    throw new Error(
      `[@luoshi/demo] the embedded dataset is invalid: ${result.problems
        .slice(0, 3)
        .map((p) => `${p.path.join('.')}: ${p.message.en}`)
        .join('; ')}`,
    );
  return result.dataset;
}

/** Loads the data once and gives it to every screen below. */
export function DataProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [base, setBase] = useState<Dataset>();
  const [documents, setDocuments] = useState<ImportedDocument[]>([]);
  const [statuses, setStatuses] = useState<RecordedStatus[]>([]);
  const [error, setError] = useState<string>();

  const refresh = useCallback(async () => {
    const [docs, recorded] = await Promise.all([listDocuments(), listStatuses()]);
    setDocuments(docs);
    setStatuses(recorded);
  }, []);

  useEffect(() => {
    Promise.all([loadBase().then(setBase), refresh()]).catch((e: unknown) => setError(String(e)));
  }, [refresh]);

  const dataset = useMemo(() => {
    if (!base) return undefined;
    const merged =
      documents.length === 0 ? base : mergeDatasets([base, ...documents.map((d) => d.fragment)]).dataset;
    return withRecordedStatuses(merged, statuses);
  }, [base, documents, statuses]);

  const value = useMemo(
    () => (dataset && base ? { dataset, base, documents, statuses, refresh } : undefined),
    [dataset, base, documents, statuses, refresh],
  );
  if (error) return <p role="alert">{error}</p>;
  if (!value) return <>{fallback}</>;
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

/** The dashboard's data; only inside {@link DataProvider}. */
export function useData(): DataState {
  const value = useContext(DataContext);
  if (!value) throw new Error('[@luoshi/demo] useData() outside <DataProvider>');
  return value;
}
