import fc from 'fast-check';
import { isAcceptedDate, isInDateRange, isRealIsoDate } from '../../src/core/dataset/dates';

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
    ['2019/12/04', false],
    ['2019-1a-04', false],
    ['+019-12-04', false],
    ['２０１９-12-04', false],
    ['2019-12-04 ', false],
  ])('%s -> %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });

  it('says what the YYYY-MM-DD pattern and a calendar built on Date say, for any ten characters of digits and signs', () => {
    const byDate = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const [year, month, day] = match.slice(1).map(Number);
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    const char = fc.constantFrom(...'0123456789-+/ a'.split(''), '0', '1', '2', '-');
    const text = fc.oneof(fc.array(char, { minLength: 10, maxLength: 10 }).map((cs) => cs.join('')), fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(fc.property(text, (value) => {
      expect(isRealIsoDate(value), value).toBe(byDate(value));
    }), { numRuns: 20_000, seed: 42 });
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

describe('isAcceptedDate', () => {
  it.each([
    ['2019-12-04', true],
    ['1900-01-01', true],
    ['2100-12-31', true],
    ['2023-02-30', false],
    ['1899-12-31', false],
    ['2101-01-01', false],
    ['0201-05-05', false],
    ['2019-12', false],
    ['', false],
  ])('%s -> %s', (value, expected) => expect(isAcceptedDate(value)).toBe(expected));
});
