/**
 * The dashboard's recharts charts, in a module of their own that is loaded
 * when a chart is first drawn (see lazy-charts.tsx): recharts and its d3 are
 * about half of the app's script, and the commit that first shows the data
 * does not need them.
 */
import { useCallback, useMemo } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, Cell, ComposedChart, DefaultZIndexes, ReferenceLine, Scatter, Tooltip, type TooltipContentProps, useXAxisScale, useYAxisScale, XAxis, YAxis, ZIndexLayer } from 'recharts';
import type { ThawPoint, TimeBucket } from '../../core/filters/aggregate';
import { diamondPath, polylinePath } from './svg-paths';

// Recharts 3 replaces an axis' or a chart's settings in its store when a prop changes identity, which re-runs every selector: the props that never change are made once here.
const TICK = { fontSize: 12 };

const TREND_MARGIN = { top: 8, right: 12, bottom: 0, left: -18 };
const X_DOMAIN = ['dataMin', 'dataMax'];
const X_PADDING = { left: 10, right: 10 };
const Y_DOMAIN = [-10, 10];
const Y_TICKS = [-10, -5, 0, 5, 10];
const Y_PADDING = { bottom: 8 };
const year = (time: number) => new Date(time).getUTCFullYear().toString();

type TrendMarks = { data: ReadonlyArray<ThawPoint>; chosen: ThawPoint | null };

/**
 * The rolling mean as one path and the chosen event as a diamond, placed
 * with the chart's own scales. Recharts would draw them as two more
 * Scatters: a React tree per point, each redrawn on every filter change.
 */
function TrendMarks({ data, chosen }: TrendMarks) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const rolling = useMemo(() => (x && y ? polylinePath(data.map((p) => ({ x: x(p.time) ?? Number.NaN, y: y(p.rolling) ?? Number.NaN }))) : ''), [data, x, y]);
  const at = chosen && x && y ? { x: x(chosen.time), y: y(chosen.score) } : null;
  return (
    <>
      {rolling && <path className="rolling-line" d={rolling} />}
      {at && at.x !== undefined && at.y !== undefined && (
        <ZIndexLayer zIndex={DefaultZIndexes.scatter + 1}>
          <path className="chosen-dot" d={diamondPath({ x: at.x, y: at.y })} />
        </ZIndexLayer>
      )}
    </>
  );
}

/** What the tooltip says about a point: a heading, then label-value rows. */
export type PointDescription = { heading: string; rows: ReadonlyArray<readonly [string, string]> };

/** The point under the pointer, described by the panel (recharts' default content would list the x value as a score). */
function TrendTooltip({ active, payload, describe }: TooltipContentProps & { describe: (point: ThawPoint) => PointDescription }) {
  const point = payload?.[0]?.payload as ThawPoint | undefined;
  if (!active || !point) return null;
  const { heading, rows } = describe(point);
  return (
    <div className="recharts-default-tooltip trend-tooltip">
      <p className="trend-tooltip__heading">{heading}</p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export type ThawTrendChartProps = TrendMarks & {
  ticks: number[];
  describe: (point: ThawPoint) => PointDescription;
};

/** The thaw trend: a dot per score, a line through the rolling means, a diamond on the chosen event. */
export function ThawTrendChart({ data, chosen, ticks, describe }: ThawTrendChartProps) {
  const tooltip = useCallback((props: TooltipContentProps) => <TrendTooltip {...props} describe={describe} />, [describe]);
  return (
    <ComposedChart data={data as ThawPoint[]} responsive width="100%" height={170} margin={TREND_MARGIN} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" className="grid" vertical={false} />
      <XAxis dataKey="time" type="number" scale="time" domain={X_DOMAIN} ticks={ticks} tickFormatter={year} minTickGap={16} className="axis" tick={TICK} padding={X_PADDING} />
      <YAxis domain={Y_DOMAIN} ticks={Y_TICKS} padding={Y_PADDING} className="axis" tick={TICK} />
      <ReferenceLine y={0} className="zero-line" />
      <Tooltip isAnimationActive={false} content={tooltip} />
      <TrendMarks data={data} chosen={chosen} />
      <Scatter dataKey="score" isAnimationActive={false} className="score-dots" />
    </ComposedChart>
  );
}

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
