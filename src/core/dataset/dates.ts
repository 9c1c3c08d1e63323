const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The days of `month` (1-12) of `year` in the proleptic Gregorian calendar. */
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);

/**
 * True when `value` is a YYYY-MM-DD string naming a day that exists in the
 * proleptic Gregorian calendar (so 2023-02-30 and 2023-13-01 are false, and
 * 0000-02-29 is true: year 0 is a leap year, as in ISO 8601).
 */
export function isRealIsoDate(value: string): boolean {
  // Read digit by digit rather than by ISO_DATE: this runs for every date of a dataset of hundreds of thousands of events.
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  // Counted rather than asked of Date, which reads years 0-99 as 1900-1999.
  return day <= daysInMonth(year, month);
}

const DASH = 45;

/** The number written by the `length` ASCII digits at `from`, or -1 if any of them is not a digit. */
export function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The YYYY-MM-DD pattern without the calendar check, for schema messages. */
export const ISO_DATE_PATTERN = ISO_DATE;

/**
 * The days a dataset's dates may fall on. The timeline draws one bar per
 * year between the earliest and latest event, so a mistyped year (0219 for
 * 2019) would otherwise squeeze the real events into one bar of hundreds.
 */
export const DATE_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;

/** True when a YYYY-MM-DD date lies within DATE_RANGE (string order is date order for this format). */
export function isInDateRange(value: string): boolean {
  return value >= DATE_RANGE.from && value <= DATE_RANGE.to;
}

/** True for a day that exists in the calendar, written YYYY-MM-DD, within DATE_RANGE: a date a dataset or a view may hold. */
export const isAcceptedDate = (value: string): boolean => isRealIsoDate(value) && isInDateRange(value);
