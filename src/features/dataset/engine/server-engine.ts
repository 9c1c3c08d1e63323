import type { ThawEvent } from '../../../core/dataset/schema';
import type { EventEngine } from '../../../core/engine/engine';
import type { ServerManifest } from '../../../core/engine/server-protocol';
import type { PanelData } from '../../../core/filters/panel-data';
import type { Coding } from '../../../core/filters/coding';
import type { Filters } from '../../../core/filters/filters';
import { encodeView, EMPTY_VIEW } from '../../../core/view/view-state';

/**
 * The panels' queries sent to `npm run serve:data`, whose DuckDB runs the
 * same SQL the browser's would. The filters travel as the view's own URL
 * keys.
 */
/** A filter state as the view's URL keys. */
const keys = (filters: Filters, coding: Coding) => encodeView({ ...EMPTY_VIEW, places: [...filters.places], topics: [...filters.topics], from: filters.from, to: filters.to, coding });

export function serverEngine(base: string, manifest: ServerManifest): EventEngine {
  const root = new URL(base);
  const get = async <T,>(path: string, signal?: AbortSignal): Promise<T> => {
    const response = await fetch(new URL(path, root), { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`the data server answered ${response.status} ${response.statusText}`.trim());
    return (await response.json()) as T;
  };
  const topics = new Map(manifest.meta.topics.map((t) => [t.id, t]));
  return {
    kind: 'duckdb-server',
    host: root.host,
    context: {
      meta: manifest.meta,
      count: manifest.count,
      granularity: manifest.granularity,
      buckets: manifest.buckets,
      firstMonth: manifest.firstMonth,
      topicOrder: manifest.topicOrder.map((id) => topics.get(id)).filter((t) => t !== undefined),
      scaleMax: manifest.scaleMax,
    },
    panel: (filters, coding, signal) => get<PanelData>(`panel${keys(filters, coding)}`, signal),
    event: async (id, signal) => (await get<{ event: ThawEvent | null }>(`event?id=${encodeURIComponent(id)}`, signal)).event,
    events: async (filters, coding, signal) => (await get<{ events: ThawEvent[] }>(`events${keys(filters, coding)}`, signal)).events,
  };
}
