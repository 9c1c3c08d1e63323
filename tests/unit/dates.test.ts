import { isInDateRange, isRealIsoDate } from '../../src/core/dataset/dates';

describe('isRealIsoDate', () => {
  it.each([
    ['2019-12-04', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['1900-02-29', false],
    // Years 0-99 are counted as themselves, not as 1900-1999.
    ['0000-02-29', true],
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['0099-02-29', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-04-31', false],
    ['2023-04-00', false],
    ['2023-4-1', false],
    ['04/12/2019', false],
    ['2019-12-04T00:00:00Z', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });
});

describe('isInDateRange', () => {
  it.each([
    ['1900-01-01', true],
    ['2100-12-31', true],
    ['2019-12-04', true],
    ['1899-12-31', false],
    ['1800-01-01', false],
    ['0219-12-04', false],
    ['2101-01-01', false],
  ])('%s -> %s', (value, expected) => {
    expect(isInDateRange(value)).toBe(expected);
  });
});
