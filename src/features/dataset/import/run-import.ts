import type { ImportFormat } from '../../../core/import/import-file';
import type { ImportMessage, ImportRequest } from './import-worker';
import { setImportProgress } from './import-progress';

export type ImportOutcome = Extract<ImportMessage, { type: 'done' }>;

/**
 * Imports a GDELT or ACLED export in a Web Worker, reporting its progress
 * to the page; `signal` stops it (the worker is ended, the promise rejects
 * with an AbortError). The worker and its code load only when a file to
 * import is opened.
 */
export function runImport(file: File, format: ImportFormat, signal: AbortSignal): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      setImportProgress(null);
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('The import was cancelled', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    setImportProgress({ name: file.name, share: 0 });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') setImportProgress({ name: file.name, share: message.total > 0 ? message.done / message.total : 1 });
      else if (message.type === 'done') {
        finish();
        resolve(message);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the import could not run'));
    };
    void file.arrayBuffer().then(
      (bytes) => worker.postMessage({ name: file.name, bytes, format, builtOn: new Date().toISOString().slice(0, 10) } satisfies ImportRequest, [bytes]),
      (error: unknown) => {
        finish();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
