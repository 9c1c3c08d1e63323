import { bubbleDiameter, MAX_DIAMETER, MIN_DIAMETER, placeName } from '../../src/features/map/utils/place-marker';
import { paintedLook } from '../../src/features/map/utils/bubble-look';
import { thawColor } from '../../src/core/thaw/bands';
import { english } from '../fixtures/words';
import { clipRing, clipGeometry, quantizeRing } from '../../src/features/map/utils/clip-to-box';

describe('bubbleDiameter', () => {
  it.each([
    [10, 10, MAX_DIAMETER],
    [0, 10, MIN_DIAMETER],
    [1, 1000, MIN_DIAMETER],
    [20, 10, MAX_DIAMETER],
  ])('%d of %d -> %d px', (count, max, diameter) => expect(bubbleDiameter(count, max)).toBe(diameter));
  it('makes area, not diameter, proportional to count', () => {
    const d1 = bubbleDiameter(25, 100);
    const d4 = bubbleDiameter(100, 100);
    expect(d4 / d1).toBeCloseTo(2, 1);
  });
});

describe('clipRing', () => {
  const box = [0, 0, 10, 10] as const;
  it.each([
    ['inside stays', [[1, 1], [2, 1], [2, 2], [1, 1]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
    ['outside vanishes', [[20, 20], [21, 20], [21, 21], [20, 20]], null],
    ['straddling is cut at the edge', [[5, 5], [15, 5], [15, 6], [5, 6], [5, 5]], [[5, 5], [10, 5], [10, 6], [5, 6], [5, 5]]],
  ])('%s', (_name, ring, expected) => expect(clipRing(ring as [number, number][], box)).toEqual(expected));

  it('drops polygons with nothing inside and keeps the rest as a MultiPolygon', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 1]]], [[[50, 50], [51, 50], [51, 51], [50, 50]]]] as [number, number][][][] };
    expect(clipGeometry(geometry, box)).toEqual({ type: 'MultiPolygon', coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 1]]]] });
    expect(clipGeometry({ type: 'Polygon', coordinates: [[[50, 50], [51, 50], [51, 51], [50, 50]]] }, box)).toBeNull();
  });
});

describe('quantizeRing', () => {
  it('rounds and drops repeats', () => {
    expect(quantizeRing([[1.001, 2.004], [1.002, 2.001], [3.456, 4.561]], 2)).toEqual([[1, 2], [3.46, 4.56]]);
  });
});

describe('placeName', () => {
  const place = { id: 'p', name: 'Hangzhou', country: 'CN', lat: 30.3, lon: 120.2 };
  it.each([
    ['every event exact: name, count, score', { 1: 2, 2: 0, 3: 0 }, 2, 1.25, 'Hangzhou: 2 events, mean thaw +1.3'],
    ['one placed from a venue', { 1: 0, 2: 1, 3: 0 }, 1, -2, 'Hangzhou: 1 event, mean thaw -2.0. Approximate: 1 placed from a named venue or occasion.'],
    ['only the country named, no score', { 1: 0, 2: 0, 3: 3 }, 3, null, 'Hangzhou: 3 events. Approximate: 3 with only the country named, placed at its capital.'],
  ] as const)('%s', (_name, byPrecision, count, meanScore, expected) => {
    expect(placeName({ place, count, meanScore, byPrecision: { ...byPrecision } }, english)).toBe(expected);
  });
});

describe('paintedLook', () => {
  const place = { id: 'p', name: 'Yantai', country: 'CN', lat: 37.5, lon: 121.4 };
  it.each([
    ['exact, warm, few events: a solid ring, the warm colour, the smallest radius', { 1: 4, 2: 0, 3: 0 }, 4, 6, MIN_DIAMETER / 2, thawColor(6), undefined],
    ['some placed approximately: a dashed ring', { 1: 2, 2: 1, 3: 1 }, 4, -3, MIN_DIAMETER / 2, thawColor(-3), '4 3'],
    ['the busiest place: the largest bubble', { 1: 100, 2: 0, 3: 0 }, 100, 0, MAX_DIAMETER / 2, thawColor(0), undefined],
    ['a quarter of the busiest: half its diameter', { 1: 25, 2: 0, 3: 0 }, 25, 2, MAX_DIAMETER / 4, thawColor(2), undefined],
    ['no score: no fill', { 1: 1, 2: 0, 3: 0 }, 1, null, MIN_DIAMETER / 2, 'transparent', undefined],
  ] as const)('%s', (_name, byPrecision, count, meanScore, radius, fillColor, dashArray) => {
    const look = paintedLook({ place, count, meanScore, byPrecision: { ...byPrecision } }, 100);
    expect(look).toMatchObject({ radius, fillColor, dashArray });
    expect(look.radius).toBe(bubbleDiameter(count, 100) / 2);
  });
});
