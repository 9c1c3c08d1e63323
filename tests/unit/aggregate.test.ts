import { countTopics, summarizePlaces, summarizeThaw, thawSeries, timeBuckets, topicsByFrequency } from '../../src/core/filters/aggregate';
import type { Place, Topic } from '../../src/core/dataset/schema';
import { makeEvent, withScore } from './make-event';

const place = (id: string, name: string) => ({ id, name, country: 'KR', lat: 0, lon: 0 }) as Place;
const topic = (id: string) => ({ id, label: id, description: id }) as Topic;

describe('summarizePlaces', () => {
  const places = [place('seoul', 'Seoul'), place('beijing', 'Beijing'), place('qingdao', 'Qingdao')];
  const events = [
    withScore(makeEvent({ placeId: 'seoul' }), 2),
    withScore(makeEvent({ placeId: 'seoul', geoPrecision: 3 }), -1),
    withScore(makeEvent({ placeId: 'beijing', geoPrecision: 2 }), 4),
  ];
  it('counts events, averages scores and tallies precision per place, busiest first', () => {
    expect(summarizePlaces(events, places).map((s) => [s.place.id, s.count, s.meanScore, s.byPrecision])).toEqual([
      ['seoul', 2, 0.5, { 1: 1, 2: 0, 3: 1 }],
      ['beijing', 1, 4, { 1: 0, 2: 1, 3: 0 }],
    ]);
  });
  it('keeps a selected place with no events so it can be deselected', () => {
    expect(summarizePlaces([], places, ['qingdao']).map((s) => [s.place.id, s.count, s.meanScore])).toEqual([['qingdao', 0, null]]);
  });
});

describe('countTopics and topicsByFrequency', () => {
  const topics = [topic('thaad'), topic('culture'), topic('covid')];
  const events = [makeEvent({ topicIds: ['culture'] }), makeEvent({ topicIds: ['culture', 'covid'] })];
  it.each([
    ['counts', countTopics(events, topics).map((t) => [t.topic.id, t.count]), [['thaad', 0], ['culture', 2], ['covid', 1]]],
    ['orders', topicsByFrequency(events, topics).map((t) => t.id), ['culture', 'covid', 'thaad']],
  ])('%s', (_name, actual, expected) => expect(actual).toEqual(expected));
});

describe('timeBuckets', () => {
  it('uses years for a long span and keeps empty years', () => {
    const domain = [makeEvent({ date: '2013-07-01' }), makeEvent({ date: '2016-01-01' }), makeEvent({ date: '2016-08-01' })];
    const { granularity, buckets } = timeBuckets(domain, domain.slice(1));
    expect(granularity).toBe('year');
    expect(buckets.map((b) => [b.key, b.start, b.end, b.count])).toEqual([
      ['2013', '2013-01-01', '2013-12-31', 0],
      ['2014', '2014-01-01', '2014-12-31', 0],
      ['2015', '2015-01-01', '2015-12-31', 0],
      ['2016', '2016-01-01', '2016-12-31', 2],
    ]);
  });
  it('uses months across a year end when the span is short', () => {
    const domain = [makeEvent({ date: '2019-11-20' }), makeEvent({ date: '2020-02-03' })];
    const { granularity, buckets } = timeBuckets(domain, domain);
    expect(granularity).toBe('month');
    expect(buckets.map((b) => [b.key, b.end, b.count])).toEqual([
      ['2019-11', '2019-11-30', 1],
      ['2019-12', '2019-12-31', 0],
      ['2020-01', '2020-01-31', 0],
      ['2020-02', '2020-02-29', 1],
    ]);
  });
  it('has no buckets for no events', () => expect(timeBuckets([], []).buckets).toEqual([]));
});

describe('summarizeThaw', () => {
  const series = (scores: number[]) => scores.map((s, i) => withScore(makeEvent({ id: `e${i}`, date: `201${i}-01-01` }), s));
  it.each([
    [[], { n: 0, mean: null, band: null, change: null }],
    [[1.8], { n: 1, mean: 1.8, band: 'thawing', change: null }],
    [[-6, 2], { n: 2, mean: -2, band: 'cold', change: { delta: 8, k: 1 } }],
    [[-6, -4, 0, 1, 2, 3, 4], { n: 7, mean: 0, band: 'thawing', change: { delta: 4, k: 3 } }],
  ])('%j', (scores, expected) => {
    const summary = summarizeThaw(series(scores));
    expect({ ...summary, band: summary.band?.id ?? null }).toEqual(expected);
  });
});

describe('thawSeries', () => {
  it('orders by date and gives a trailing rolling mean', () => {
    const events = [withScore(makeEvent({ id: 'b', date: '2020-01-01' }), 3), withScore(makeEvent({ id: 'a', date: '2019-01-01' }), 0), withScore(makeEvent({ id: 'c', date: '2021-01-01' }), 6), withScore(makeEvent({ id: 'd', date: '2022-01-01' }), -3)];
    expect(thawSeries(events, 3).map((p) => [p.id, p.rolling])).toEqual([['a', 0], ['b', 1.5], ['c', 3], ['d', 2]]);
  });
});
