import type { ThawEvent } from '../../src/core/dataset/schema';
import { codingCounts, datasetOfCoding, type Coding } from '../../src/core/filters/coding';
import { decodeView, encodeView, EMPTY_VIEW } from '../../src/core/view/view-state';

const curated = { id: 'a' } as ThawEvent;
const reviewed = { id: 'b' } as ThawEvent;
const gdelt = { id: 'c', machine: { system: 'gdelt', id: '1' } } as ThawEvent;
const acled = { id: 'd', machine: { system: 'acled', id: 'X1' } } as ThawEvent;
const dataset = { events: [curated, gdelt, reviewed, acled] };

describe('datasetOfCoding', () => {
  it.each<[Coding, string[]]>([
    ['all', ['a', 'c', 'b', 'd']],
    ['curated', ['a', 'b']],
    ['machine', ['c', 'd']],
  ])('%s keeps %j', (coding, ids) => {
    expect(datasetOfCoding(dataset, coding).events.map((e) => e.id)).toEqual(ids);
  });

  it('gives back the same dataset when it keeps every event', () => {
    expect(datasetOfCoding(dataset, 'all')).toBe(dataset);
    const onlyCurated = { events: [curated, reviewed] };
    expect(datasetOfCoding(onlyCurated, 'curated')).toBe(onlyCurated);
  });

  it('counts each coding', () => expect(codingCounts(dataset.events)).toEqual({ curated: 2, machine: 2 }));
});

describe('?coding= in the address', () => {
  it.each([
    ['?coding=machine', 'machine'],
    ['?coding=curated', 'curated'],
    ['?coding=all', 'all'],
    ['?coding=MACHINE', 'all'],
    ['?coding=', 'all'],
    ['', 'all'],
  ])('%s -> %s', (search, coding) => expect(decodeView(search).coding).toBe(coding));

  it('leaves the default out of a link', () => {
    expect(encodeView({ ...EMPTY_VIEW, coding: 'all' })).toBe('');
    expect(encodeView({ ...EMPTY_VIEW, coding: 'machine' })).toBe('?coding=machine');
  });
});
