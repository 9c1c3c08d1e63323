import { del, get, set } from 'idb-keyval';
import { parseDatasetText } from '../../../core/dataset/parse-dataset';
import type { Dataset } from '../../../core/dataset/schema';
import { REVIEWED_FLAG } from './reviewed-query';

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

/** Sets or clears the flag that tells the next visit to read the store; where storage is blocked, the store alone decides. */
function flag(on: boolean) {
  try {
    if (on) window.localStorage.setItem(REVIEWED_FLAG, '1');
    else window.localStorage.removeItem(REVIEWED_FLAG);
  } catch {
    // Nothing to do: without the flag the dashboard reads the store once Add article… saves to it.
  }
}

export async function saveReviewed(dataset: Dataset): Promise<void> {
  await set(KEY, JSON.stringify(dataset));
  flag(dataset.events.length > 0);
}

export async function clearReviewed(): Promise<void> {
  await del(KEY);
  flag(false);
}
