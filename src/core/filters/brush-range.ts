import { formatEventDate } from '../dataset/describe';
import type { TimeBucket } from './aggregate';
import { dayNumber } from './event-index';

/**
 * The buckets a date range covers, as the brush shows it: the first and the
 * last index. A range that misses every bucket (wholly before the first or
 * after the last) covers `none`; the brush then spans them all, and every
 * bar is dimmed.
 */
export function rangeIndexes(buckets: ReadonlyArray<Pick<TimeBucket, 'start' | 'end'>>, from: string | null, to: string | null) {
  const last = buckets.length - 1;
  const start = from === null ? 0 : buckets.findIndex((b) => b.end >= from);
  let end = last;
  if (to !== null) {
    end = -1;
    buckets.forEach((b, i) => {
      if (b.start <= to) end = i;
    });
  }
  const none = start < 0 || end < start;
  return { start: none ? 0 : start, end: none ? last : end, none };
}

/**
 * The date range the brush's handles at `start` and `end` stand for. A
 * handle still in the bucket of its end of the current range keeps that end
 * as it is, so a date typed to the day survives a step of the other handle;
 * a handle at the first or last bucket leaves its end open.
 */
export function rangeFromBrush(buckets: ReadonlyArray<Pick<TimeBucket, 'start' | 'end'>>, current: { from: string | null; to: string | null }, start: number, end: number) {
  const within = (date: string | null, i: number): date is string => date !== null && date >= buckets[i].start && date <= buckets[i].end;
  return {
    from: within(current.from, start) ? current.from : start === 0 ? null : buckets[start].start,
    to: within(current.to, end) ? current.to : end === buckets.length - 1 ? null : buckets[end].end,
  };
}

/**
 * What a brush handle stands on, for assistive technology: the first day of
 * its bucket for the start handle and the last day for the end handle, as a
 * day number since 1970-01-01 (aria-valuenow) and in words (aria-valuetext),
 * with the whole span as the bounds.
 */
export function handleValue(
  buckets: ReadonlyArray<Pick<TimeBucket, 'start' | 'end'>>,
  index: number,
  handle: 'start' | 'end',
  describe: (handle: 'start' | 'end', date: string) => string = (h, date) => `${h === 'start' ? 'From' : 'To'} ${formatEventDate({ date, datePrecision: 'day' })}`,
) {
  const bucket = buckets[Math.max(0, Math.min(buckets.length - 1, index))];
  const date = handle === 'start' ? bucket.start : bucket.end;
  return {
    now: dayNumber(date),
    min: dayNumber(buckets[0].start),
    max: dayNumber(buckets[buckets.length - 1].end),
    text: describe(handle, date),
  };
}
