import type { Granularity, TimeBucket } from '../filters/aggregate';
import type { TableMeta } from './event-table';

/**
 * What `npm run serve:data` answers at its root: the table's metadata and
 * context, so the dashboard can draw every axis before its first query.
 * The panel queries are `GET /panel?` with the view's own URL keys
 * (places, topics, from, to, coding), `GET /events?` with the same keys
 * (the events the exports hold) and `GET /event?id=`.
 */
export const SERVICE = 'thaw-monitor-data';

export type ServerManifest = {
  service: typeof SERVICE;
  version: 1;
  /** The file served, by name only. */
  file: string;
  count: number;
  meta: TableMeta;
  granularity: Granularity;
  buckets: TimeBucket[];
  firstMonth: number;
  topicOrder: string[];
  scaleMax: number;
};

/** True for a server's manifest (the root of a `?data=` address that is a data server). */
export function isServerManifest(value: unknown): value is ServerManifest {
  const v = value as Partial<ServerManifest> | null;
  return typeof v === 'object' && v !== null && v.service === SERVICE && v.version === 1 && typeof v.count === 'number' && typeof v.meta === 'object' && Array.isArray(v.buckets);
}
