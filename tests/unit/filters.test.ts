import { crossFilter, eventEnd, filtersFromView, NO_FILTERS, overlapsRange, toggleValue, type Filters, filtersKey, withStableLists } from '../../src/core/filters/filters';
import { EMPTY_VIEW } from '../../src/core/view/view-state';
import { makeEvent } from './make-event';

describe('eventEnd', () => {
  it.each([
    [{ date: '2019-12-04', datePrecision: 'day' as const }, '2019-12-04'],
    [{ date: '2022-08-08', datePrecision: 'day' as const, endDate: '2022-08-09' }, '2022-08-09'],
    [{ date: '2020-02-01', datePrecision: 'month' as const }, '2020-02-29'],
    [{ date: '2014-07-01', datePrecision: 'month' as const }, '2014-07-31'],
    [{ date: '2016-01-01', datePrecision: 'year' as const }, '2016-12-31'],
    [{ date: '2016-01-01', datePrecision: 'year' as const, endDate: '2017-01-01' }, '2017-12-31'],
  ])('%j -> %s', (event, end) => expect(eventEnd(event)).toBe(end));
});

describe('overlapsRange', () => {
  const year2016 = makeEvent({ date: '2016-01-01', datePrecision: 'year' });
  it.each([
    [null, null, true],
    ['2016-06-01', null, true],
    ['2017-01-01', null, false],
    [null, '2015-12-31', false],
    [null, '2016-01-01', true],
    ['2016-03-01', '2016-03-31', true],
  ])('2016 vs [%s, %s] -> %s', (from, to, expected) => expect(overlapsRange(year2016, from, to)).toBe(expected));
});

describe('filtersFromView', () => {
  const dataset = { places: [{ id: 'seoul' }, { id: 'beijing' }], topics: [{ id: 'thaad' }] } as never;
  it.each([
    [{}, NO_FILTERS],
    [{ places: ['seoul', 'pyongyang', 'seoul'] }, { ...NO_FILTERS, places: ['seoul'] }],
    [{ topics: ['weather', 'thaad'] }, { ...NO_FILTERS, topics: ['thaad'] }],
    [{ from: '2019-01-01', to: '2018-01-01' }, NO_FILTERS],
    [{ from: '2019-01-01' }, { ...NO_FILTERS, from: '2019-01-01' }],
  ])('%j', (view, expected) => expect(filtersFromView({ ...EMPTY_VIEW, ...view }, dataset)).toEqual(expected));
});

describe('toggleValue', () => {
  it.each<[Filters, 'places' | 'topics', string, ReadonlyArray<string>]>([
    [NO_FILTERS, 'topics', 'thaad', ['thaad']],
    [{ ...NO_FILTERS, topics: ['thaad', 'culture'] }, 'topics', 'thaad', ['culture']],
    [{ ...NO_FILTERS, places: ['seoul'] }, 'places', 'beijing', ['seoul', 'beijing']],
  ])('%#', (filters, dimension, id, expected) => expect(toggleValue(filters, dimension, id)[dimension]).toEqual(expected));
});

describe('withStableLists', () => {
  const before: Filters = { places: ['seoul'], topics: ['thaad'], from: null, to: null };
  it.each<[string, Filters | null, Filters, { places: boolean; topics: boolean }]>([
    ['nothing before: the new lists', null, { ...before, places: ['seoul'] }, { places: false, topics: false }],
    ['a place added: the topics kept', before, { ...before, places: ['seoul', 'beijing'], topics: ['thaad'] }, { places: false, topics: true }],
    ['a topic removed: the places kept', before, { ...before, places: ['seoul'], topics: [] }, { places: true, topics: false }],
    ['only the range changed: both kept', before, { places: ['seoul'], topics: ['thaad'], from: '2019-01-01', to: null }, { places: true, topics: true }],
    ['new arrays with the same values: both kept', before, { ...before, places: ['seoul'], topics: ['thaad'] }, { places: true, topics: true }],
  ])('%s', (_name, previous, next, kept) => {
    const out = withStableLists(previous, next);
    expect(out).toEqual(next);
    expect(out.places === previous?.places).toBe(kept.places);
    expect(out.topics === previous?.topics).toBe(kept.topics);
  });

  it('keeps the order of a list as a change', () => {
    const previous: Filters = { ...NO_FILTERS, places: ['seoul', 'beijing'] };
    expect(withStableLists(previous, { ...NO_FILTERS, places: ['beijing', 'seoul'] }).places).toEqual(['beijing', 'seoul']);
  });
});

describe('crossFilter', () => {
  const events = [
    makeEvent({ id: 'a', placeId: 'seoul', date: '2019-12-04', topicIds: ['thaad', 'culture'] }),
    makeEvent({ id: 'b', placeId: 'seoul', date: '2020-11-26', topicIds: ['covid'] }),
    makeEvent({ id: 'c', placeId: 'qingdao', date: '2022-08-08', topicIds: ['thaad'] }),
    makeEvent({ id: 'd', placeId: 'beijing', date: '2016-01-01', datePrecision: 'year', topicIds: [] }),
  ];
  const ids = (list: ReadonlyArray<{ id: string }>) => list.map((e) => e.id);

  it.each<[string, Filters, string[], string[], string[], string[]]>([
    ['no filters', NO_FILTERS, ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']],
    ['one topic', { ...NO_FILTERS, topics: ['thaad'] }, ['a', 'c'], ['a', 'c'], ['a', 'b', 'c', 'd'], ['a', 'c']],
    ['topics are alternatives', { ...NO_FILTERS, topics: ['covid', 'culture'] }, ['a', 'b'], ['a', 'b'], ['a', 'b', 'c', 'd'], ['a', 'b']],
    ['place and topic combine', { ...NO_FILTERS, places: ['seoul'], topics: ['thaad'] }, ['a'], ['a', 'c'], ['a', 'b'], ['a']],
    ['date range', { ...NO_FILTERS, from: '2016-06-01', to: '2020-01-01' }, ['a', 'd'], ['a', 'd'], ['a', 'd'], ['a', 'b', 'c', 'd']],
  ])('%s', (_name, filters, all, exceptPlaces, exceptTopics, exceptTime) => {
    const result = crossFilter(events, filters);
    expect(ids(result.all)).toEqual(all);
    expect(ids(result.except.places)).toEqual(exceptPlaces);
    expect(ids(result.except.topics)).toEqual(exceptTopics);
    expect(ids(result.except.time)).toEqual(exceptTime);
  });
});

describe('filtersKey', () => {
  const base: Filters = { places: ['seoul'], topics: ['thaad'], from: '2019-01-01', to: null };
  it.each<[string, Filters, boolean]>([
    ['an equal copy', { ...base, places: ['seoul'], topics: ['thaad'] }, true],
    ['another place', { ...base, places: ['beijing'] }, false],
    ['a topic moved to places', { ...base, places: ['thaad'], topics: ['seoul'] }, false],
    ['another start date', { ...base, from: '2019-01-02' }, false],
    ['an end date', { ...base, to: '2020-01-01' }, false],
    ['a place id containing a comma', { ...base, places: ['seoul', 'x'] }, false],
  ])('%s: equal keys = %s', (_name, other, equal) => {
    expect(filtersKey(other) === filtersKey(base)).toBe(equal);
  });
});
