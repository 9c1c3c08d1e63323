import type { Dataset, ThawEvent } from '../dataset/schema';

/**
 * The filters of the shared view, as plain data. Within a dimension the
 * values are alternatives (any place, any topic); across dimensions they
 * combine (place and topic and date). An empty list filters nothing.
 */
export type Filters = {
  places: ReadonlyArray<string>;
  topics: ReadonlyArray<string>;
  from: string | null;
  to: string | null;
};

export type Dimension = 'places' | 'topics' | 'time';

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day an event covers: its endDate, or the end of the month or
 * year its date stands for at month or year precision.
 */
export function eventEnd(event: Pick<ThawEvent, 'date' | 'datePrecision' | 'endDate'>): string {
  const end = event.endDate ?? event.date;
  const [year, month] = end.split('-').map(Number);
  if (event.datePrecision === 'year') return `${year}-12-31`;
  if (event.datePrecision === 'month') return `${end.slice(0, 7)}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
  return end;
}

/** True when the event's days overlap the inclusive range [from, to]; open ends match everything. */
export function overlapsRange(event: ThawEvent, from: string | null, to: string | null): boolean {
  return (from === null || eventEnd(event) >= from) && (to === null || event.date <= to);
}

/** True when the event passes every filter. */
export function matchesFilters(event: ThawEvent, filters: Filters): boolean {
  const place = filters.places.length === 0 || (event.placeId !== undefined && filters.places.includes(event.placeId));
  const topic = filters.topics.length === 0 || event.topics.some((t) => filters.topics.includes(t.id));
  return place && topic && overlapsRange(event, filters.from, filters.to);
}

/**
 * The filters a view asks for, keeping only what the dataset knows: unknown
 * place and topic ids are dropped, repeats folded, and a range whose start
 * is after its end is dropped whole. Never throws.
 */
export function filtersFromView(view: Filters, dataset: Pick<Dataset, 'places' | 'topics'>): Filters {
  const placeIds = new Set(dataset.places.map((p) => p.id));
  const topicIds = new Set(dataset.topics.map((t) => t.id));
  const rangeOk = view.from === null || view.to === null || view.from <= view.to;
  return {
    places: [...new Set(view.places)].filter((id) => placeIds.has(id)),
    topics: [...new Set(view.topics)].filter((id) => topicIds.has(id)),
    from: rangeOk ? view.from : null,
    to: rangeOk ? view.to : null,
  };
}

/**
 * A string that is equal for equal filters: lets a caller keep one filters
 * object while the URL is re-read into a new but equal view.
 */
export function filtersKey(filters: Filters): string {
  return JSON.stringify([filters.places, filters.topics, filters.from, filters.to]);
}

/**
 * `next`, with each list that holds what `previous`'s holds replaced by
 * that list: after a click on one dimension the others keep their arrays,
 * so the panels that show only them are not drawn again.
 */
export function withStableLists(previous: Filters | null, next: Filters): Filters {
  if (!previous) return next;
  const same = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => a.length === b.length && a.every((v, i) => v === b[i]);
  const places = same(previous.places, next.places) ? previous.places : next.places;
  const topics = same(previous.topics, next.topics) ? previous.topics : next.topics;
  return places === next.places && topics === next.topics ? next : { ...next, places, topics };
}

export const NO_FILTERS: Filters = { places: [], topics: [], from: null, to: null };

/** True when no dimension filters anything. */
export const isUnfiltered = (filters: Filters) =>
  filters.places.length === 0 && filters.topics.length === 0 && filters.from === null && filters.to === null;

/** The filters with one value added to a list dimension, or removed if it was there. */
export function toggleValue(filters: Filters, dimension: 'places' | 'topics', id: string): Filters {
  const current = filters[dimension];
  const next = current.includes(id) ? current.filter((value) => value !== id) : [...current, id];
  return { ...filters, [dimension]: next };
}

/**
 * Cross-filtering as in crossfilter and dc.js: each panel sees the events
 * that pass every filter but its own, so its own selection never empties
 * it. `all` passes every filter; `except[d]` passes all but dimension d.
 * One pass over the events.
 */
export function crossFilter(events: ReadonlyArray<ThawEvent>, filters: Filters) {
  const places = new Set(filters.places);
  const topics = new Set(filters.topics);
  const all: ThawEvent[] = [];
  const except: Record<Dimension, ThawEvent[]> = { places: [], topics: [], time: [] };
  for (const event of events) {
    const place = places.size === 0 || (event.placeId !== undefined && places.has(event.placeId));
    const topic = topics.size === 0 || event.topics.some((t) => topics.has(t.id));
    const time = overlapsRange(event, filters.from, filters.to);
    if (topic && time) except.places.push(event);
    if (place && time) except.topics.push(event);
    if (place && topic) except.time.push(event);
    if (place && topic && time) all.push(event);
  }
  return { all, except };
}

export type CrossFiltered = ReturnType<typeof crossFilter>;
