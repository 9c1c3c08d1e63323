import { byStoryOrder, compareText } from '../dataset/describe';
import type { GeoPrecision, Place, ThawEvent, Topic } from '../dataset/schema';
import { thawBand, type ThawBand } from '../thaw/bands';

const mean = (values: ReadonlyArray<number>) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

export type PlaceSummary = {
  place: Place;
  count: number;
  /** Mean thaw score of the place's events, or null when it has none. */
  meanScore: number | null;
  /** How many of the place's events sit there at each geoPrecision. */
  byPrecision: Record<GeoPrecision, number>;
};

/**
 * Whether two summaries say the same of the same place. An engine answers
 * each filter state with new summaries, most of them unchanged: a bubble
 * whose summary says the same is not drawn again.
 */
export function sameSummary(a: PlaceSummary, b: PlaceSummary): boolean {
  return (
    a === b ||
    (a.place === b.place &&
      a.count === b.count &&
      a.meanScore === b.meanScore &&
      a.byPrecision[1] === b.byPrecision[1] &&
      a.byPrecision[2] === b.byPrecision[2] &&
      a.byPrecision[3] === b.byPrecision[3])
  );
}

/**
 * One summary per place that has events, plus any selected place (with a
 * count of 0) so a selection can always be seen and undone. Ordered by count,
 * then name in code-unit order (compareText): the same in every locale, and
 * no collator to set up, which cost the page's first render 10 to 50 ms.
 */
export function summarizePlaces(
  events: ReadonlyArray<ThawEvent>,
  places: ReadonlyArray<Place>,
  selected: ReadonlyArray<string> = [],
): PlaceSummary[] {
  const scores = new Map<string, number[]>();
  const precisions = new Map<string, Record<GeoPrecision, number>>();
  for (const event of events) {
    if (event.placeId === undefined || event.geoPrecision === undefined) continue;
    (scores.get(event.placeId) ?? scores.set(event.placeId, []).get(event.placeId)!).push(event.thaw.score);
    const byPrecision = precisions.get(event.placeId) ?? precisions.set(event.placeId, { 1: 0, 2: 0, 3: 0 }).get(event.placeId)!;
    byPrecision[event.geoPrecision] += 1;
  }
  const wanted = new Set(selected);
  return places
    .filter((place) => scores.has(place.id) || wanted.has(place.id))
    .map((place) => ({
      place,
      count: scores.get(place.id)?.length ?? 0,
      meanScore: mean(scores.get(place.id) ?? []),
      byPrecision: precisions.get(place.id) ?? { 1: 0, 2: 0, 3: 0 },
    }))
    .sort((a, b) => b.count - a.count || compareText(a.place.name, b.place.name));
}

export type TopicCount = { topic: Topic; count: number };

/** For each topic, in the order given, the number of events that mention it. */
export function countTopics(events: ReadonlyArray<ThawEvent>, topics: ReadonlyArray<Topic>): TopicCount[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const topic of event.topics) counts.set(topic.id, (counts.get(topic.id) ?? 0) + 1);
  return topics.map((topic) => ({ topic, count: counts.get(topic.id) ?? 0 }));
}

/** Topics ordered by how many events of the whole dataset mention them, most first; ties keep taxonomy order. */
export function topicsByFrequency(events: ReadonlyArray<ThawEvent>, topics: ReadonlyArray<Topic>): Topic[] {
  return countTopics(events, topics)
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map((entry) => entry.topic);
}

export type Granularity = 'month' | 'year';
export type TimeBucket = { key: string; start: string; end: string; count: number };

/** Months are used when the dataset spans at most this many; years otherwise. */
export const MAX_MONTH_BUCKETS = 36;

const monthEnd = (year: number, month: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;

/**
 * Consecutive buckets (months or years, empty ones included) spanning the
 * dates of `domain`, with the number of `events` that start in each. The
 * domain is the whole dataset so the axis stays put while filters change.
 */
export function timeBuckets(domain: ReadonlyArray<ThawEvent>, events: ReadonlyArray<ThawEvent>): { granularity: Granularity; buckets: TimeBucket[] } {
  if (domain.length === 0) return { granularity: 'year', buckets: [] };
  let first = domain[0].date;
  let last = domain[0].date;
  for (const event of domain) {
    if (event.date < first) first = event.date;
    if (event.date > last) last = event.date;
  }
  const [y0, m0] = first.split('-').map(Number);
  const [y1, m1] = last.split('-').map(Number);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const granularity: Granularity = months <= MAX_MONTH_BUCKETS ? 'month' : 'year';
  const keyOf = (date: string) => (granularity === 'month' ? date.slice(0, 7) : date.slice(0, 4));

  const buckets: TimeBucket[] = [];
  if (granularity === 'year') {
    for (let year = y0; year <= y1; year += 1) buckets.push({ key: String(year), start: `${year}-01-01`, end: `${year}-12-31`, count: 0 });
  } else {
    for (let i = 0; i < months; i += 1) {
      const year = y0 + Math.floor((m0 - 1 + i) / 12);
      const month = ((m0 - 1 + i) % 12) + 1;
      const key = `${year}-${String(month).padStart(2, '0')}`;
      buckets.push({ key, start: `${key}-01`, end: monthEnd(year, month), count: 0 });
    }
  }
  const index = new Map(buckets.map((bucket, i) => [bucket.key, i]));
  for (const event of events) {
    const i = index.get(keyOf(event.date));
    if (i !== undefined) buckets[i].count += 1;
  }
  return { granularity, buckets };
}

export type ThawSummary = {
  n: number;
  /** Mean score of the events, null when there are none. */
  mean: number | null;
  band: ThawBand | null;
  /**
   * Where relations are heading: the mean of the latest `k` events minus
   * the mean of the `k` before them, k = min(3, floor(n / 2)). Null with
   * fewer than two events.
   */
  change: { delta: number; k: number } | null;
};


export function summarizeThaw(events: ReadonlyArray<ThawEvent>): ThawSummary {
  const scores = [...events].sort(byStoryOrder).map((e) => e.thaw.score);
  const average = mean(scores);
  const k = Math.min(3, Math.floor(scores.length / 2));
  const change =
    k === 0 ? null : { delta: mean(scores.slice(-k))! - mean(scores.slice(-2 * k, -k))!, k };
  return { n: scores.length, mean: average, band: average === null ? null : thawBand(average), change };
}

export type ThawPoint = { id: string; date: string; time: number; score: number; rolling: number };

/**
 * Per-event scores in date order with a trailing rolling mean over the last
 * `window` events (fewer at the start). `time` is the date in ms since 1970
 * for a time axis.
 */
export function thawSeries(events: ReadonlyArray<ThawEvent>, window = 3): ThawPoint[] {
  const sorted = [...events].sort(byStoryOrder);
  return sorted.map((event, i) => {
    const recent = sorted.slice(Math.max(0, i - window + 1), i + 1).map((e) => e.thaw.score);
    return { id: event.id, date: event.date, time: Date.parse(`${event.date}T00:00:00Z`), score: event.thaw.score, rolling: mean(recent)! };
  });
}
