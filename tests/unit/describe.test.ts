import { english, wordsIn } from '../fixtures/words';
import { formatEventDate, newestFirst, summarizeDataset } from '../../src/core/dataset/describe';
import type { ThawEvent } from '../../src/core/dataset/schema';

describe('formatEventDate', () => {
  it.each<[Pick<ThawEvent, 'date' | 'datePrecision' | 'endDate'>, string]>([
    [{ date: '2019-12-04', datePrecision: 'day' }, '4 Dec 2019'],
    [{ date: '2014-07-01', datePrecision: 'month' }, 'Jul 2014'],
    [{ date: '2015-01-01', datePrecision: 'year' }, '2015'],
    [{ date: '2016-01-01', datePrecision: 'year', endDate: '2017-12-31' }, '2016–2017'],
    [{ date: '2022-08-08', datePrecision: 'day', endDate: '2022-08-09' }, '8–9 Aug 2022'],
    [{ date: '2022-08-31', datePrecision: 'day', endDate: '2022-09-01' }, '31 Aug 2022–1 Sep 2022'],
    [{ date: '2020-11-01', datePrecision: 'month', endDate: '2020-11-30' }, 'Nov 2020'],
  ])('%j -> %s', (event, expected) => {
    expect(formatEventDate(event)).toBe(expected);
  });
});

const event = (id: string, date: string, endDate?: string) => ({ id, date, endDate }) as ThawEvent;

describe('summarizeDataset, as the header says it', () => {
  it.each([
    [[event('a', '2014-07-01'), event('b', '2023-09-26')], 2, '2 events, 2014–2023, 2 sources'],
    [[event('a', '2016-01-01', '2017-12-31')], 1, '1 event, 2016–2017, 1 source'],
    [[event('a', '2019-12-04')], 5, '1 event, 2019, 5 sources'],
    [[event('b', '2020-01-01'), event('a', '2015-05-01', '2024-01-01'), event('c', '2012-03-01')], 1, '3 events, 2012–2024, 1 source'],
    [[], 3, '0 events, 3 sources'],
  ])('%#', (events, sourceCount, expected) => {
    const sources = Array.from({ length: sourceCount }, () => ({}) as never);
    expect(english.summary(summarizeDataset({ events, sources }))).toBe(expected);
  });
});

describe('newestFirst', () => {
  it('orders by date descending, then by id, without touching its input', () => {
    const input = [event('b', '2019-01-01'), event('c', '2023-01-01'), event('a', '2019-01-01')];
    expect(newestFirst(input).map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(input.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('summarizeDataset in Korean and Chinese', () => {
  it.each([
    ['ko', '사건 2건, 2014–2023, 출처 2개'],
    ['zh', '2 个事件，2014–2023，2 个来源'],
  ] as const)('%s', (lang, expected) => {
    const summary = summarizeDataset({ events: [event('a', '2014-07-01'), event('b', '2023-09-26')], sources: [{}, {}] as never[] });
    expect(wordsIn(lang).summary(summary)).toBe(expected);
  });
});

describe('formatEventDate in Korean and Chinese, through Intl', () => {
  it.each([
    ['ko', { date: '2023-09-26', datePrecision: 'day' }, '2023년 9월 26일'],
    ['zh-Hans', { date: '2023-09-26', datePrecision: 'day' }, '2023年9月26日'],
    ['ko', { date: '2014-07-01', datePrecision: 'month' }, '2014년 7월'],
    ['zh-Hans', { date: '2016-01-01', datePrecision: 'year' }, '2016年'],
  ] as const)('%s %j', (locale, event, expected) => {
    expect(formatEventDate(event, locale)).toBe(expected);
  });

  it('writes a span as the language writes a range', () => {
    expect(formatEventDate({ date: '2022-08-08', endDate: '2022-08-09', datePrecision: 'day' }, 'ko')).toMatch(/^2022년 8월 8일\s*~\s*9일$/);
  });
});
