import { readAcled } from './acled';
import { readGdelt } from './gdelt';
import { assembleImport, type BadRow, type ImportPart } from './import-result';
import type { Dataset } from '../dataset/schema';

import type { ImportFormat } from './detect';

export type { ImportFormat } from './detect';

/** Rows of a GDELT export read at a time, so the reader can say how far it is and be stopped between pieces. */
const PIECE = 20_000;

export type ImportSummary = { dataset: Dataset; bad: BadRow[]; rows: number; otherDyads: number; pooled: number };

/**
 * The dataset a GDELT or ACLED export makes (`texts`: a file, or the files
 * of a zip), read piece by piece with `onProgress(done, total)` in
 * characters after each piece.
 */
export function importTexts(
  format: ImportFormat,
  texts: ReadonlyArray<{ name: string; text: string }>,
  builtOn: string,
  onProgress?: (done: number, total: number) => void,
  pipeline = `thaw-monitor import --from ${format}`,
): ImportSummary {
  const total = texts.reduce((n, t) => n + t.text.length, 0);
  let done = 0;
  const parts: ImportPart[] = [];
  for (const { name, text } of texts) {
    if (format === 'acled') {
      parts.push(readAcled(text, name));
      done += text.length;
      onProgress?.(done, total);
      continue;
    }
    let start = 0;
    let line = 1;
    while (start < text.length) {
      let end = start;
      for (let n = 0; n < PIECE && end !== -1; n += 1) end = text.indexOf('\n', end + 1);
      const stop = end === -1 ? text.length : end + 1;
      const piece = text.slice(start, stop);
      parts.push(readGdelt(piece, name, line));
      line += piece.split('\n').length - (piece.endsWith('\n') ? 1 : 0);
      done += piece.length;
      start = stop;
      onProgress?.(done, total);
    }
  }
  return assembleImport(parts, builtOn, pipeline);
}
