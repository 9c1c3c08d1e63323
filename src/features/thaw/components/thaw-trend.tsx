import { memo, useCallback, useMemo } from 'react';
import type { ThawPoint } from '../../../core/filters/aggregate';
import type { ThawTrendSeries } from '../../../core/filters/panel-data';
import { formatScore } from '../../../core/thaw/bands';
import { useWords } from '../../../shared/i18n/use-words';
import { ThawTrendChart } from '../../charts/lazy-charts';

type Props = {
  series: ThawTrendSeries;
  chosenEventId: string | null;
  titleOf: (id: string) => string | undefined;
};

const yearOf = (time: number) => new Date(time).getUTCFullYear();

/** 1 January of every year (or every few years, for long spans) from `first` to `last`, as ms since 1970. */
function yearTicks(first: number, last: number): number[] {
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}

/**
 * Thaw scores over time (dots) with the rolling mean of the last three
 * (line): one dot per event, or per month or year with events when there are
 * too many events to draw one by one.
 */
export const ThawTrend = memo(function ThawTrend({ series, chosenEventId, titleOf }: Props) {
  const { per, points } = series;
  const words = useWords();
  const { t } = words;
  const perEvent = per === 'event';
  const chosen = useMemo(() => (perEvent && chosenEventId !== null ? (points.find((p) => p.id === chosenEventId) ?? null) : null), [points, perEvent, chosenEventId]);
  // Kept by value: new ticks would make recharts set up the axis again, though most filter changes keep the years.
  const firstYear = points.length === 0 ? 0 : yearOf(points[0].time);
  const lastYear = points.length === 0 ? -1 : yearOf(points[points.length - 1].time);
  const ticks = useMemo(() => yearTicks(firstYear, lastYear), [firstYear, lastYear]);
  const dotName = perEvent ? t('trend.eventScore') : t('trend.meanScore', { per });
  const rolling = t('trend.rolling');
  const describe = useCallback(
    (point: ThawPoint) => ({
      heading: perEvent ? `${point.date} · ${titleOf(point.id) ?? point.id}` : point.id,
      rows: [
        [dotName, formatScore(point.score)],
        [rolling, formatScore(point.rolling)],
      ] as const,
    }),
    [perEvent, dotName, rolling, titleOf],
  );
  if (points.length === 0) return null;
  return (
    <figure className="thaw-trend">
      <ThawTrendChart data={points} chosen={chosen} ticks={ticks} describe={describe} />
      <figcaption className="visually-hidden">
        {t('trend.caption', { per, from: points[0].date, to: points[points.length - 1].date, rolling: formatScore(points[points.length - 1].rolling) })}
      </figcaption>
      {!perEvent && <p className="legend">{t('trend.onePer', { per })}</p>}
    </figure>
  );
});
