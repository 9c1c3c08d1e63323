import { daysInMonth, digitsAt } from '../dataset/dates';
import { compareText } from '../dataset/describe';
import type { Dataset, ThawEvent } from '../dataset/schema';
import { timeBuckets, type Granularity, type TimeBucket } from './aggregate';
import type { Filters } from './filters';

/** Days since 1970-01-01 of a proleptic Gregorian day (Howard Hinnant's days_from_civil): arithmetic, no Date, no strings. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return daysFromCivil(digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2));
}

/** The day number of the last day an event covers: what `eventEnd` returns, without building the string. */
function endDayNumber(event: Pick<ThawEvent, 'date' | 'datePrecision' | 'endDate'>): number {
  const end = event.endDate ?? event.date;
  if (event.datePrecision === 'day') return dayNumber(end);
  const year = digitsAt(end, 0, 4);
  if (event.datePrecision === 'year') return daysFromCivil(year, 12, 31);
  const month = digitsAt(end, 5, 2);
  return daysFromCivil(year, month, daysInMonth(year, month));
}

/**
 * Column-wise typed arrays over a dataset's events, built once per dataset so
 * every filter change is one tight pass with no object access. Events are
 * stored in story order (date, then id): position i is `events[order[i]]`.
 */
export type EventIndex = {
  n: number;
  order: Uint32Array;
  place: Uint16Array;
  precision: Uint8Array;
  /** Topic bitsets, `words` 32-bit words per event. */
  topics: Uint32Array;
  words: number;
  start: Int32Array;
  end: Int32Array;
  bucket: Uint16Array;
  score: Float64Array;
  placeIds: ReadonlyArray<string>;
  topicIds: ReadonlyArray<string>;
  buckets: ReadonlyArray<TimeBucket>;
  granularity: Granularity;
};

/**
 * Positions of the events in story order (date, then id). The dates are
 * counted into their days first (a counting sort over the days the dataset
 * spans, which keeps input order within a day), then each day's few events
 * are sorted by id: far fewer comparisons than one sort of every event.
 */
function storyOrder(startOf: Int32Array, events: ReadonlyArray<Pick<ThawEvent, 'id'>>): Uint32Array {
  const n = startOf.length;
  const order = new Uint32Array(n);
  if (n === 0) return order;
  let first = startOf[0];
  let last = startOf[0];
  for (let i = 1; i < n; i += 1) {
    if (startOf[i] < first) first = startOf[i];
    if (startOf[i] > last) last = startOf[i];
  }
  const slot = new Uint32Array(last - first + 2);
  for (let i = 0; i < n; i += 1) slot[startOf[i] - first + 1] += 1;
  for (let d = 1; d < slot.length; d += 1) slot[d] += slot[d - 1];
  for (let i = 0; i < n; i += 1) order[slot[startOf[i] - first]++] = i;
  const byId = (a: number, b: number) => compareText(events[a].id, events[b].id);
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && startOf[order[to]] === startOf[order[from]]) to += 1;
    if (to - from > 1) order.subarray(from, to).sort(byId);
    from = to;
  }
  return order;
}

/** Builds the index of a dataset whose references have been checked (parseDataset does). */
export function buildIndex(dataset: Pick<Dataset, 'events' | 'places' | 'topics'>): EventIndex {
  const { events } = dataset;
  const n = events.length;
  const placeIds = dataset.places.map((p) => p.id);
  const topicIds = dataset.topics.map((t) => t.id);
  const placeIndex = new Map(placeIds.map((id, i) => [id, i]));
  const topicIndex = new Map(topicIds.map((id, i) => [id, i]));
  const words = Math.max(1, Math.ceil(topicIds.length / 32));

  // One pass over the events in the order they arrive, which reads the objects as they lie in memory; the columns are
  // then put in story order by position alone.
  const startOf = new Int32Array(n);
  const endOf = new Int32Array(n);
  const placeOf = new Uint16Array(n);
  const precisionOf = new Uint8Array(n);
  const topicsOf = new Uint32Array(n * words);
  const scoreOf = new Float64Array(n);
  /** Months since year 0 of each event's date: its bucket, once the first bucket is known. */
  const monthOf = new Int32Array(n);
  let first = 0;
  let last = 0;
  for (let i = 0; i < n; i += 1) {
    const event = events[i];
    const year = digitsAt(event.date, 0, 4);
    const month = digitsAt(event.date, 5, 2);
    startOf[i] = daysFromCivil(year, month, digitsAt(event.date, 8, 2));
    endOf[i] = event.endDate === undefined && event.datePrecision === 'day' ? startOf[i] : endDayNumber(event);
    monthOf[i] = year * 12 + month - 1;
    // An event with no place gets the index one past the last place: no place filter matches it and no place counts it.
    placeOf[i] = event.placeId === undefined ? placeIds.length : (placeIndex.get(event.placeId) ?? 0);
    precisionOf[i] = event.geoPrecision ?? 3;
    for (const topic of event.topics) {
      const t = topicIndex.get(topic.id);
      if (t !== undefined) topicsOf[i * words + (t >>> 5)] |= 1 << (t & 31);
    }
    scoreOf[i] = event.thaw.score;
    if (startOf[i] < startOf[first]) first = i;
    if (startOf[i] > startOf[last]) last = i;
  }
  const order = storyOrder(startOf, events);
  // The buckets span the first and the last date, so those two events are all timeBuckets needs to see.
  const { granularity, buckets } = timeBuckets(n === 0 ? [] : [events[first], events[last]], []);
  // Buckets are consecutive months or years from the first one, so an event's bucket is arithmetic on its date.
  const firstMonth = buckets.length > 0 ? digitsAt(buckets[0].key, 0, 4) * 12 + (granularity === 'month' ? digitsAt(buckets[0].key, 5, 2) - 1 : 0) : 0;

  const index: EventIndex = {
    n,
    order,
    place: new Uint16Array(n),
    precision: new Uint8Array(n),
    topics: new Uint32Array(n * words),
    words,
    start: new Int32Array(n),
    end: new Int32Array(n),
    bucket: new Uint16Array(n),
    score: new Float64Array(n),
    placeIds,
    topicIds,
    buckets,
    granularity,
  };
  for (let i = 0; i < n; i += 1) {
    const k = order[i];
    index.place[i] = placeOf[k];
    index.precision[i] = precisionOf[k];
    for (let w = 0; w < words; w += 1) index.topics[i * words + w] = topicsOf[k * words + w];
    index.start[i] = startOf[k];
    index.end[i] = endOf[k];
    index.bucket[i] = granularity === 'month' ? monthOf[k] - firstMonth : Math.floor(monthOf[k] / 12) - Math.floor(firstMonth / 12);
    index.score[i] = scoreOf[k];
  }
  return index;
}

/**
 * What every panel needs after a filter change, in one pass (crossfilter
 * semantics: each count is under every filter but its own dimension's).
 *
 * - `all`: positions (story order) of the events that pass every filter.
 * - `placeCount`, `placeScore`, `placePrecision` (3 per place): events passing
 *   the topic and time filters, by place.
 * - `topicCount`: events passing the place and time filters, by topic.
 * - `bucketCount`: events passing the place and topic filters, by time bucket.
 */
export type IndexedResult = {
  all: Uint32Array;
  placeCount: Uint32Array;
  placeScore: Float64Array;
  placePrecision: Uint32Array;
  topicCount: Uint32Array;
  bucketCount: Uint32Array;
};

/** Runs the filters over the index. O(n) with typed arrays; allocation is per call, not per event. */
export function queryIndex(index: EventIndex, filters: Filters): IndexedResult {
  const { n, words, place, topics, start, end, bucket, score, precision } = index;
  const P = index.placeIds.length;
  const T = index.topicIds.length;

  const placeFilter = filters.places.length > 0 ? new Uint8Array(P) : null;
  if (placeFilter) for (const id of filters.places) { const i = index.placeIds.indexOf(id); if (i >= 0) placeFilter[i] = 1; }
  const topicFilter = filters.topics.length > 0 ? new Uint32Array(words) : null;
  if (topicFilter) for (const id of filters.topics) { const t = index.topicIds.indexOf(id); if (t >= 0) topicFilter[t >>> 5] |= 1 << (t & 31); }
  const from = filters.from === null ? -Infinity : dayNumber(filters.from);
  const to = filters.to === null ? Infinity : dayNumber(filters.to);

  const all = new Uint32Array(n);
  let count = 0;
  const placeCount = new Uint32Array(P);
  const placeScore = new Float64Array(P);
  const placePrecision = new Uint32Array(P * 3);
  const topicCount = new Uint32Array(T);
  const bucketCount = new Uint32Array(index.buckets.length);

  for (let i = 0; i < n; i += 1) {
    const p = placeFilter === null || placeFilter[place[i]] === 1;
    let t = topicFilter === null;
    if (!t) {
      for (let w = 0; w < words; w += 1) {
        if ((topics[i * words + w] & topicFilter![w]) !== 0) { t = true; break; }
      }
    }
    const d = end[i] >= from && start[i] <= to;
    if (t && d && place[i] < P) {
      const k = place[i];
      placeCount[k] += 1;
      placeScore[k] += score[i];
      placePrecision[k * 3 + precision[i] - 1] += 1;
    }
    if (p && d) {
      for (let w = 0; w < words; w += 1) {
        let bits = topics[i * words + w];
        while (bits !== 0) {
          const low = bits & -bits;
          topicCount[(w << 5) + 31 - Math.clz32(low)] += 1;
          bits ^= low;
        }
      }
    }
    if (p && t) bucketCount[bucket[i]] += 1;
    if (p && t && d) all[count++] = i;
  }
  return { all: all.subarray(0, count), placeCount, placeScore, placePrecision, topicCount, bucketCount };
}

/** The events at the given index positions, in that order. */
export function eventsAt(index: EventIndex, events: ReadonlyArray<ThawEvent>, positions: ArrayLike<number>): ThawEvent[] {
  const out: ThawEvent[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i += 1) out[i] = events[index.order[positions[i]]];
  return out;
}
