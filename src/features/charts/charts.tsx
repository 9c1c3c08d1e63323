/**
 * The dashboard's recharts charts, in a module of their own that is loaded
 * when a chart is first drawn, or while a large dataset downloads (see
 * lazy-charts.tsx and load-charts.ts): recharts and its d3 are about half
 * of the app's script, and the commit that first shows the data does not
 * need them.
 */
import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, Cell, ComposedChart, DefaultZIndexes, Line, ReferenceLine, Tooltip, type TooltipContentProps, useXAxisScale, useYAxisScale, XAxis, YAxis, ZIndexLayer } from 'recharts';
import type { ThawPoint, TimeBucket } from '../../core/filters/aggregate';
import { handleValue } from '../../core/filters/brush-range';
import { countAxisWidth, formatCountTick } from './count-axis';
import { useWords } from '../../shared/i18n/use-words';
import { diamondPath, dotsPath, nearAlongX, polylinePath } from './svg-paths';

// Recharts 3 replaces an axis' or a chart's settings in its store when a prop changes identity, which re-runs every selector: the props that never change are made once here.
const TICK = { fontSize: 12 };

const TREND_MARGIN = { top: 8, right: 12, bottom: 0, left: -18 };
const X_DOMAIN = ['dataMin', 'dataMax'];
const X_PADDING = { left: 10, right: 10 };
const Y_DOMAIN = [-10, 10];
const Y_TICKS = [-10, -5, 0, 5, 10];
const Y_PADDING = { bottom: 8 };
const year = (time: number) => new Date(time).getUTCFullYear().toString();

/** The radius of recharts' default dot (a d3 circle symbol of area 64). */
const DOT_RADIUS = Math.sqrt(64 / Math.PI);

/**
 * Where the grids' vertical lines go: nowhere. Both grids draw horizontal
 * lines only, yet recharts works out the vertical lines' places even then,
 * by laying out the x axis's tick labels a second time, measuring each in
 * the DOM, on every redraw.
 */
const NO_GRID_LINES = () => [];

// Parts of the trend whose props never change, made once: React then skips them when the data changes, and
// recharts' ReferenceLine, which registers itself again on every render it gets, stays registered.
const TREND_GRID = <CartesianGrid strokeDasharray="3 3" className="grid" vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />;
const TREND_Y_AXIS = <YAxis domain={Y_DOMAIN} ticks={Y_TICKS} padding={Y_PADDING} className="axis" tick={TICK} />;
const ZERO_LINE = <ReferenceLine y={0} className="zero-line" />;
// The scores as recharts sees them: a line it does not draw (TrendMarks draws the dots), one element however many
// points, which gives the axes their data and the tooltip the point nearest the pointer, with a dot on it. With no
// curve drawn, recharts has no path to measure (its Line measures its path's length on every render, for animation).
const NO_CURVE = () => null;
const SCORE_LINE = <Line dataKey="score" shape={NO_CURVE} dot={false} activeDot={{ r: DOT_RADIUS, className: 'active-dot' }} isAnimationActive={false} legendType="none" />;

type TrendMarks = { data: ReadonlyArray<ThawPoint>; chosen: ThawPoint | null };

/**
 * The scores as dots and the rolling mean as a line, one path each, and the
 * chosen event as a diamond, placed with the chart's own scales. Recharts'
 * Scatter would draw a React tree per dot, subscribed to the chart's store:
 * hundreds of them at 100,000 events, each redrawn on every filter change.
 */
function TrendMarks({ data, chosen }: TrendMarks) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const paths = useMemo(() => {
    if (!x || !y) return null;
    const at = (value: (p: ThawPoint) => number) => data.map((p) => ({ x: x(p.time) ?? Number.NaN, y: y(value(p)) ?? Number.NaN }));
    return { dots: dotsPath(at((p) => p.score), DOT_RADIUS), rolling: polylinePath(at((p) => p.rolling)) };
  }, [data, x, y]);
  const at = chosen && x && y ? { x: x(chosen.time), y: y(chosen.score) } : null;
  return (
    <>
      {paths?.rolling && <path className="rolling-line" d={paths.rolling} />}
      {paths?.dots && <path className="score-dots" d={paths.dots} />}
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

/** How many of the points under the pointer the tooltip lists before saying how many more there are. */
export const TOOLTIP_POINTS = 3;

/**
 * The points under the pointer, described by the panel (recharts' default
 * content would list the x value as a score): the one nearest the pointer's
 * date and every other whose dot overlaps it. Events days apart share a spot
 * on a chart of years, and each must be reachable.
 */
function TrendTooltip({ active, payload, data, describe }: TooltipContentProps & { data: ReadonlyArray<ThawPoint>; describe: (point: ThawPoint) => PointDescription }) {
  const x = useXAxisScale();
  const point = payload?.[0]?.payload as ThawPoint | undefined;
  if (!active || !point) return null;
  const { near: shown, more } = x ? nearAlongX(data, point, (p) => x(p.time) ?? Number.NaN, DOT_RADIUS, TOOLTIP_POINTS) : { near: [point], more: 0 };
  // Several points get one line each for their heading and their figures: the tooltip must fit in the panel, which clips it.
  const many = shown.length > 1;
  return (
    <div className={`recharts-default-tooltip trend-tooltip${many ? ' trend-tooltip--many' : ''}`}>
      {shown.map((p) => {
        const { heading, rows } = describe(p);
        return (
          <section key={p.id}>
            <p className="trend-tooltip__heading">{heading}</p>
            {many ? (
              <p className="trend-tooltip__figures">{rows.map(([label, value]) => `${label} ${value}`).join(' · ')}</p>
            ) : (
              <dl>
                {rows.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      {more > 0 && <p className="trend-tooltip__more">and {more} more here</p>}
    </div>
  );
}

export type ThawTrendChartProps = TrendMarks & {
  ticks: number[];
  describe: (point: ThawPoint) => PointDescription;
};

/** The thaw trend: a dot per score, a line through the rolling means, a diamond on the chosen event. */
export function ThawTrendChart({ data, chosen, ticks, describe }: ThawTrendChartProps) {
  const tooltip = useCallback((props: TooltipContentProps) => <TrendTooltip {...props} data={data} describe={describe} />, [data, describe]);
  return (
    <ComposedChart data={data as ThawPoint[]} responsive width="100%" height={170} margin={TREND_MARGIN} accessibilityLayer={false}>
      {TREND_GRID}
      <XAxis dataKey="time" type="number" scale="time" domain={X_DOMAIN} ticks={ticks} tickFormatter={year} minTickGap={16} className="axis" tick={TICK} padding={X_PADDING} />
      {TREND_Y_AXIS}
      {ZERO_LINE}
      <Tooltip isAnimationActive={false} content={tooltip} />
      <TrendMarks data={data} chosen={chosen} />
      {SCORE_LINE}
    </ComposedChart>
  );
}

const TIMELINE_MARGIN = { top: 8, right: 12, bottom: 0, left: -18 };
const BRUSH_HEIGHT = 26;
const CURSOR = { className: 'tooltip-cursor' };

const TIMELINE_GRID = <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} className="grid" />;
const TIMELINE_X_AXIS = <XAxis dataKey="key" className="axis" tick={TICK} interval="preserveStartEnd" />;

export type TimelineChartProps = {
  /** The buckets, each `name`d by its key: the brush's handles are labelled with the names at the ends ("Min value: 2016, Max value: 2019"). */
  data: Array<TimeBucket & { name: string }>;
  /** The class of each bucket's bar: selected, dimmed or plain. */
  barClass: (index: number) => string;
  /** The bucket key of the chosen event, marked with a line. */
  chosenKey: string | null;
  start: number;
  end: number;
  onBar: (entry: unknown) => void;
  onBrush: (range: { startIndex?: number; endIndex?: number }) => void;
};

/**
 * Events per bucket over the whole span, the chosen range's bars marked,
 * and under them the brush that sets the range. The brush is in a chart of
 * its own: in the bars' chart, recharts would zoom the bars to the range,
 * losing the context the marking is for, and redraw every bar at each step
 * of a drag.
 */
export function TimelineChart({ data, barClass, chosenKey, start, end, onBar, onBrush }: TimelineChartProps) {
  const yWidth = countAxisWidth(data.reduce((max, bucket) => Math.max(max, bucket.count), 0));
  // The brush's track sits under the bars' plot: the bars' left margin plus their y axis.
  const brushMargin = useMemo(() => ({ top: 0, right: TIMELINE_MARGIN.right, bottom: 0, left: TIMELINE_MARGIN.left + yWidth }), [yWidth]);
  const brushRef = useRef<HTMLDivElement>(null);
  // The brush shows the buckets, not their counts: its chart keeps its data while only the counts change, so a click on
  // a place or a topic does not make recharts work its settings out again for it.
  const bucketKeys = data.map((bucket) => bucket.key).join(',');
  const brushData = useMemo(() => data.map(({ key, name, start, end }) => ({ key, name, start, end })), [bucketKeys]);
  const words = useWords();
  const tooltipName = words.t('timeline.tooltip');
  // Kept by value: a new tooltip element would make recharts set it up again on every filter change.
  const tooltip = useMemo(() => {
    const formatCount = (value: number | string | undefined | ReadonlyArray<number | string>) => [String(value ?? ''), tooltipName] as [string, string];
    return <Tooltip isAnimationActive={false} formatter={formatCount} cursor={CURSOR} />;
  }, [tooltipName]);
  const describe = useCallback((handle: 'start' | 'end', date: string) => words.t('timeline.handle', { handle, date: words.day(date) }), [words]);
  // Recharts names the handles in English ("Min value: 2016, Max value: 2019"); another language names them itself.
  const name = useMemo(() => (words.lang === 'en' ? null : (from: string, to: string) => words.t('timeline.handleName', { from, to })), [words]);
  // Where the handles stand, including mid-drag steps the range has not caught up with.
  const at = useRef({ start, end });
  at.current = { start, end };
  const onBrushStep = useCallback(
    (range: { startIndex?: number; endIndex?: number }) => {
      at.current = { start: range.startIndex ?? 0, end: range.endIndex ?? brushData.length - 1 };
      onBrush(range);
    },
    [onBrush, brushData.length],
  );
  useHandleValues(brushRef, brushData, at, describe, name);
  return (
    <>
      <BarChart data={data} responsive width="100%" height={190 - BRUSH_HEIGHT} margin={TIMELINE_MARGIN} accessibilityLayer={false}>
        {TIMELINE_GRID}
        {TIMELINE_X_AXIS}
        <YAxis allowDecimals={false} className="axis" tick={TICK} width={yWidth} tickFormatter={formatCountTick} />
        {tooltip}
        <Bar dataKey="count" isAnimationActive={false} cursor="pointer" onClick={onBar}>
          {data.map((bucket, i) => (
            <Cell key={bucket.key} className={barClass(i)} />
          ))}
        </Bar>
        {chosenKey && <ReferenceLine x={chosenKey} className="chosen-line" strokeWidth={2} />}
      </BarChart>
      <div ref={brushRef}>
        <BarChart data={brushData} responsive width="100%" height={BRUSH_HEIGHT} margin={brushMargin} accessibilityLayer={false}>
          <Brush dataKey="key" height={BRUSH_HEIGHT} travellerWidth={12} startIndex={start} endIndex={end} className="brush" onChange={onBrushStep} />
        </BarChart>
      </div>
    </>
  );
}

/**
 * Recharts gives each brush handle its pixel position as aria-valuenow. A
 * screen reader should hear the date the handle stands on, so each time
 * recharts writes the attribute it is written over with the day number and
 * the date in words (handleValue). Recharts 3.10 hard-codes the pixel value
 * in its Brush's TravellerLayer; this can go once Brush takes aria values.
 */
function useHandleValues(
  ref: RefObject<HTMLDivElement | null>,
  data: ReadonlyArray<Pick<TimeBucket, 'key' | 'start' | 'end'>>,
  at: RefObject<{ start: number; end: number }>,
  describe: (handle: 'start' | 'end', date: string) => string,
  name: ((from: string, to: string) => string) | null,
) {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || data.length === 0) return;
    const label = () => {
      root.querySelectorAll('.recharts-brush-traveller').forEach((handle, i) => {
        const which = i === 0 ? 'start' : 'end';
        const value = handleValue(data, which === 'start' ? at.current.start : at.current.end, which, describe);
        const now = String(value.now);
        const handleName = name?.(data[Math.max(0, at.current.start)]?.key ?? '', data[Math.min(data.length - 1, at.current.end)]?.key ?? '');
        if (handleName && handle.getAttribute('aria-label') !== handleName) handle.setAttribute('aria-label', handleName);
        if (handle.getAttribute('aria-valuenow') === now && handle.getAttribute('aria-valuetext') === value.text) return;
        handle.setAttribute('aria-valuenow', now);
        handle.setAttribute('aria-valuemin', String(value.min));
        handle.setAttribute('aria-valuemax', String(value.max));
        handle.setAttribute('aria-valuetext', value.text);
      });
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow', 'aria-label'] });
    return () => observer.disconnect();
  }, [ref, data, at, describe, name]);
}
