import { queryOptions, skipToken } from '@tanstack/react-query';
import type { EventEngine } from '../../../core/engine/engine';
import type { Coding } from '../../../core/filters/coding';
import { filtersKey, type Filters } from '../../../core/filters/filters';

/** The User Timing measure of one engine query. */
export const ENGINE_MEASURE = 'thaw-monitor:engine-query';

/**
 * The panels' query to a DuckDB engine (in this browser or on a data
 * server) for one filter state: the dataset and the filters are the key, so
 * a filter state asked again is answered from the cache, and a click while
 * a query runs cancels it. Skipped where the events are in the page (the
 * in-memory index answers synchronously) or before the filters are known.
 */
export function panelQueryOptions(origin: string, engine: EventEngine | null, filters: Filters | null, coding: Coding) {
  return queryOptions({
    queryKey: ['panel', origin, engine?.kind ?? 'memory', filters ? filtersKey(filters) : '', coding] as const,
    queryFn:
      engine && filters
        ? async ({ signal }) => {
            const start = performance.now();
            const panel = await engine.panel(filters, coding, signal);
            // How long the engine took, apart from drawing: read by npm run bench:scale.
            performance.measure(ENGINE_MEASURE, { start });
            return panel;
          }
        : skipToken,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: 1,
  });
}
