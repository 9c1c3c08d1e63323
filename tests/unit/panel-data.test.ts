import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticDataset } from '../../bench/synthetic';
import { newestFirst } from '../../src/core/dataset/describe';
import { lookupsOf } from '../../src/core/dataset/lookups';
import type { Dataset } from '../../src/core/dataset/schema';
import { countTopics, summarizePlaces, summarizeThaw, thawSeries, timeBuckets, topicsByFrequency, sameSummary, type PlaceSummary } from '../../src/core/filters/aggregate';
import { buildIndex } from '../../src/core/filters/event-index';
import { crossFilter, NO_FILTERS, type Filters } from '../../src/core/filters/filters';
import { MAX_TREND_POINTS, panelData, placesToDraw, splitMarkers } from '../../src/core/filters/panel-data';
import { storyOrder } from '../../src/core/presentation/steps';

const shipped: Dataset = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8'));
const ids = (events: ReadonlyArray<{ id: string }>) => events.map((e) => e.id);
// Rounded to 9 places, with -0 as 0: two orders of summing can land on either side of zero.
const roundPlaces = (summaries: ReadonlyArray<PlaceSummary>) =>
  summaries.map((s) => ({ ...s, place: s.place.id, meanScore: s.meanScore === null ? null : Number(s.meanScore.toFixed(9)) + 0 }));

/** panelData from the index must equal the plain aggregation of the reference cross-filter. */
function expectSameAsReference(dataset: Dataset, filters: Filters) {
  const index = buildIndex(dataset);
  const lookups = lookupsOf(dataset, index);
  const data = panelData(index, { events: dataset.events, places: dataset.places, topicOrder: lookups.topicOrder }, filters);
  const reference = crossFilter(dataset.events, filters);

  expect(ids(data.all)).toEqual(ids(storyOrder(reference.all)));
  expect(ids(data.list)).toEqual(ids(newestFirst(reference.all)));
  expect(roundPlaces(data.places)).toEqual(roundPlaces(summarizePlaces(reference.except.places, dataset.places, filters.places)));
  expect(data.topics).toEqual(countTopics(reference.except.topics, lookups.topicOrder));
  expect(data.timeline).toEqual(timeBuckets(dataset.events, reference.except.time));
  const thaw = summarizeThaw(reference.all);
  expect(data.thaw.n).toBe(thaw.n);
  expect(data.thaw.band).toBe(thaw.band);
  if (thaw.mean !== null) expect(data.thaw.mean).toBeCloseTo(thaw.mean, 9);
  if (thaw.change !== null) expect(data.thaw.change!.delta).toBeCloseTo(thaw.change.delta, 9);
  else expect(data.thaw.change).toBeNull();
  return { data, reference };
}

describe('panelData', () => {
  it.each<[string, Filters]>([
    ['no filters', NO_FILTERS],
    ['a topic', { ...NO_FILTERS, topics: ['thaad'] }],
    ['a selected place with no events under the other filters', { ...NO_FILTERS, places: ['qingdao'], topics: ['covid'] }],
    ['a date range', { ...NO_FILTERS, from: '2019-01-01', to: '2021-12-31' }],
    ['nothing matches', { ...NO_FILTERS, from: '2030-01-01' }],
  ])('shipped dataset, %s: same as the reference aggregation', (_name, filters) => {
    const { data, reference } = expectSameAsReference(shipped, filters);
    expect(data.series).toEqual({ per: 'event', points: thawSeries(reference.all) });
  });

  it('keeps newest first with ties by id when several events share a date', () => {
    const dataset = syntheticDataset({ events: 2000, places: 20, seed: 5, topics: shipped.topics });
    expectSameAsReference(dataset, { ...NO_FILTERS, topics: [shipped.topics[0].id] });
  });

  it(`buckets the trend by time above ${MAX_TREND_POINTS} events, one point per bucket with events`, () => {
    const dataset = syntheticDataset({ events: 5000, places: 50, seed: 8, topics: shipped.topics });
    const { data, reference } = expectSameAsReference(dataset, NO_FILTERS);
    expect(data.series.per).toBe(data.timeline.granularity);
    const withEvents = data.timeline.buckets.filter((b) => reference.all.some((e) => e.date >= b.start && e.date <= b.end));
    expect(data.series.points.map((p) => p.id)).toEqual(withEvents.map((b) => b.key));
    const first = withEvents[0];
    const inFirst = reference.all.filter((e) => e.date >= first.start && e.date <= first.end);
    expect(data.series.points[0].score).toBeCloseTo(inFirst.reduce((s, e) => s + e.thaw.score, 0) / inFirst.length, 9);
  });
});

/** A place with `count` events, all placed exactly. */
const summary = (id: string, count: number): PlaceSummary => ({
  place: { id, name: id, country: 'KR', lat: 0, lon: 0 },
  count,
  meanScore: 0,
  byPrecision: { 1: count, 2: 0, 3: 0 },
});

describe('placesToDraw', () => {
  const many = Array.from({ length: 8 }, (_, i) => summary(`p${i}`, 8 - i));

  it.each<[string, string[], number, string[]]>([
    ['under the cap: all', [], 10, ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']],
    ['over the cap: the largest', [], 3, ['p0', 'p1', 'p2']],
    ['a selected place beyond the cut replaces the smallest drawn', ['p6'], 3, ['p0', 'p1', 'p6']],
    ['selected places inside the cut change nothing', ['p1'], 3, ['p0', 'p1', 'p2']],
    ['more selected places than the cap: all selected are drawn', ['p5', 'p6', 'p7'], 2, ['p5', 'p6', 'p7']],
  ])('%s', (_name, selected, max, expected) => {
    expect(placesToDraw(many, selected, max).map((s) => s.place.id)).toEqual(expected);
  });
});

describe('splitMarkers', () => {
  const drawn = Array.from({ length: 6 }, (_, i) => summary(`p${i}`, 6 - i));

  it.each<[string, string[], string | null, number, string[], string[]]>([
    ['under the cap: all are buttons', [], null, 10, ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'], []],
    ['over the cap: the largest are buttons, the rest painted', [], null, 2, ['p0', 'p1'], ['p2', 'p3', 'p4', 'p5']],
    ['a selected place past the cap is a button', ['p4'], null, 2, ['p0', 'p1', 'p4'], ['p2', 'p3', 'p5']],
    ['the chosen event\'s place past the cap is a button', [], 'p5', 2, ['p0', 'p1', 'p5'], ['p2', 'p3', 'p4']],
    ['no buttons at all but the selected', ['p3'], null, 0, ['p3'], ['p0', 'p1', 'p2', 'p4', 'p5']],
  ])('%s', (_name, selected, chosen, max, buttons, painted) => {
    const split = splitMarkers(drawn, selected, chosen, max);
    expect(split.buttons.map((s) => s.place.id)).toEqual(buttons);
    expect(split.painted.map((s) => s.place.id)).toEqual(painted);
  });
});

describe('sameSummary', () => {
  const place = { id: 'seoul', name: 'Seoul', country: 'KR', lat: 37.5, lon: 127 };
  const base: PlaceSummary = { place, count: 4, meanScore: 1.5, byPrecision: { 1: 3, 2: 1, 3: 0 } };
  it.each<[string, PlaceSummary, boolean]>([
    ['the same object', base, true],
    ['a new object saying the same', { ...base, byPrecision: { ...base.byPrecision } }, true],
    ['another count', { ...base, count: 5 }, false],
    ['another mean', { ...base, meanScore: 1.6 }, false],
    ['no mean', { ...base, meanScore: null }, false],
    ['another split by precision', { ...base, byPrecision: { 1: 2, 2: 1, 3: 1 } }, false],
    ['another place with the same numbers', { ...base, place: { ...place } }, false],
  ])('%s', (_name, other, expected) => {
    expect(sameSummary(base, other)).toBe(expected);
  });
});

describe('lookupsOf', () => {
  it.each<[string, Dataset]>([
    ['shipped dataset', shipped],
    ['synthetic dataset', syntheticDataset({ events: 3000, places: 40, seed: 9, topics: shipped.topics })],
    ['no events', { ...shipped, events: [] }],
  ])('%s: bar order, bubble scale and titles as the plain aggregation gives them', (_name, dataset) => {
    const lookups = lookupsOf(dataset, buildIndex(dataset));
    expect(lookups.topicOrder).toEqual(topicsByFrequency(dataset.events, dataset.topics));
    expect(lookups.scaleMax).toBe(Math.max(1, ...summarizePlaces(dataset.events, dataset.places).map((s) => s.count)));
    for (const event of dataset.events.slice(0, 50)) expect(lookups.titleOf(event.id)).toBe(event.title);
    expect(lookups.titleOf('no-such-event')).toBeUndefined();
  });
});
