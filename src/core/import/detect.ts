/** The columns of a GDELT 2.0 Events export (gdelt.ts names them): kept here so that telling a file's format loads no importer. */
import { isZip } from './unzip';

export const GDELT_COLUMN_COUNT = 61;

export type ImportFormat = 'gdelt' | 'acled';

/**
 * What a file holds, from its first bytes: a zip (GDELT publishes its
 * exports zipped), a GDELT export (tab-separated, 61 columns), an ACLED
 * export (a CSV whose header names ACLED's columns), or null for anything
 * else, which is read as a dataset.
 */
export function importFormatOf(head: Uint8Array): ImportFormat | null {
  if (isZip(head)) return 'gdelt';
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0];
  if (/^\s*[[{]/.test(text)) return null;
  if (/(^|,)event_id_cnty(,|$)/.test(firstLine) && /(^|,)event_date(,|$)/.test(firstLine)) return 'acled';
  if (firstLine.split('\t').length === GDELT_COLUMN_COUNT) return 'gdelt';
  return null;
}

