import { useQuery, skipToken } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ThawEvent } from '../../../core/dataset/schema';
import type { PanelData } from '../../../core/filters/panel-data';
import type { LoadedDataset } from './dataset-query';

/**
 * The event the view names (`?event=`): from the dataset in the page, or,
 * where DuckDB holds the events, from the events listed or else by asking
 * the engine for it (a shared link may name any event of the table).
 */
export function useChosenEvent(data: LoadedDataset | undefined, panel: PanelData | null, id: string | null): ThawEvent | null {
  const engine = data?.engine ?? null;
  const inPage = useMemo(() => {
    if (!data || id === null) return null;
    if (!engine) return data.dataset.events.find((e) => e.id === id) ?? null;
    return panel?.list.find((e) => e.id === id) ?? null;
  }, [data, engine, panel, id]);
  const asked = useQuery({
    queryKey: ['event', data?.origin ?? '', id ?? ''] as const,
    queryFn: engine && id !== null && inPage === null ? ({ signal }) => engine.event(id, signal) : skipToken,
    staleTime: Infinity,
  });
  return inPage ?? asked.data ?? null;
}
