import { countAxisWidth, formatCountTick } from '../../src/features/charts/count-axis';

describe('formatCountTick', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [250, '250'],
    [1500, '1.5K'],
    [6000, '6K'],
    [15_000, '15K'],
    [150_000, '150K'],
    [1_200_000, '1.2M'],
  ])('%d -> %s', (value, label) => expect(formatCountTick(value)).toBe(label));
});

describe('countAxisWidth', () => {
  // Every label an axis up to `max` can show fits: its characters at 7 px each, plus the room of the tick.
  it.each([
    [0, 40],
    [9, 40],
    [10, 47],
    [999, 54],
    [1000, 61],
    [6000, 61],
    [2_000_000, 61],
  ])('up to %d -> %d px', (max, width) => expect(countAxisWidth(max)).toBe(width));

  it.each([9, 99, 999, 1500, 45_000, 4_500_000])('is wide enough for every label of an axis up to %d', (max) => {
    const longest = Math.max(...[0.25, 0.5, 0.75, 1].map((share) => formatCountTick(Math.round(max * share)).length));
    expect(countAxisWidth(max)).toBeGreaterThanOrEqual(33 + 7 * longest);
  });
});
