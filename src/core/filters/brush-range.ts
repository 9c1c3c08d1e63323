import type { TimeBucket } from './aggregate';

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
