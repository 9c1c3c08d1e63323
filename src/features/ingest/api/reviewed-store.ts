import { del, get, set } from 'idb-keyval';
import { mergeDatasets } from '../../../../pipeline/ingest/merge';
import { parseDatasetText } from '../../../core/dataset/parse-dataset';
import type { Dataset } from '../../../core/dataset/schema';
import { REVIEWED_FLAG } from './reviewed-flag';

/**
 * The events a person has reviewed and accepted, kept in this browser's
 * IndexedDB (nothing is uploaded): one dataset per article, by its source
 * id, so a second event accepted from an article joins that article's
 * dataset. Each is stored as the text of a dataset file and read back
 * through the same check as any dataset, so a store written by an older
 * version can never break the page.
 */
const KEY = 'thaw-monitor/reviewed-articles';
/** The first version kept one dataset for every article under this key; it is read as one more article. */
const ONE_DATASET_KEY = 'thaw-monitor/reviewed-dataset';

type Stored = Record<string, string>;

function parsed(text: unknown): Dataset | null {
  if (typeof text !== 'string') return null;
  const result = parseDatasetText(text);
  return result.ok ? result.dataset : null;
}

async function readArticles(): Promise<Map<string, Dataset>> {
  const [stored, older] = await Promise.all([get<Stored>(KEY), get<string>(ONE_DATASET_KEY)]);
  const articles = new Map<string, Dataset>();
  const first = parsed(older);
  if (first) articles.set(ONE_DATASET_KEY, first);
  for (const [id, text] of Object.entries(stored && typeof stored === 'object' ? stored : {})) {
    const dataset = parsed(text);
    if (dataset) articles.set(id, dataset);
  }
  return articles;
}

/** The articles' datasets as one, merged in the order they were first kept; null when there are none. */
function joined(articles: ReadonlyMap<string, Dataset>): Dataset | null {
  let all: Dataset | null = null;
  for (const dataset of articles.values()) all = all ? mergeDatasets(all, dataset) : dataset;
  return all;
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

/** Every reviewed event kept in this browser, as one dataset; null when there are none or storage is blocked. */
export async function loadReviewed(): Promise<Dataset | null> {
  try {
    return joined(await readArticles());
  } catch {
    // Private windows and blocked storage: no reviewed events, and the dashboard goes on.
    return null;
  }
}

/** Keeps `added` with what was accepted before from the same article (by `articleId`); throws where storage is blocked. */
export async function addReviewed(articleId: string, added: Dataset): Promise<void> {
  const articles = await readArticles();
  const before = articles.get(articleId);
  articles.set(articleId, before ? mergeDatasets(before, added) : added);
  // An older single dataset moves into the map, under its old key, and its own key goes.
  await set(KEY, Object.fromEntries([...articles].map(([id, dataset]) => [id, JSON.stringify(dataset)])) satisfies Stored);
  await del(ONE_DATASET_KEY);
  flag(true);
}

export async function clearReviewed(): Promise<void> {
  await Promise.all([del(KEY), del(ONE_DATASET_KEY)]);
  flag(false);
}
