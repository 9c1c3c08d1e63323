import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_DATASET_SIZE, parseDataset, parseDatasetText, sizeProblem, utf8Length, withLineAndColumn, type DatasetResult } from '../../src/core/dataset/parse-dataset';
import type { Dataset } from '../../src/core/dataset/schema';

const shippedText = readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8');
const shipped = (): Dataset => JSON.parse(shippedText);

type Mutation = (data: Record<string, any>) => unknown;
const mutate = (change: Mutation) => {
  const data = shipped() as unknown as Record<string, any>;
  return change(data) ?? data;
};

const problems = (result: DatasetResult) => (result.ok ? result.warnings : result.errors).map((p) => `${p.path}: ${p.message}`);

describe('the shipped dataset', () => {
  it('passes the schema with no warnings', () => {
    const result = parseDatasetText(shippedText);
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.dataset.events.length).toBeGreaterThanOrEqual(10);
  });
});

describe('a dataset whose frame is wrong is rejected', () => {
  it.each<[string, Mutation, string]>([
    ['not an object', () => [], '(root): Invalid input: expected object, received array'],
    ['unknown schema version', (d) => void (d.schemaVersion = 99), 'schemaVersion: Invalid input: expected 1'],
    ['missing places', (d) => void delete d.places, 'places: Invalid input: expected array, received undefined'],
    ['place latitude out of range', (d) => void (d.places[0].lat = 123), 'places[0].lat: Too big: expected number to be <=90'],
    ['place longitude out of range', (d) => void (d.places[1].lon = -181), 'places[1].lon: Too small: expected number to be >=-180'],
    ['bad country code', (d) => void (d.places[0].country = 'Korea'), 'places[0].country: expected an ISO 3166 alpha-2 code such as KR'],
    ['source date not ISO', (d) => void (d.sources[2].published = '31/03/2021'), 'sources[2].published: expected YYYY-MM-DD'],
    ['duplicate place id', (d) => void d.places.push({ ...d.places[0] }), 'places[4].id: duplicate id "seoul" (first used at places[0])'],
    ['duplicate topic id', (d) => void (d.topics[1].id = d.topics[0].id), 'topics[1].id: duplicate id "thaad" (first used at topics[0])'],
    ['events not a list', (d) => void (d.events = {}), 'events: Invalid input: expected array, received object'],
  ])('%s', (_name, change, expected) => {
    const result = parseDataset(mutate(change));
    expect(result.ok).toBe(false);
    expect(problems(result)).toContain(expected);
  });

  it('reports broken JSON as a problem instead of throwing', () => {
    const result = parseDatasetText('{"schemaVersion": 1, "events": [');
    expect(result.ok).toBe(false);
    expect(problems(result)[0]).toMatch(/^\(file\): not valid JSON: /);
  });
});

describe('a bad event row is skipped with a warning naming the row and field', () => {
  it.each<[string, Mutation, string]>([
    ['date not YYYY-MM-DD', (d) => void (d.events[3].date = '2019/12/04'), 'events[3].date: expected YYYY-MM-DD'],
    ['impossible date', (d) => void (d.events[3].date = '2023-02-30'), 'events[3].date: expected a date that exists in the calendar'],
    ['end before start', (d) => void (d.events[2].endDate = '2015-01-01'), 'events[2].endDate: expected endDate on or after date'],
    ['unknown status', (d) => void (d.events[0].status = 'rumoured'), 'events[0].status: Invalid option: expected one of "held"|"scheduled"|"proposed"|"cancelled"'],
    ['geoPrecision out of range', (d) => void (d.events[5].geoPrecision = 4), 'events[5].geoPrecision: expected 1, 2 or 3 (city named, city inferred, country only)'],
    ['score out of range', (d) => void (d.events[1].thaw.score = 11), 'events[1].thaw.score: Too big: expected number to be <=10'],
    ['title missing', (d) => void delete d.events[4].title, 'events[4].title: Invalid input: expected string, received undefined'],
    ['title blank', (d) => void (d.events[4].title = '   '), 'events[4].title: expected non-empty text'],
    ['no sources', (d) => void (d.events[6].sources = []), 'events[6].sources: expected at least one source'],
    ['unknown place', (d) => void (d.events[7].placeId = 'pyongyang'), 'events[7].placeId: unknown place "pyongyang"'],
    ['unknown topic', (d) => void (d.events[8].topics[0].id = 'weather'), 'events[8].topics[0].id: unknown topic "weather"'],
    ['unknown source', (d) => void (d.events[9].sources[0].sourceId = 'nowhere'), 'events[9].sources[0].sourceId: unknown source "nowhere"'],
    ['duplicate event id', (d) => void (d.events[10].id = d.events[0].id), `events[10].id: duplicate id "${shipped().events[0].id}" (first used at events[0])`],
    ['mentions not a whole number', (d) => void (d.events[11].topics[0].mentions = 1.5), 'events[11].topics[0].mentions: Invalid input: expected int, received number'],
  ])('%s', (_name, change, expected) => {
    const result = parseDataset(mutate(change));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(problems(result)).toContain(expected);
    expect(result.skippedEvents).toBe(1);
    expect(result.dataset.events).toHaveLength(shipped().events.length - 1);
  });

  it('rejects the dataset when every row is bad', () => {
    const result = parseDataset(mutate((d) => void d.events.forEach((e: any) => (e.date = 'soon'))));
    expect(result.ok).toBe(false);
    expect(problems(result)).toContain('events[0].date: expected YYYY-MM-DD');
  });

  it('accepts an empty event list as an empty dataset', () => {
    const result = parseDataset(mutate((d) => void (d.events = [])));
    expect(result.ok && result.dataset.events).toEqual([]);
  });
});

describe('withLineAndColumn', () => {
  it.each([
    ['Unexpected token in JSON at position 0', '}', 'Unexpected token in JSON at position 0 (line 1 column 1)'],
    ['Expected double-quoted property name in JSON at position 8', '{"a":1,\n}', 'Expected double-quoted property name in JSON at position 8 (line 2 column 1)'],
    ['Bad thing at position 5', 'ab\ncd\nef', 'Bad thing at position 5 (line 2 column 3)'],
    // Left alone: engines that already say where, and messages without a position.
    ['Unterminated string in JSON at position 8 (line 1 column 9)', '{"a": "x', 'Unterminated string in JSON at position 8 (line 1 column 9)'],
    ['Unexpected end of JSON input', '', 'Unexpected end of JSON input'],
  ])('%s', (message, text, expected) => {
    expect(withLineAndColumn(message, text)).toBe(expected);
  });
});

describe('sizeProblem', () => {
  it.each([
    [0, null],
    [MAX_DATASET_SIZE, null],
    [Number.NaN, null],
    [MAX_DATASET_SIZE + 1, '(file): the dataset is 200.0 MB; the largest Thaw Monitor opens is 200.0 MB'],
    [100 * 1024 * 1024, null],
    [1024 * 1024 * 1024, '(file): the dataset is 1024.0 MB; the largest Thaw Monitor opens is 200.0 MB'],
  ])('%d bytes', (size, expected) => {
    const problem = sizeProblem(size);
    expect(problem && `${problem.path}: ${problem.message}`).toBe(expected);
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['{"a":1}', 7],
    ['é', 2],
    ['서울', 6],
    ['😀', 4],
    // A lone surrogate is written as U+FFFD, three bytes.
    ['\ud800', 3],
    ['a\udc00b', 5],
    ['Seoul 서울 首尔 😀 é', Buffer.byteLength('Seoul 서울 首尔 😀 é')],
  ])('%j -> %d', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
