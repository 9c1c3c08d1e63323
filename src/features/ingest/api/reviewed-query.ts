import { queryOptions } from '@tanstack/react-query';

export const REVIEWED_QUERY_KEY = ['reviewed'] as const;

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
  });
}
