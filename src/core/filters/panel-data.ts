import { compareText } from '../dataset/describe';
import type { Place, ThawEvent, Topic } from '../dataset/schema';
import { thawBand } from '../thaw/bands';
import type { Granularity, PlaceSummary, ThawPoint, ThawSummary, TimeBucket, TopicCount } from './aggregate';
import { queryIndex, type EventIndex } from './event-index';
import type { Filters } from './filters';

/** Above this many filtered events the thaw trend shows one point per time bucket instead of one per event. */
export const MAX_TREND_POINTS = 400;
/** The map never draws more bubbles than this; the rest are listed as not drawn. */
export const MAX_MARKERS = 500;
/**
 * The map's bubbles that are buttons: past this many, the smaller ones are
 * painted together on one canvas. Hundreds of buttons cost every click a
 * restyle of each, and as many stops for the keyboard, which the place list
 * serves better.
 */
export const BUTTON_MARKERS = 60;

export type ThawTrendSeries = {
  /** What one point stands for: an event, or the mean of a month's or a year's events. */
  per: 'event' | Granularity;
  points: ThawPoint[];
};

/** Everything the dashboard's panels show for one filter state, computed once per filter change. */
export type PanelData = {
  /** How many events pass every filter. */
  count: number;
  /**
   * Events passing every filter, oldest first (date, then id): all of them
   * from the in-memory index; the newest LIST_PAGE from a DuckDB engine.
   */
  all: ThawEvent[];
  /** The same events newest first, ties by id: the events list. */
  list: ThawEvent[];
  /** Under the topic and time filters, by place (see summarizePlaces). */
  places: PlaceSummary[];
  /** Under the place and time filters, per topic in the given order. */
  topics: TopicCount[];
  /** Under the place and topic filters, per month or year of the whole dataset. */
  timeline: { granularity: Granularity; buckets: TimeBucket[] };
  thaw: ThawSummary;
  series: ThawTrendSeries;
};

type Context = {
  events: ReadonlyArray<ThawEvent>;
  places: ReadonlyArray<Place>;
  /** Topic bar order (lookups.topicOrder). */
  topicOrder: ReadonlyArray<Topic>;
};

const ROLLING = 3;

/**
 * The panels' data from the event index: the same results as crossFilter
 * followed by summarizePlaces, countTopics, timeBuckets, summarizeThaw,
 * thawSeries and newestFirst, in one indexed pass plus work proportional to
 * the number of places, topics and matching events. Above MAX_TREND_POINTS
 * events the trend is bucketed (see ThawTrendSeries).
 */
export function panelData(index: EventIndex, context: Context, filters: Filters): PanelData {
  const { events, places, topicOrder } = context;
  const result = queryIndex(index, filters);
  const positions = result.all;
  const n = positions.length;

  const all: ThawEvent[] = new Array(n);
  for (let i = 0; i < n; i += 1) all[i] = events[index.order[positions[i]]];

  // Story order is (date, id) ascending; newest first keeps ids ascending within a day.
  // Filled by index into an array of the final length: growing it by push would copy it again and again at 100,000 events.
  const list: ThawEvent[] = new Array(n);
  let next = 0;
  for (let end = n; end > 0; ) {
    let start = end - 1;
    while (start > 0 && index.start[positions[start - 1]] === index.start[positions[end - 1]]) start -= 1;
    for (let i = start; i < end; i += 1) list[next++] = all[i];
    end = start;
  }

  const selected = new Set(filters.places);
  const placeSummaries: PlaceSummary[] = [];
  places.forEach((place, p) => {
    const count = result.placeCount[p];
    if (count === 0 && !selected.has(place.id)) return;
    placeSummaries.push({
      place,
      count,
      meanScore: count === 0 ? null : result.placeScore[p] / count,
      byPrecision: { 1: result.placePrecision[p * 3], 2: result.placePrecision[p * 3 + 1], 3: result.placePrecision[p * 3 + 2] },
    });
  });
  placeSummaries.sort((a, b) => b.count - a.count || compareText(a.place.name, b.place.name));

  const topicSlot = new Map(index.topicIds.map((id, t) => [id, t]));
  const topics = topicOrder.map((topic) => ({ topic, count: result.topicCount[topicSlot.get(topic.id) ?? -1] ?? 0 }));
  const buckets = index.buckets.map((bucket, b) => ({ ...bucket, count: result.bucketCount[b] }));

  return {
    count: n,
    all,
    list,
    places: placeSummaries,
    topics,
    timeline: { granularity: index.granularity, buckets },
    thaw: thawSummary(index, positions),
    series: n <= MAX_TREND_POINTS ? eventSeries(index, all, positions) : bucketSeries(index, positions),
  };
}

function thawSummary(index: EventIndex, positions: Uint32Array): ThawSummary {
  const n = positions.length;
  if (n === 0) return { n: 0, mean: null, band: null, change: null };
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += index.score[positions[i]];
  const mean = sum / n;
  const k = Math.min(3, Math.floor(n / 2));
  const meanOf = (from: number, to: number) => {
    let s = 0;
    for (let i = from; i < to; i += 1) s += index.score[positions[i]];
    return s / (to - from);
  };
  return { n, mean, band: thawBand(mean), change: k === 0 ? null : { delta: meanOf(n - k, n) - meanOf(n - 2 * k, n - k), k } };
}

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

function eventSeries(index: EventIndex, all: ReadonlyArray<ThawEvent>, positions: Uint32Array): ThawTrendSeries {
  const points = all.map((event, i) => {
    let sum = 0;
    const from = Math.max(0, i - ROLLING + 1);
    for (let j = from; j <= i; j += 1) sum += index.score[positions[j]];
    return { id: event.id, date: event.date, time: timeOf(event.date), score: event.thaw.score, rolling: sum / (i - from + 1) };
  });
  return { per: 'event', points };
}

/** One point per time bucket with events: its mean score, and the rolling mean over the last three such buckets. */
function bucketSeries(index: EventIndex, positions: Uint32Array): ThawTrendSeries {
  const sums = new Float64Array(index.buckets.length);
  const counts = new Uint32Array(index.buckets.length);
  for (let i = 0; i < positions.length; i += 1) {
    const b = index.bucket[positions[i]];
    sums[b] += index.score[positions[i]];
    counts[b] += 1;
  }
  const means: Array<{ bucket: TimeBucket; mean: number }> = [];
  index.buckets.forEach((bucket, b) => counts[b] > 0 && means.push({ bucket, mean: sums[b] / counts[b] }));
  const points = means.map(({ bucket, mean }, i) => {
    const recent = means.slice(Math.max(0, i - ROLLING + 1), i + 1);
    return { id: bucket.key, date: bucket.start, time: timeOf(bucket.start), score: mean, rolling: recent.reduce((s, m) => s + m.mean, 0) / recent.length };
  });
  return { per: index.granularity, points };
}

/**
 * The places the map draws: the `max` with the most events, plus every
 * selected place so a selection can always be seen and undone. Keeps the
 * input order (most events first).
 */
export function placesToDraw(summaries: ReadonlyArray<PlaceSummary>, selected: ReadonlyArray<string>, max = MAX_MARKERS): PlaceSummary[] {
  if (summaries.length <= max) return [...summaries];
  const wanted = new Set(selected);
  const chosen = summaries.filter((s, i) => i < max || wanted.has(s.place.id));
  // Selected places beyond the cut take the places of the smallest drawn ones.
  while (chosen.length > Math.max(max, wanted.size)) {
    const drop = chosen.findLastIndex((s) => !wanted.has(s.place.id));
    if (drop < 0) break;
    chosen.splice(drop, 1);
  }
  return chosen;
}

/**
 * The places the map draws, split into the bubbles that are buttons (the
 * `max` with the most events, and every selected or chosen place, which the
 * reader must be able to see and undo from the map) and the rest, painted.
 * Both keep the input order (most events first).
 */
export function splitMarkers(drawn: ReadonlyArray<PlaceSummary>, selected: ReadonlyArray<string>, chosenPlaceId: string | null, max = BUTTON_MARKERS): { buttons: PlaceSummary[]; painted: PlaceSummary[] } {
  const wanted = new Set(selected);
  const buttons: PlaceSummary[] = [];
  const painted: PlaceSummary[] = [];
  drawn.forEach((s, i) => (i < max || wanted.has(s.place.id) || s.place.id === chosenPlaceId ? buttons : painted).push(s));
  return { buttons, painted };
}
