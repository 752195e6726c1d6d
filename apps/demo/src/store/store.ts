import { openDB, type IDBPDatabase } from 'idb';
import {
  STORE_NAME,
  STORE_VERSION,
  type DemoDB,
  type ImportedDocument,
  type ImportedDocumentV1,
  type RecordedStatus,
} from './store.schema.js';

let opened: Promise<IDBPDatabase<DemoDB>> | undefined;

/** Opens the database, creating or upgrading it: every step from an older version runs in order. */
export function openStore(): Promise<IDBPDatabase<DemoDB>> {
  opened ??= openDB<DemoDB>(STORE_NAME, STORE_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('documents', { keyPath: 'id' });
      if (oldVersion < 2) {
        // v1 → v2: `dataset` became `fragment`, with the import's date and encoding; statuses get a store.
        const statuses = db.createObjectStore('statuses', { keyPath: 'id' });
        statuses.createIndex('taskId', 'taskId');
        if (oldVersion === 1) {
          const documents = tx.objectStore('documents');
          for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
            const old = cursor.value as unknown as ImportedDocumentV1 & Partial<ImportedDocument>;
            if (old.fragment) continue;
            const { dataset, ...rest } = old;
            await cursor.update({
              ...rest,
              fragment: dataset,
              addedAt: '1970-01-01T00:00:00.000Z',
              encoding: 'utf-8',
            });
          }
        }
      }
    },
  });
  return opened;
}

/** Every imported document, oldest first. */
export async function listDocuments(): Promise<ImportedDocument[]> {
  const all = await (await openStore()).getAll('documents');
  return all.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

/** Keeps an imported document. */
export async function saveDocument(doc: ImportedDocument): Promise<void> {
  await (await openStore()).put('documents', doc);
}

/** Forgets an imported document. */
export async function removeDocument(id: string): Promise<void> {
  await (await openStore()).delete('documents', id);
}

/** Every recorded status. */
export async function listStatuses(): Promise<RecordedStatus[]> {
  return (await openStore()).getAll('statuses');
}

/** Keeps a recorded status (a second one for the same task and date replaces the first). */
export async function saveStatus(entry: RecordedStatus): Promise<void> {
  await (await openStore()).put('statuses', entry);
}
