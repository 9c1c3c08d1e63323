import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, ComposedChart, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThawPoint } from '../../../core/filters/aggregate';
import type { ThawTrendSeries } from '../../../core/filters/panel-data';
import { formatScore } from '../../../core/thaw/bands';

type Props = {
  series: ThawTrendSeries;
  chosenEventId: string | null;
  titleOf: (id: string) => string | undefined;
};

const noDot = () => <g />;

// Recharts 3 replaces an axis' or a chart's settings in its store when a prop changes identity, which re-runs every selector: the props that never change are made once here.
const MARGIN = { top: 8, right: 12, bottom: 0, left: -18 };
const TICK = { fontSize: 12 };
const X_DOMAIN = ['dataMin', 'dataMax'];
const X_PADDING = { left: 10, right: 10 };
const Y_DOMAIN = [-10, 10];
const Y_TICKS = [-10, -5, 0, 5, 10];
const Y_PADDING = { bottom: 8 };
const ROLLING_LINE = { className: 'rolling-line', strokeWidth: 2 };

const year = (time: number) => new Date(time).getUTCFullYear().toString();

/** 1 January of every year (or every few years, for long spans) the points cover, as ms since 1970. */
function yearTicks(points: ReadonlyArray<ThawPoint>): number[] {
  const first = new Date(points[0].time).getUTCFullYear();
  const last = new Date(points[points.length - 1].time).getUTCFullYear();
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
  const perEvent = per === 'event';
  const data = useMemo(() => points.map((p) => ({ ...p, chosen: perEvent && p.id === chosenEventId ? p.score : null })), [points, perEvent, chosenEventId]);
  const ticks = useMemo(() => (points.length === 0 ? [] : yearTicks(points)), [points]);
  const dotName = perEvent ? 'Event score' : `Mean score of the ${per}`;
  const formatter = useCallback((value: unknown, name: unknown) => [formatScore(Number(value)), name === 'rolling' ? 'Rolling mean (3)' : dotName] as [string, string], [dotName]);
  const labelFormatter = useCallback(
    (_label: unknown, payload: ReadonlyArray<{ payload?: unknown }> | undefined) => {
      const point = payload?.[0]?.payload as ThawPoint | undefined;
      if (!point) return '';
      return perEvent ? `${point.date} · ${titleOf(point.id) ?? point.id}` : point.id;
    },
    [perEvent, titleOf],
  );
  if (points.length === 0) return null;
  return (
    <figure className="thaw-trend">
      <ComposedChart data={data} responsive width="100%" height={170} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" className="grid" vertical={false} />
        <XAxis dataKey="time" type="number" scale="time" domain={X_DOMAIN} ticks={ticks} tickFormatter={year} minTickGap={16} className="axis" tick={TICK} padding={X_PADDING} />
        <YAxis domain={Y_DOMAIN} ticks={Y_TICKS} padding={Y_PADDING} className="axis" tick={TICK} />
        <ReferenceLine y={0} className="zero-line" />
        <Tooltip isAnimationActive={false} formatter={formatter} labelFormatter={labelFormatter} />
        {/* A line through the rolling means, drawn by a Scatter: recharts' Line measures its path on every render, which forces a layout. */}
        <Scatter dataKey="rolling" line={ROLLING_LINE} lineType="joint" shape={noDot} isAnimationActive={false} legendType="none" />
        <Scatter dataKey="score" isAnimationActive={false} className="score-dots" />
        <Scatter dataKey="chosen" isAnimationActive={false} className="chosen-dot" shape="diamond" />
      </ComposedChart>
      <figcaption className="visually-hidden">
        {perEvent ? 'Per-event thaw scores' : `Mean thaw score per ${per}`} from {points[0].date} to {points[points.length - 1].date}; the latest rolling mean is {formatScore(points[points.length - 1].rolling)}.
      </figcaption>
      {!perEvent && <p className="legend">One dot per {per}: the mean of its events, too many to draw one by one.</p>}
    </figure>
  );
});
