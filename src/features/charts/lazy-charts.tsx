import type { ComponentProps } from 'react';
import { AfterPaint } from '../../app/after-paint';

type Charts = typeof import('./charts');
let charts: Charts | null = null;
const load = () => import('./charts').then((module) => (charts = module));

/** How close to the viewport a chart must come to be drawn. */
const NEAR = '200px';

/** A box of the chart's height until it is drawn: nothing moves when the chart appears. */
const Placeholder = ({ height }: { height: number }) => <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;

export const ThawTrendChart = (props: ComponentProps<Charts['ThawTrendChart']>) => (
  <AfterPaint load={load} near={NEAR} fallback={<Placeholder height={170} />}>
    {() => charts && <charts.ThawTrendChart {...props} />}
  </AfterPaint>
);
export const TimelineChart = (props: ComponentProps<Charts['TimelineChart']>) => (
  <AfterPaint load={load} near={NEAR} fallback={<Placeholder height={190} />}>
    {() => charts && <charts.TimelineChart {...props} />}
  </AfterPaint>
);
