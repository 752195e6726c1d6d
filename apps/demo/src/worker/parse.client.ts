// Runs parses in one shared Web Worker and reports progress; Vite splits the worker into its own chunk.
import type { ParseRequest, ParseResponse } from './parse.protocol.js';

type Done = Extract<ParseResponse, { type: 'done' }>;
let worker: Worker | undefined;
let nextId = 1;

/** Parses a document in the worker; `onProgress` gets the share done (0–1) and the stage. */
export function parseInWorker(
  request: Omit<ParseRequest, 'id'>,
  onProgress: (share: number, stage: string) => void = () => {},
): Promise<Done> {
  worker ??= new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ParseResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress(message.share, message.stage);
      else {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        resolve(message);
      }
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      reject(new Error(`[@luoshi/demo] the parse worker failed: ${event.message}`));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ ...request, id }, [request.bytes]);
  });
}
