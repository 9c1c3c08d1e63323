import { summarizePlaces, topicsByFrequency } from '../filters/aggregate';
import type { Dataset, Place, Source, Topic } from './schema';

export type DatasetLookups = {
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  topics: ReadonlyMap<string, Topic>;
  titles: ReadonlyMap<string, string>;
  /** Topics by how often the whole dataset mentions them: a bar order that does not jump while filtering. */
  topicOrder: ReadonlyArray<Topic>;
  /** The most events at one place: the count that gets the largest map bubble. */
  scaleMax: number;
  /** [[south, west], [north, east]] around the dataset's places, or East Asia when it has none. */
  bounds: [[number, number], [number, number]];
};

/** What the panels look things up in, computed once per dataset. */
export function lookupsOf(dataset: Dataset): DatasetLookups {
  const lats = dataset.places.map((p) => p.lat);
  const lons = dataset.places.map((p) => p.lon);
  return {
    places: new Map(dataset.places.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    topics: new Map(dataset.topics.map((t) => [t.id, t])),
    titles: new Map(dataset.events.map((e) => [e.id, e.title])),
    topicOrder: topicsByFrequency(dataset.events, dataset.topics),
    scaleMax: Math.max(1, ...summarizePlaces(dataset.events, dataset.places).map((s) => s.count)),
    bounds:
      dataset.places.length === 0
        ? [[20, 100], [50, 145]]
        : [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]],
  };
}
