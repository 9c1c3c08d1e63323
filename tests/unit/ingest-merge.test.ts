import { distanceKm, mergeDatasets, mergeEvents, sameEvent, samePlace } from '../../pipeline/ingest/merge';
import type { Place } from '../../src/core/dataset/schema';
import type { Dataset, ThawEvent } from '../../src/core/dataset/schema';
import { scoreFromParts } from '../../src/core/thaw/formula';
import { makeEvent } from './make-event';

const XI = { name: 'Xi Jinping', role: 'President of China', country: 'CN' };
const LEE = { name: 'Lee Jae-myung', role: 'President of South Korea', country: 'KR' };
const CHO = { name: 'Cho Hyun', role: 'Foreign Minister of South Korea', country: 'KR' };
const countries: Record<string, string> = { seoul: 'KR', gyeongju: 'KR', beijing: 'CN', shanghai: 'CN' };
const countryOf = (id: string) => countries[id];

const summit = makeEvent({ id: 'a', date: '2025-11-01', placeId: 'gyeongju', geoPrecision: 1, actors: [XI, LEE] });

describe('sameEvent: two reports of one event', () => {
  it.each<[string, Partial<ThawEvent>, boolean]>([
    ['the same day, place and people', {}, true],
    ['the next day (arrival, then talks)', { date: '2025-11-02' }, true],
    ['a week later', { date: '2025-11-08' }, false],
    ['the month, from a report that gives no day', { date: '2025-11-01', datePrecision: 'month' }, true],
    ['the year before', { date: '2024-01-01', datePrecision: 'year' }, false],
    ['one shared actor', { actors: [XI] }, true],
    ['no actor in common', { actors: [CHO] }, false],
    ['a report that names no one', { actors: [] }, true],
    ['the country only, at its capital', { placeId: 'seoul', geoPrecision: 3 }, true],
    ['another named city of the country', { placeId: 'seoul', geoPrecision: 1 }, false],
    ['another country', { placeId: 'beijing', geoPrecision: 3 }, false],
    ['a report with no place', { placeId: undefined, geoPrecision: undefined }, true],
    ['a host rather than a visit (one encounter)', { kind: { cameo: '043', label: 'Host a visit', goldstein: 2.8 } }, true],
    ['a phone call the same day', { kind: { cameo: '041', label: 'Discuss by telephone', goldstein: 1 } }, false],
    ['a visit hoped for that year', { status: 'proposed', date: '2025-01-01', datePrecision: 'year' }, false],
    ['the next day, still to come', { status: 'scheduled', date: '2025-11-02' }, true],
  ])('%s: %s', (_name, change, same) => {
    expect(sameEvent(summit, { ...summit, id: 'b', ...change }, countryOf)).toBe(same);
  });
});

describe('mergeEvents', () => {
  const withTone = (event: ThawEvent, sourceId: string, tones: number[]): ThawEvent => {
    const tone = tones.reduce((s, t) => s + t, 0) / tones.length;
    const evidence = tones.map((t, i) => ({ sourceId, sentence: `${sourceId} sentence ${i}`, tone: t, contribution: t / tones.length }));
    const components = { goldstein: event.kind.goldstein, goldsteinWeight: 0.5, tone, toneWeight: 1, sentences: tones.length };
    return { ...event, sources: [{ sourceId, quote: `${sourceId} quote` }], thaw: { score: scoreFromParts(components), components, evidence } };
  };

  it('keeps both sources and the better attested status, and recomputes the score over both', () => {
    const planned = withTone({ ...summit, status: 'scheduled', kind: { cameo: '036', label: 'Express intent to meet or negotiate', goldstein: 4 } }, 'first', [1, 3]);
    const held = withTone({ ...summit, id: 'b' }, 'second', [0.5, 0.5, 2]);
    const merged = mergeEvents(planned, held);
    expect(merged.sources.map((s) => s.sourceId)).toEqual(['first', 'second']);
    expect(merged.status).toBe('held');
    expect(merged.kind.cameo).toBe('042');
    expect(merged.thaw.components.sentences).toBe(5);
    expect(merged.thaw.components.tone).toBeCloseTo(7 / 5, 2);
    expect(merged.thaw.score).toBeCloseTo(scoreFromParts(merged.thaw.components), 1);
    expect(merged.thaw.evidence.reduce((s, e) => s + e.contribution, 0)).toBeCloseTo(7 / 5, 1);
  });
});

describe('mergeDatasets', () => {
  const dataset = (events: ThawEvent[], sourceId: string, placeIds: string[]): Dataset => ({
    schemaVersion: 1,
    build: { pipeline: 'test', builtOn: '2026-01-01' },
    sources: [{ id: sourceId, file: `${sourceId}.txt`, outlet: 'Outlet', published: '2025-11-02', headline: 'Headline' }],
    places: placeIds.map((id) => ({ id, name: id, country: countries[id], lat: 35, lon: 129 })),
    topics: [],
    events,
  });

  it('adds a second report of one meeting to the event, and a new event as its own', () => {
    const base = dataset([summit], 'one', ['gyeongju']);
    const call = makeEvent({ id: 'a', date: '2025-12-01', kind: { cameo: '041', label: 'Discuss by telephone', goldstein: 1 }, placeId: undefined, geoPrecision: undefined, actors: [CHO] });
    const added = dataset([{ ...summit, id: 'report-two', sources: [{ sourceId: 'two', quote: 'q2' }] }, call], 'two', ['gyeongju', 'seoul']);
    const merged = mergeDatasets(base, added);
    expect(merged.events).toHaveLength(2);
    expect(merged.events[0].sources.map((s) => s.sourceId)).toEqual(['s', 'two']);
    // The call's id was taken by the summit: it gets a suffix rather than replacing it.
    expect(merged.events[1].id).toBe('a-2');
    expect(merged.sources.map((s) => s.id)).toEqual(['one', 'two']);
    expect(merged.places.map((p) => p.id)).toEqual(['gyeongju', 'seoul']);
    expect(base.events).toHaveLength(1);
  });
});

describe('samePlace: one town under two ids', () => {
  const place = (id: string, name: string, country: string, lat: number, lon: number, more: Partial<Place> = {}): Place => ({ id, name, country, lat, lon, ...more });
  const seoul = place('seoul', 'Seoul', 'KR', 37.5665, 126.978, { nameKo: '서울', nameZh: '首尔' });

  it.each([
    ['a GDELT feature of the same city', place('gdelt-ks11-seoul', 'Seoul', 'KR', 37.5664, 126.9997), true],
    ['the same name written otherwise', place('x', 'SEOUL ', 'KR', 37.55, 126.99), true],
    ['a record that names it in Korean only', place('x', '서울', 'KR', 37.57, 126.98), true],
    ['a record of the same name 250 km away', place('x', 'Seoul', 'KR', 35.1595, 126.8526), false],
    ['another town of the city', place('x', 'Incheon', 'KR', 37.4563, 126.7052), false],
    ['the same name in another country', place('x', 'Seoul', 'KP', 37.6, 127), false],
  ])('%s: %s', (_name, other, expected) => {
    expect(samePlace(seoul, other)).toBe(expected);
    expect(samePlace(other, seoul)).toBe(expected);
  });

  it.each([
    [{ lat: 37.5665, lon: 126.978 }, { lat: 39.9042, lon: 116.4074 }, 955],
    [{ lat: 35.8562, lon: 129.2247 }, { lat: 37.5665, lon: 126.978 }, 272],
    [{ lat: 36.0671, lon: 120.3826 }, { lat: 36.0671, lon: 120.3826 }, 0],
  ])('%o to %o is about %d km', (a, b, km) => expect(Math.abs(distanceKm(a, b) - km)).toBeLessThan(5));

  it('moves the events of an added place that is a base place to the base place, and merges a second report of one event there', () => {
    const base: Dataset = {
      schemaVersion: 1,
      build: { pipeline: 'import', builtOn: '2026-01-01' },
      sources: [{ id: 'one', file: 'one.txt', outlet: 'Outlet', published: '2025-11-02', headline: 'Headline' }],
      places: [place('gdelt-gyeongju', 'Gyeongju', 'KR', 35.8428, 129.2117)],
      topics: [],
      events: [{ ...summit, placeId: 'gdelt-gyeongju' }],
    };
    const added: Dataset = {
      ...base,
      sources: [{ id: 'two', file: 'two.txt', outlet: 'Outlet', published: '2025-11-02', headline: 'Headline' }],
      places: [place('gyeongju', 'Gyeongju', 'KR', 35.8562, 129.2247), place('busan', 'Busan', 'KR', 35.1796, 129.0756)],
      events: [
        { ...summit, id: 'report-two', placeId: 'gyeongju', sources: [{ sourceId: 'two', quote: 'q2' }] },
        makeEvent({ id: 'apec-busan', date: '2025-10-30', placeId: 'busan', geoPrecision: 1, actors: [XI], kind: { cameo: '040', label: 'Consult', goldstein: 1 } }),
      ],
    };
    const merged = mergeDatasets(base, added);
    expect(merged.places.map((p) => p.id)).toEqual(['gdelt-gyeongju', 'busan']);
    expect(merged.events.map((e) => [e.id, e.placeId])).toEqual([
      ['a', 'gdelt-gyeongju'],
      ['apec-busan', 'busan'],
    ]);
    expect(merged.events[0].sources.map((s) => s.sourceId)).toEqual(['s', 'two']);
    expect(added.events[0].placeId).toBe('gyeongju');
  });
});
