import { rowWindow, scrollToShow } from '../../src/features/events/utils/row-window';

describe('rowWindow', () => {
  it.each([
    // name, count, scrollTop, viewport, rowHeight, overscan, expected
    ['an empty list renders nothing', 0, 0, 600, 60, 8, { first: 0, last: -1, before: 0, after: 0 }],
    ['the top of a long list', 100_000, 0, 600, 60, 8, { first: 0, last: 17, before: 0, after: (100_000 - 18) * 60 }],
    ['the middle, with overscan either side', 100_000, 6_000, 600, 60, 8, { first: 92, last: 117, before: 92 * 60, after: (100_000 - 118) * 60 }],
    ['a scroll between rows includes the part-shown rows', 1_000, 6_030, 600, 60, 0, { first: 100, last: 110, before: 6_000, after: (1_000 - 111) * 60 }],
    ['the end of the list', 1_000, 59_400, 600, 60, 8, { first: 982, last: 999, before: 982 * 60, after: 0 }],
    ['a scroll past the end is clamped to the end', 1_000, 1e9, 600, 60, 0, { first: 990, last: 999, before: 990 * 60, after: 0 }],
    ['a negative scroll (overscroll) is the top', 1_000, -50, 600, 60, 0, { first: 0, last: 9, before: 0, after: 990 * 60 }],
    ['a list shorter than the viewport renders every row', 5, 0, 600, 60, 8, { first: 0, last: 4, before: 0, after: 0 }],
    ['no height yet renders the overscan only', 1_000, 0, 0, 60, 8, { first: 0, last: 7, before: 0, after: 992 * 60 }],
  ])('%s', (_name, count, scrollTop, viewport, rowHeight, overscan, expected) => {
    expect(rowWindow(count, scrollTop, viewport, rowHeight, overscan)).toEqual(expected);
  });

  it('rows rendered stay under 100 for any length', () => {
    for (const count of [61, 1_000, 100_000, 1_000_000]) {
      const { first, last } = rowWindow(count, count * 30, 640, 60, 8);
      expect(last - first + 1).toBeLessThan(100);
    }
  });
});

describe('scrollToShow', () => {
  it.each([
    ['a row in view stays put', 12, 600, 600, 60, null],
    ['a row above the view scrolls to its top', 3, 600, 600, 60, 180],
    ['a row below the view scrolls until its bottom shows', 30, 600, 600, 60, 31 * 60 - 600],
    ['the last row in full stays put', 19, 600, 600, 60, null],
    ['a row just below the bottom edge scrolls by one row', 20, 600, 600, 60, 21 * 60 - 600],
  ])('%s', (_name, index, scrollTop, viewport, rowHeight, expected) => {
    expect(scrollToShow(index, scrollTop, viewport, rowHeight)).toBe(expected);
  });
});
