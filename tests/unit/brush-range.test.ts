import { handleValue, rangeFromBrush, rangeIndexes } from '../../src/core/filters/brush-range';

const years = ['2016', '2017', '2018', '2019'].map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` }));

describe('rangeIndexes', () => {
  it.each([
    ['no range', null, null, { start: 0, end: 3, none: false }],
    ['from a day within a year', '2017-06-15', null, { start: 1, end: 3, none: false }],
    ['to a day within a year', null, '2018-03-01', { start: 0, end: 2, none: false }],
    ['both within one year', '2018-02-01', '2018-03-01', { start: 2, end: 2, none: false }],
    ['from before the first year', '2000-01-01', '2016-05-01', { start: 0, end: 0, none: false }],
    ['to after the last year', '2019-05-01', '2030-01-01', { start: 3, end: 3, none: false }],
    ['wholly after the last year', '2024-01-01', null, { start: 0, end: 3, none: true }],
    ['wholly before the first year', null, '2010-12-31', { start: 0, end: 3, none: true }],
  ] as const)('%s', (_, from, to, expected) => expect(rangeIndexes(years, from, to)).toEqual(expected));
});

describe('rangeFromBrush', () => {
  it.each([
    ['the whole span leaves both ends open', { from: null, to: null }, 0, 3, { from: null, to: null }],
    ['a moved start takes its year', { from: null, to: null }, 1, 3, { from: '2017-01-01', to: null }],
    ['a moved end takes its year', { from: null, to: null }, 0, 2, { from: null, to: '2018-12-31' }],
    ['a start back at the first year opens again', { from: '2017-01-01', to: null }, 0, 3, { from: null, to: null }],
    ['a typed start survives a step of the end', { from: '2017-06-15', to: null }, 1, 2, { from: '2017-06-15', to: '2018-12-31' }],
    ['a typed end survives a step of the start', { from: null, to: '2018-03-01' }, 1, 2, { from: '2017-01-01', to: '2018-03-01' }],
    ['a typed start in the first year survives too', { from: '2016-03-02', to: null }, 0, 2, { from: '2016-03-02', to: '2018-12-31' }],
    ['a typed start left behind by its handle is replaced', { from: '2017-06-15', to: null }, 2, 3, { from: '2018-01-01', to: null }],
    ['a range that missed every year starts afresh', { from: '2024-01-01', to: null }, 0, 2, { from: null, to: '2018-12-31' }],
  ] as const)('%s', (_, current, start, end, expected) => expect(rangeFromBrush(years, current, start, end)).toEqual(expected));
});

describe('handleValue: the date a brush handle stands on', () => {
  const years = [
    { start: '2016-01-01', end: '2016-12-31' },
    { start: '2017-01-01', end: '2017-12-31' },
    { start: '2018-01-01', end: '2018-12-31' },
  ];
  it.each<[number, 'start' | 'end', number, string]>([
    [0, 'start', 16801, 'From 1 Jan 2016'],
    [1, 'start', 17167, 'From 1 Jan 2017'],
    [1, 'end', 17531, 'To 31 Dec 2017'],
    [2, 'end', 17896, 'To 31 Dec 2018'],
    [9, 'end', 17896, 'To 31 Dec 2018'],
  ])('bucket %d, %s handle -> day %d, "%s"', (index, handle, now, text) => {
    expect(handleValue(years, index, handle)).toEqual({ now, min: 16801, max: 17896, text });
  });
});
