import { describe, expect, it } from 'vitest';
import { diamondPath, dotsPath, nearAlongX, polylinePath } from '../../src/features/charts/svg-paths';

describe('polylinePath', () => {
  it.each([
    { name: 'no points', points: [], d: '' },
    { name: 'one point', points: [{ x: 1, y: 2 }], d: 'M1,2' },
    { name: 'three points', points: [{ x: 0, y: 0 }, { x: 10, y: 5 }, { x: 20, y: -3 }], d: 'M0,0L10,5L20,-3' },
    { name: 'rounded to hundredths', points: [{ x: 1.23456, y: 2.5 }, { x: 3.999, y: 0.001 }], d: 'M1.23,2.5L4,0' },
    { name: 'a gap starts a new segment', points: [{ x: 0, y: 0 }, { x: Number.NaN, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 3 }], d: 'M0,0M2,2L3,3' },
    { name: 'only gaps', points: [{ x: Number.POSITIVE_INFINITY, y: 0 }, { x: 1, y: Number.NaN }], d: '' },
  ])('$name', ({ points, d }) => {
    expect(polylinePath(points)).toBe(d);
  });
});

describe('diamondPath', () => {
  const corners = (d: string) => {
    const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    return { top: { x: n[0], y: n[1] }, right: { x: n[2], y: n[3] }, bottom: { x: n[4], y: n[5] }, left: { x: n[6], y: n[7] } };
  };
  // d3's symbolDiamond, which recharts draws for shape="diamond": a rhombus of the given area, its width tan 30° of its height.
  it.each([
    { area: 16, at: { x: 0, y: 0 } },
    { area: 64, at: { x: 100, y: 50 } },
    { area: 144, at: { x: -20.5, y: 7 } },
  ])('area $area at ($at.x, $at.y)', ({ area, at }) => {
    const d = diamondPath(at, area);
    expect(d).toMatch(/^M[^MLZ]+L[^MLZ]+L[^MLZ]+L[^MLZ]+Z$/);
    const { top, right, bottom, left } = corners(d);
    const width = right.x - left.x;
    const height = bottom.y - top.y;
    expect((width * height) / 2).toBeCloseTo(area, 0);
    expect(width / height).toBeCloseTo(Math.tan(Math.PI / 6), 2);
    expect((left.x + right.x) / 2).toBeCloseTo(at.x, 1);
    expect((top.y + bottom.y) / 2).toBeCloseTo(at.y, 1);
    expect(top.x).toBeCloseTo(at.x, 1);
    expect(left.y).toBeCloseTo(at.y, 1);
  });
});

describe('dotsPath', () => {
  it.each([
    { name: 'no points', points: [], radius: 4, d: '' },
    { name: 'one dot: two half-circle arcs from its left edge', points: [{ x: 10, y: 20 }], radius: 4, d: 'M6,20a4,4 0 1,0 8,0a4,4 0 1,0 -8,0' },
    {
      name: 'one subpath per dot',
      points: [{ x: 0, y: 0 }, { x: 50, y: 5 }],
      radius: 2,
      d: 'M-2,0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0M48,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0',
    },
    { name: 'rounded to hundredths', points: [{ x: 1.005, y: 2.3333 }], radius: 4.514, d: 'M-3.51,2.33a4.51,4.51 0 1,0 9.03,0a4.51,4.51 0 1,0 -9.03,0' },
    { name: 'points off the scale are left out', points: [{ x: Number.NaN, y: 1 }, { x: 3, y: 3 }, { x: 4, y: Number.POSITIVE_INFINITY }], radius: 1, d: 'M2,3a1,1 0 1,0 2,0a1,1 0 1,0 -2,0' },
  ])('$name', ({ points, radius, d }) => {
    expect(dotsPath(points, radius)).toBe(d);
  });
});

describe('nearAlongX', () => {
  const x = (item: { x: number }) => item.x;
  const items = [{ id: 'a', x: 0 }, { id: 'b', x: 3 }, { id: 'c', x: 4 }, { id: 'd', x: 5 }, { id: 'e', x: 20 }, { id: 'off', x: Number.NaN }];
  const ids = (found: { near: Array<{ id: string }>; more: number }) => ({ near: found.near.map((item) => item.id), more: found.more });
  it.each([
    { name: 'alone: only the target', target: 4, reach: 0.5, most: 3, expected: { near: ['e'], more: 0 } },
    { name: 'neighbours within reach, in order', target: 2, reach: 1, most: 3, expected: { near: ['b', 'c', 'd'], more: 0 } },
    { name: 'the nearest when too many, still in order', target: 2, reach: 4, most: 3, expected: { near: ['b', 'c', 'd'], more: 1 } },
    { name: 'at the edge of a cluster: the target and its nearest', target: 0, reach: 5, most: 2, expected: { near: ['a', 'b'], more: 2 } },
    { name: 'a target off the scale is near nothing else', target: 5, reach: 100, most: 3, expected: { near: ['off'], more: 0 } },
  ])('$name', ({ target, reach, most, expected }) => {
    expect(ids(nearAlongX(items, items[target], x, reach, most))).toEqual(expected);
  });
});
