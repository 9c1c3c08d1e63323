const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is a YYYY-MM-DD string naming a day that exists in the
 * proleptic Gregorian calendar (so 2023-02-30 and 2023-13-01 are false).
 */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The YYYY-MM-DD pattern without the calendar check, for schema messages. */
export const ISO_DATE_PATTERN = ISO_DATE;
