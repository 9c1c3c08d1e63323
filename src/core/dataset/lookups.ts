import { queryIndex, type EventIndex } from '../filters/event-index';
import { NO_FILTERS } from '../filters/filters';
import type { Dataset, Place, Source, Topic } from './schema';

export type DatasetLookups = {
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  topics: ReadonlyMap<string, Topic>;
  /** An event's title by its id (the map behind it is made on the first call: most views never ask). */
  titleOf: (id: string) => string | undefined;
  /** Topics by how often the whole dataset mentions them: a bar order that does not jump while filtering. */
  topicOrder: ReadonlyArray<Topic>;
  /** The most events at one place: the count that gets the largest map bubble. */
  scaleMax: number;
  /** [[south, west], [north, east]] around the dataset's places, or East Asia when it has none. */
  bounds: [[number, number], [number, number]];
};

/**
 * What the panels look things up in, computed once per dataset. The counts
 * come from one unfiltered pass over the dataset's index (`buildIndex`), not
 * from the events themselves.
 */
export function lookupsOf(dataset: Dataset, index: EventIndex): DatasetLookups {
  const lats = dataset.places.map((p) => p.lat);
  const lons = dataset.places.map((p) => p.lon);
  const whole = queryIndex(index, NO_FILTERS);
  let titles: Map<string, string> | null = null;
  return {
    places: new Map(dataset.places.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    topics: new Map(dataset.topics.map((t) => [t.id, t])),
    titleOf: (id) => (titles ??= new Map(dataset.events.map((e) => [e.id, e.title]))).get(id),
    // The index lists topics in the dataset's order; ties keep that order.
    topicOrder: dataset.topics
      .map((topic, t) => ({ topic, t, count: whole.topicCount[t] }))
      .sort((a, b) => b.count - a.count || a.t - b.t)
      .map((entry) => entry.topic),
    scaleMax: Math.max(1, ...whole.placeCount),
    bounds:
      dataset.places.length === 0
        ? [[20, 100], [50, 145]]
        : [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]],
  };
}
