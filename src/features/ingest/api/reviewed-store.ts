import { del, get, set } from 'idb-keyval';
import { parseDatasetText } from '../../../core/dataset/parse-dataset';
import type { Dataset } from '../../../core/dataset/schema';

/**
 * The events a person has reviewed and accepted, kept in this browser's
 * IndexedDB as one dataset (nothing is uploaded). Stored as the text of a
 * dataset file and read back through the same check as any dataset, so a
 * store written by an older version can never break the page.
 */
const KEY = 'thaw-monitor/reviewed-dataset';

export async function loadReviewed(): Promise<Dataset | null> {
  try {
    const text = await get<string>(KEY);
    if (typeof text !== 'string') return null;
    const result = parseDatasetText(text);
    return result.ok ? result.dataset : null;
  } catch {
    // Private windows and blocked storage: no reviewed events, and the dashboard goes on.
    return null;
  }
}

export async function saveReviewed(dataset: Dataset): Promise<void> {
  await set(KEY, JSON.stringify(dataset));
}

export async function clearReviewed(): Promise<void> {
  await del(KEY);
}
