/**
 * The dashboard's recharts charts, in a module of their own that is loaded
 * when a chart is first drawn (see lazy-charts.tsx): recharts and its d3 are
 * about half of the app's script, and the commit that first shows the data
 * does not need them.
 */
import { memo, useMemo, type CSSProperties } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, Cell, ComposedChart, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ThawPoint, TimeBucket } from '../../core/filters/aggregate';
import { barFill } from '../topics/utils/bar-fill';

// Recharts 3 replaces an axis' or a chart's settings in its store when a prop changes identity, which re-runs every selector: the props that never change are made once here.
const TICK = { fontSize: 12 };

const TREND_MARGIN = { top: 8, right: 12, bottom: 0, left: -18 };
const X_DOMAIN = ['dataMin', 'dataMax'];
const X_PADDING = { left: 10, right: 10 };
const Y_DOMAIN = [-10, 10];
const Y_TICKS = [-10, -5, 0, 5, 10];
const Y_PADDING = { bottom: 8 };
const ROLLING_LINE = { className: 'rolling-line', strokeWidth: 2 };
const noDot = () => <g />;
const year = (time: number) => new Date(time).getUTCFullYear().toString();

export type ThawTrendChartProps = {
  data: ReadonlyArray<ThawPoint & { chosen: number | null }>;
  ticks: number[];
  formatter: (value: unknown, name: unknown) => [string, string];
  labelFormatter: (label: unknown, payload: ReadonlyArray<{ payload?: unknown }> | undefined) => string;
};

/** The thaw trend: a dot per score and a line through the rolling means. */
export function ThawTrendChart({ data, ticks, formatter, labelFormatter }: ThawTrendChartProps) {
  return (
    <ComposedChart data={data as Array<ThawPoint & { chosen: number | null }>} responsive width="100%" height={170} margin={TREND_MARGIN} accessibilityLayer={false}>
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
  );
}

const TOPIC_MARGIN = { top: 0, right: 4, bottom: 0, left: 0 };
const RADIUS: [number, number, number, number] = [0, 3, 3, 0];

type Row = { id: string; count: number };

/**
 * The topic bars alone. Their data is the counts, which a topic toggle does
 * not change (each panel counts under every filter but its own), so a toggle
 * leaves this chart as it is: the selection only changes the wrapper's
 * custom properties.
 */
export const TopicBarsChart = memo(function TopicBarsChart({ data, height, onBar }: { data: ReadonlyArray<Row>; height: number; onBar: (entry: unknown) => void }) {
  const domain = useMemo(() => [0, Math.max(1, ...data.map((row) => row.count))], [data]);
  const fills = useMemo(() => data.map((_, i): CSSProperties => ({ fill: `var(${barFill(i)}, var(--bar))` })), [data]);
  return (
    <BarChart layout="vertical" data={data as Row[]} responsive width="100%" height={height} margin={TOPIC_MARGIN} barCategoryGap={8} accessibilityLayer={false}>
      <XAxis type="number" hide domain={domain} />
      <YAxis type="category" dataKey="id" hide />
      <Bar dataKey="count" isAnimationActive={false} radius={RADIUS} onClick={onBar} cursor="pointer">
        {data.map((row, i) => (
          <Cell key={row.id} className="bar" style={fills[i]} />
        ))}
      </Bar>
    </BarChart>
  );
});

const TIMELINE_MARGIN = { top: 8, right: 12, bottom: 0, left: -18 };
const CURSOR = { className: 'tooltip-cursor' };
const formatCount = (value: number | string | undefined | ReadonlyArray<number | string>) => [String(value ?? ''), 'Events'] as [string, string];

export type TimelineChartProps = {
  data: TimeBucket[];
  /** The class of each bucket's bar: selected, dimmed or plain. */
  barClass: (index: number) => string;
  /** The bucket key of the chosen event, marked with a line. */
  chosenKey: string | null;
  start: number;
  end: number;
  onBar: (entry: unknown) => void;
  onBrush: (range: { startIndex?: number; endIndex?: number }) => void;
};

/** Events per bucket, with the brush that sets the date range. */
export function TimelineChart({ data, barClass, chosenKey, start, end, onBar, onBrush }: TimelineChartProps) {
  return (
    <BarChart data={data} responsive width="100%" height={190} margin={TIMELINE_MARGIN} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} className="grid" />
      <XAxis dataKey="key" className="axis" tick={TICK} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} className="axis" tick={TICK} width={40} />
      <Tooltip isAnimationActive={false} formatter={formatCount} cursor={CURSOR} />
      <Bar dataKey="count" isAnimationActive={false} cursor="pointer" onClick={onBar}>
        {data.map((bucket, i) => (
          <Cell key={bucket.key} className={barClass(i)} />
        ))}
      </Bar>
      {chosenKey && <ReferenceLine x={chosenKey} className="chosen-line" strokeWidth={2} />}
      <Brush dataKey="key" height={26} travellerWidth={12} startIndex={start} endIndex={end} ariaLabel="Date range" className="brush" onChange={onBrush} />
    </BarChart>
  );
}
