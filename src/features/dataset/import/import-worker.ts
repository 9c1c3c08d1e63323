/// <reference lib="webworker" />
import { importTexts, type ImportFormat } from '../../../core/import/import-file';
import { textsOfFile } from '../../../core/import/unzip';
import type { BadRow } from '../../../core/import/import-result';

/**
 * Reads a GDELT or ACLED export off the page's thread: unzips it, maps its
 * rows piece by piece, saying how far it is after each piece, and hands back
 * the dataset as JSON text for the page to check like any other.
 */
export type ImportRequest = { name: string; bytes: ArrayBuffer; format: ImportFormat; builtOn: string };
export type ImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; json: string; bad: BadRow[]; badCount: number; rows: number; otherDyads: number; pooled: number }
  | { type: 'error'; message: string };

/** Bad rows handed back one by one; the rest are counted. */
const LISTED = 500;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, bytes, format, builtOn } = event.data;
  const post = (message: ImportMessage) => self.postMessage(message);
  try {
    const texts = textsOfFile(name, new Uint8Array(bytes));
    let last = 0;
    const result = importTexts(format, texts, builtOn, (done, total) => {
      const now = performance.now();
      if (now - last > 50 || done === total) {
        last = now;
        post({ type: 'progress', done, total });
      }
    });
    post({ type: 'done', json: JSON.stringify(result.dataset), bad: result.bad.slice(0, LISTED), badCount: result.bad.length, rows: result.rows, otherDyads: result.otherDyads, pooled: result.pooled });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
