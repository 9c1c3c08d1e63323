import { validateCuration } from '../../src/core/curation/validate-curation';
import { reviewedAsCuration } from '../../pipeline/curated/reviewed';
import type { Dataset } from '../../src/core/dataset/schema';
import { makeEvent } from './make-event';

const places = { path: 'curated/places.json', text: JSON.stringify([{ id: 'seoul', name: 'Seoul', country: 'KR', lat: 37.5, lon: 127 }]) };
const event = {
  id: 'e1',
  title: 'A visit',
  date: '2020-01-02',
  datePrecision: 'day',
  status: 'held',
  cameo: '042',
  placeId: 'seoul',
  geoPrecision: 1,
  actors: [],
  sources: [{ sourceId: 'a1', quote: 'They met.' }],
};
const file = (value: unknown, name = 'e1') => ({ path: `curated/events/${name}.json`, text: typeof value === 'string' ? value : JSON.stringify(value) });

describe('validateCuration: every problem names the file, the event and the field', () => {
  it('accepts a valid event', () => {
    const result = validateCuration([file(event)], places);
    expect(result.problems).toEqual([]);
    expect(result.events.map((e) => e.id)).toEqual(['e1']);
  });

  it.each<[string, unknown[], string]>([
    ['a bad precision', [{ ...event, datePrecision: 'week' }], 'curated/events/e1.json: event "e1": datePrecision: Invalid option: expected one of "day"|"month"|"year"'],
    ['a date not in the calendar', [{ ...event, date: '2023-02-30' }], 'curated/events/e1.json: event "e1": date: expected a date that exists in the calendar'],
    ['an unknown CAMEO code', [{ ...event, cameo: '999' }], 'curated/events/e1.json: event "e1": cameo: expected a CAMEO code of the kinds table'],
    ['an unknown place', [{ ...event, placeId: 'pyongyang' }], 'curated/events/e1.json: event "e1": placeId: unknown place "pyongyang"'],
    ['an id that is not the file name', [{ ...event, id: 'e2' }], 'curated/events/e1.json: event "e2": id: "e2" differs from the file name "e1.json"'],
    ['no source', [{ ...event, sources: [] }], 'curated/events/e1.json: event "e1": sources: expected at least one source'],
    ['bad JSON', ['{"id": "e1",'], 'curated/events/e1.json: not valid JSON'],
  ])('%s', (_name, values, message) => {
    const { problems } = validateCuration(values.map((v) => file(v)), places);
    expect(problems.join('\n')).toContain(message);
  });

  it('finds an id used twice', () => {
    const { problems } = validateCuration([file(event), file({ ...event }, 'e1-copy')], places);
    expect(problems.join('\n')).toContain('id: "e1" is also the id of the event in curated/events/e1.json');
  });
});

describe('reviewedAsCuration: an exported dataset of reviewed events', () => {
  const reviewed = (quote: string, sentence: string): Dataset => ({
    schemaVersion: 1,
    build: { pipeline: 'thaw-ingest 1.0.0', builtOn: '2026-01-01' },
    sources: [{ id: 'gyeongju', file: 'gyeongju.txt', outlet: 'Yonhap', published: '2025-11-01', headline: 'Xi and Lee meet' }],
    places: [{ id: 'gyeongju', name: 'Gyeongju', country: 'KR', lat: 35.8, lon: 129.2 }],
    topics: [],
    events: [makeEvent({ id: 'x', placeId: 'gyeongju', sources: [{ sourceId: 'gyeongju', quote }], topics: [{ id: 'leader-visits', mentions: 1, evidence: [{ sourceId: 'gyeongju', sentence }] }] })],
  });

  it('carries an event whose article is not in the corpus, with its source and place, once its quote is among its evidence', () => {
    const sentence = 'Xi Jinping held talks with Lee Jae-myung on Saturday.';
    const result = reviewedAsCuration([{ path: 'datasets/r.json', dataset: reviewed(sentence, sentence) }], []);
    expect(result.carried.events.map((e) => e.id)).toEqual(['x']);
    expect(result.carried.sources.map((s) => s.id)).toEqual(['gyeongju']);
    expect(result.carried.places.map((p) => p.id)).toEqual(['gyeongju']);
    expect(result.notes[0]).toContain("quotes checked against the event's evidence sentences");
  });

  it('says when a quote could not be checked', () => {
    const result = reviewedAsCuration([{ path: 'datasets/r.json', dataset: reviewed('A sentence of the article.', 'Another sentence.') }], []);
    expect(result.notes[0]).toContain('kept unchecked');
  });

  it('makes an event whose article is in the corpus a curated event, checked against the article', () => {
    const sentence = 'Xi Jinping held talks with Lee Jae-myung on Saturday.';
    const result = reviewedAsCuration([{ path: 'datasets/r.json', dataset: reviewed(sentence, sentence) }], [{ file: 'gyeongju.txt', outlet: 'Yonhap', published: '2025-11-01', headline: 'h', text: sentence }]);
    expect(result.curated.map((e) => [e.id, e.cameo, e.sources[0].sourceId])).toEqual([['x', '042', 'gyeongju']]);
    expect(result.carried.events).toEqual([]);
  });
});
