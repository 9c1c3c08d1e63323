/**
 * The filters as SQL over the engine's table (see loadSql): the one place a
 * filter value becomes SQL. Places and topics enter as their positions in
 * the table's metadata and dates as day numbers, never as text.
 */
import type { Coding } from '../filters/coding';
import { dayNumber } from '../filters/event-index';
import type { Filters } from '../filters/filters';
import type { TableContext } from './panel-sql';

/** The three filter dimensions, one per kind of panel selection. */
export type Dim = 'places' | 'topics' | 'time';

/** A text as an SQL string literal (for the few texts that are not filter values: file names, ids, metadata). */
export const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The table holds machine-coded events only: asking for curated ones leaves none. */
export const codingCondition = (coding: Coding) => (coding === 'curated' ? 'FALSE' : 'TRUE');

/** Each dimension's filter as SQL over the events (or over a cube's keys): built by conditions(). */
export type Conditions = Record<Dim, string> & { cubeTime: string | null };

/**
 * The filters as positions in the table's metadata: the places' positions
 * (known ones only), the topics as a bit mask, and the range's first and
 * last bucket where it starts and ends on bucket bounds. What the SQL
 * conditions and a cube's test in the page are both made from.
 */
export function filterPositions(context: TableContext, filters: Filters) {
  const { meta, buckets } = context;
  const placeAt = new Map(meta.places.map((p, i) => [p.id, i]));
  const topicAt = new Map(meta.topics.map((t, i) => [t.id, i]));
  const places = filters.places.map((id) => placeAt.get(id)).filter((i) => i !== undefined);
  let mask = 0n;
  for (const id of filters.topics) {
    const i = topicAt.get(id);
    if (i !== undefined) mask |= 1n << BigInt(i);
  }
  const fromBucket = filters.from === null ? null : buckets.findIndex((b) => b.start === filters.from);
  const toBucket = filters.to === null ? null : buckets.findIndex((b) => b.end === filters.to);
  return { places, mask, buckets: fromBucket === -1 || toBucket === -1 ? null : { from: fromBucket, to: toBucket } };
}

/** The filters as SQL, one condition per dimension, and the time filter on a cube's bucket keys where the range is on bucket bounds. */
export function conditions(context: TableContext, filters: Filters): Conditions {
  const { places: placeList, mask, buckets } = filterPositions(context, filters);
  const places = filters.places.length === 0 ? 'TRUE' : placeList.length === 0 ? 'FALSE' : `p IN (${placeList.join(', ')})`;
  const topics = filters.topics.length === 0 ? 'TRUE' : mask === 0n ? 'FALSE' : `(tb & ${mask.toString()}::UBIGINT) <> 0`;
  const time = [filters.from === null ? null : `en >= ${dayNumber(filters.from)}`, filters.to === null ? null : `dn <= ${dayNumber(filters.to)}`].filter(Boolean).join(' AND ') || 'TRUE';
  const cubeTime = !buckets ? null : [buckets.from === null ? null : `be >= ${buckets.from}`, buckets.to === null ? null : `bs <= ${buckets.to}`].filter(Boolean).join(' AND ') || 'TRUE';
  return { places, topics, time, cubeTime };
}
