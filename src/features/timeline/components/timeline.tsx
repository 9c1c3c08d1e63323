import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStableCallback } from '../../../shared/use-stable-callback';
import { DATE_RANGE, isAcceptedDate } from '../../../core/dataset/dates';
import type { Granularity, TimeBucket } from '../../../core/filters/aggregate';
import { rangeFromBrush, rangeIndexes } from '../../../core/filters/brush-range';
import { useT } from '../../../shared/i18n/use-t';
import { TimelineChart } from '../../charts/lazy-charts';

type Props = {
  buckets: ReadonlyArray<TimeBucket>;
  granularity: Granularity;
  from: string | null;
  to: string | null;
  /** Date of the chosen event, marked on the chart. */
  chosenDate: string | null;
  /** Sets the range; nulls clear it. */
  onRange: (from: string | null, to: string | null) => void;
};

/**
 * Whether a date field's value can be applied: empty, or a whole date the
 * view accepts. Typing a year digit by digit passes through 0002, 0020 and
 * 0201, each a complete value to the browser, and none a filter to apply.
 */
const isWhole = (value: string) => value === '' || isAcceptedDate(value);

const bucketKey = (date: string, granularity: Granularity) => (granularity === 'month' ? date.slice(0, 7) : date.slice(0, 4));

/**
 * Events per year (or month) under the other filters, with a brush that
 * sets the date range (drag it, or focus a handle and use the arrow keys)
 * and two date fields that do the same.
 */
export const Timeline = memo(function Timeline({ buckets, granularity, from, to, chosenDate, onRange }: Props) {
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const t = useT();
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  // Each field follows its own end of the range, so applying one never overwrites what is being typed in the other.
  useEffect(() => setDraft((d) => ({ ...d, from: from ?? '' })), [from]);
  useEffect(() => setDraft((d) => ({ ...d, to: to ?? '' })), [to]);
  /** A field left holding a date that cannot be applied. */
  const [unfinished, setUnfinished] = useState<'From' | 'To' | null>(null);

  // A copy recharts may keep, kept by value: a change of the date range brings new bucket objects with the same counts.
  const bucketsKey = buckets.map((b) => `${b.key}:${b.count}`).join(',');
  const data = useMemo(() => buckets.map((bucket) => ({ ...bucket, name: bucket.key })), [bucketsKey]);
  const onBar = useStableCallback((entry: unknown) => {
    const bucket = entry as TimeBucket;
    onRange(bucket.start, bucket.end);
  });
  const { start, end, none } = rangeIndexes(buckets, from, to);
  // What the brush last showed: the range it was given, or the one it last reported. Off screen the panel is given
  // the filters only once they settle, so during quick steps the range it was given is behind what the brush shows.
  const shown = useRef({ start, end });
  useEffect(() => {
    shown.current = { start, end };
  }, [start, end]);
  // Keeps its identity from one brush step to the next.
  const onBrush = useStableCallback((range: { startIndex?: number; endIndex?: number }) => {
    const s = range.startIndex ?? 0;
    const e = range.endIndex ?? buckets.length - 1;
    if (s === shown.current.start && e === shown.current.end) return;
    shown.current = { start: s, end: e };
    const next = rangeFromBrush(buckets, { from, to }, s, e);
    onRange(next.from, next.to);
  });
  if (buckets.length === 0) return <p className="empty">{t('timeline.none')}</p>;
  const min = buckets[0].start;
  const max = buckets[buckets.length - 1].end;
  const draftError = unfinished
    ? t('timeline.notWhole', { field: unfinished, min: DATE_RANGE.from, max: DATE_RANGE.to })
    : draft.from && draft.to && isWhole(draft.from) && isWhole(draft.to) && draft.from > draft.to
      ? t('timeline.order')
      : null;

  // A field's value is applied once it is a whole date; the other end stays as applied until its own field is.
  const commit = (next: { from: string; to: string }) => {
    setDraft(next);
    setUnfinished(null);
    const nextFrom = isWhole(next.from) ? next.from || null : from;
    const nextTo = isWhole(next.to) ? next.to || null : to;
    if (nextFrom && nextTo && nextFrom > nextTo) return;
    if (nextFrom !== from || nextTo !== to) onRange(nextFrom, nextTo);
  };

  return (
    <div className="timeline">
      <div className="timeline__chart">
        <TimelineChart
          data={data}
          barClass={(i) => (from === null && to === null ? 'bar' : !none && i >= start && i <= end ? 'bar is-selected' : 'bar is-dimmed')}
          chosenKey={chosenDate ? bucketKey(chosenDate, granularity) : null}
          start={start}
          end={end}
          onBar={onBar}
          onBrush={onBrush}
        />
      </div>
      <div className="timeline__fields">
        <label htmlFor={fromId}>{t('timeline.from')}</label>
        <input id={fromId} type="date" min={min} max={max} value={draft.from} aria-describedby={draftError ? errorId : undefined} aria-invalid={draftError && unfinished !== 'To' ? true : undefined} onChange={(e) => commit({ ...draft, from: e.currentTarget.value })} onBlur={() => !isWhole(draft.from) && setUnfinished('From')} />
        <label htmlFor={toId}>{t('timeline.to')}</label>
        <input id={toId} type="date" min={min} max={max} value={draft.to} aria-describedby={draftError ? errorId : undefined} aria-invalid={draftError && unfinished !== 'From' ? true : undefined} onChange={(e) => commit({ ...draft, to: e.currentTarget.value })} onBlur={() => !isWhole(draft.to) && setUnfinished('To')} />
        {(from || to) && (
          <button type="button" onClick={() => onRange(null, null)}>
            {t('timeline.all')}
          </button>
        )}
        {draftError && (
          <p id={errorId} className="field-error" role="alert">
            {draftError}
          </p>
        )}
      </div>
    </div>
  );
});
