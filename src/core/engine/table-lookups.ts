import type { DatasetLookups } from '../dataset/lookups';
import type { ThawEvent } from '../dataset/schema';
import type { TableContext } from './panel-sql';

/** The EAST_ASIA bounds lookupsOf uses for a dataset with no place. */
const NO_PLACES: DatasetLookups['bounds'] = [[20, 100], [50, 145]];

/**
 * What the panels look things up in, for a table DuckDB holds: the same
 * shape as lookupsOf gives for events in the page, with the unfiltered
 * counts (bubble scale, topic order) from the engine's context. Titles are
 * known for the events listed (see withTitlesOf).
 */
export function lookupsOfTable(context: TableContext): DatasetLookups {
  const { places, sources, topics } = context.meta;
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  return {
    places: new Map(places.map((p) => [p.id, p])),
    sources: new Map(sources.map((s) => [s.id, s])),
    topics: new Map(topics.map((t) => [t.id, t])),
    titleOf: () => undefined,
    topicOrder: context.topicOrder,
    scaleMax: context.scaleMax,
    bounds: places.length === 0 ? NO_PLACES : [[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]],
  };
}

/** The lookups with the titles of the given events. */
export function withTitlesOf(lookups: DatasetLookups, events: ReadonlyArray<ThawEvent>): DatasetLookups {
  const titles = new Map(events.map((e) => [e.id, e.title]));
  return { ...lookups, titleOf: (id) => titles.get(id) ?? lookups.titleOf(id) };
}
