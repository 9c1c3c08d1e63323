import { memo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThawPoint } from '../../../core/filters/aggregate';
import { formatScore } from '../../../core/thaw/bands';

type Props = {
  points: ReadonlyArray<ThawPoint>;
  chosenEventId: string | null;
  titles: ReadonlyMap<string, string>;
};

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

/** Per-event thaw scores over time (dots) with the rolling mean of the last three (line). */
export const ThawTrend = memo(function ThawTrend({ points, chosenEventId, titles }: Props) {
  if (points.length === 0) return null;
  const data = points.map((p) => ({ ...p, chosen: p.id === chosenEventId ? p.score : null }));
  return (
    <figure className="thaw-trend">
      <ComposedChart data={data} responsive width="100%" height={170} margin={{ top: 8, right: 12, bottom: 0, left: -18 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" className="grid" vertical={false} />
        <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={yearTicks(points)} tickFormatter={year} minTickGap={16} className="axis" tick={{ fontSize: 12 }} padding={{ left: 10, right: 10 }} />
        <YAxis domain={[-10, 10]} ticks={[-10, -5, 0, 5, 10]} className="axis" tick={{ fontSize: 12 }} />
        <ReferenceLine y={0} className="zero-line" />
        <Tooltip
          isAnimationActive={false}
          formatter={(value, name) => [formatScore(Number(value)), name === 'rolling' ? 'Rolling mean (3)' : 'Event score']}
          labelFormatter={(_label, payload) => {
            const point = payload?.[0]?.payload as ThawPoint | undefined;
            return point ? `${point.date} · ${titles.get(point.id) ?? point.id}` : '';
          }}
        />
        <Line dataKey="rolling" type="monotone" dot={false} isAnimationActive={false} className="rolling-line" strokeWidth={2} />
        <Scatter dataKey="score" isAnimationActive={false} className="score-dots" />
        <Scatter dataKey="chosen" isAnimationActive={false} className="chosen-dot" shape="diamond" />
      </ComposedChart>
      <figcaption className="visually-hidden">
        Per-event thaw scores from {points[0].date} to {points[points.length - 1].date}; the latest rolling mean is {formatScore(points[points.length - 1].rolling)}.
      </figcaption>
    </figure>
  );
});
