import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mulberry32, syntheticDataset } from '../../bench/synthetic';
import type { Dataset } from '../../src/core/dataset/schema';
import { countTopics, summarizePlaces, timeBuckets } from '../../src/core/filters/aggregate';
import { buildIndex, dayNumber, eventsAt, queryIndex } from '../../src/core/filters/event-index';
import { crossFilter, NO_FILTERS, type Filters } from '../../src/core/filters/filters';
import { storyOrder } from '../../src/core/presentation/steps';

const shipped: Dataset = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8'));

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['1900-01-01', -25567],
    ['1900-03-01', -25508],
    ['2100-12-31', 47846],
  ])('%s -> %d', (date, days) => expect(dayNumber(date)).toBe(days));

  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      if (dayNumber(date) !== ms / 86_400_000) expect.fail(`${date}: ${dayNumber(date)} days, Date.UTC says ${ms / 86_400_000}`);
    }
  });
});

/** The index must give exactly what the plain array implementation gives. */
function expectSameAsReference(dataset: Dataset, filters: Filters) {
  const index = buildIndex(dataset);
  const result = queryIndex(index, filters);
  const reference = crossFilter(dataset.events, filters);

  expect(eventsAt(index, dataset.events, result.all).map((e) => e.id)).toEqual(storyOrder(reference.all).map((e) => e.id));
  const places = new Map(summarizePlaces(reference.except.places, dataset.places).map((s) => [s.place.id, s]));
  index.placeIds.forEach((id, i) => {
    const s = places.get(id);
    expect(result.placeCount[i]).toBe(s?.count ?? 0);
    if (s) {
      expect(result.placeScore[i] / result.placeCount[i]).toBeCloseTo(s.meanScore!, 4);
      expect([...result.placePrecision.subarray(i * 3, i * 3 + 3)]).toEqual([s.byPrecision[1], s.byPrecision[2], s.byPrecision[3]]);
    }
  });
  expect([...result.topicCount]).toEqual(countTopics(reference.except.topics, dataset.topics).map((t) => t.count));
  expect([...result.bucketCount]).toEqual(timeBuckets(dataset.events, reference.except.time).buckets.map((b) => b.count));
}

describe('queryIndex matches the reference cross-filter', () => {
  it.each<[string, Filters]>([
    ['no filters', NO_FILTERS],
    ['a topic', { ...NO_FILTERS, topics: ['thaad'] }],
    ['two topics', { ...NO_FILTERS, topics: ['culture', 'covid'] }],
    ['a place and a topic', { ...NO_FILTERS, places: ['seoul'], topics: ['leader-visits'] }],
    ['a range inside a year-precision event', { ...NO_FILTERS, from: '2016-06-01', to: '2016-06-30' }],
    ['everything', { places: ['seoul', 'beijing'], topics: ['thaad', 'north-korea'], from: '2016-01-01', to: '2021-12-31' }],
    ['nothing matches', { ...NO_FILTERS, from: '2030-01-01' }],
  ])('shipped dataset, %s', (_name, filters) => expectSameAsReference(shipped, filters));

  it('on random filters over a synthetic dataset with more than 32 topics', () => {
    const topics = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}`, description: `Topic ${i}.` }));
    const dataset = syntheticDataset({ events: 3000, places: 60, seed: 3, topics });
    const random = mulberry32(11);
    const some = <T,>(list: ReadonlyArray<T>, k: number) => Array.from({ length: k }, () => list[Math.floor(random() * list.length)]);
    for (let run = 0; run < 25; run += 1) {
      const years = [1992 + Math.floor(random() * 35), 1992 + Math.floor(random() * 35)].sort();
      const filters: Filters = {
        places: random() < 0.5 ? [] : some(dataset.places.map((p) => p.id), 1 + Math.floor(random() * 5)),
        topics: random() < 0.5 ? [] : some(topics.map((t) => t.id), 1 + Math.floor(random() * 3)),
        from: random() < 0.5 ? null : `${years[0]}-03-15`,
        to: random() < 0.5 ? null : `${years[1]}-10-02`,
      };
      if (filters.from && filters.to && filters.from > filters.to) filters.to = null;
      expectSameAsReference(dataset, filters);
    }
  });

  it.each<[string, Filters]>([
    ['no filters', NO_FILTERS],
    ['a place', { ...NO_FILTERS, places: ['seoul'] }],
    ['a topic', { ...NO_FILTERS, topics: ['thaad'] }],
  ])('with phone calls, events that have no place, and %s', (_name, filters) => {
    // Every third event becomes a call: it counts for the topics and the timeline but no place, and no place filter keeps it.
    const events = shipped.events.map((e, i) => {
      if (i % 3 !== 0) return e;
      const { placeId: _p, geoPrecision: _g, ...call } = e;
      return call;
    });
    expectSameAsReference({ ...shipped, events }, filters);
  });

  it('with monthly buckets, on ranges that cut months', () => {
    const wide = syntheticDataset({ events: 20_000, places: 30, seed: 5, topics: shipped.topics });
    // Two years of events (month and year precision, end dates included): few enough months for monthly buckets.
    const dataset = { ...wide, events: wide.events.filter((e) => e.date >= '2024-03-01' && e.date <= '2026-01-31') };
    expect(buildIndex(dataset).granularity).toBe('month');
    expect(new Set(dataset.events.map((e) => e.datePrecision))).toEqual(new Set(['day', 'month', 'year']));
    for (const [from, to] of [[null, null], ['2024-02-29', '2024-03-01'], ['2024-12-31', '2025-01-01'], ['2025-02-15', null], [null, '2024-06-30']] as const) {
      expectSameAsReference(dataset, { ...NO_FILTERS, from, to });
    }
  });
});
