import type { DatePrecision } from './types';

export const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** The YYYY-MM-DD date of a day number. */
export const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first and last day a date of a precision covers. */
export function spanOf(date: string, precision: DatePrecision, endDate?: string): [number, number] {
  const start = toDay(date);
  if (endDate) return [start, toDay(endDate)];
  if (precision === 'day') return [start, start];
  const [y, m] = date.split('-').map(Number);
  const end = precision === 'month' ? Date.UTC(y, m, 0) / DAY_MS : Date.UTC(y, 11, 31) / DAY_MS;
  return [start, end];
}

