import { queryOptions } from '@tanstack/react-query';
import { REVIEWED_FLAG } from './reviewed-flag';

export const REVIEWED_QUERY_KEY = ['reviewed'] as const;

/** Whether this browser keeps reviewed events, as far as the flag says; false where storage is blocked. */
export function hasReviewed(): boolean {
  try {
    return window.localStorage.getItem(REVIEWED_FLAG) === '1';
  } catch {
    return false;
  }
}

/**
 * The reviewed events stored in this browser, with the function that joins
 * them to the dataset in view. Both load on demand, so the first view
 * fetches neither the store nor the merge.
 */
export function reviewedQueryOptions() {
  return queryOptions({
    queryKey: REVIEWED_QUERY_KEY,
    queryFn: async () => {
      const [{ loadReviewed }, { mergeDatasets }] = await Promise.all([import('./reviewed-store'), import('../../../../pipeline/ingest/merge')]);
      return { reviewed: await loadReviewed(), merge: mergeDatasets };
    },
    staleTime: Infinity,
    // The store itself never throws (see loadReviewed); only a chunk that failed to load does, and the dashboard should not wait on retries of that.
    retry: false,
  });
}
