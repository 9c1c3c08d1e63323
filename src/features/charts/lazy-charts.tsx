import type { ComponentProps } from 'react';
import { DRAWN_LATER } from '../../first-view-build';
import { AfterPaint } from '../../shared/after-paint';
import { chartsCode, loadCharts, type ChartsModule as Charts } from './load-charts';

/** How close to the viewport a chart must come to be drawn. */
const NEAR = '200px';

/** A box of the chart's height until it is drawn: nothing moves when the chart appears. */
const Placeholder = ({ height }: { height: number }) => <div className="chart-placeholder" style={{ height }} aria-hidden="true" {...{ [DRAWN_LATER]: '' }} />;

export const ThawTrendChart = (props: ComponentProps<Charts['ThawTrendChart']>) => (
  <AfterPaint load={loadCharts} near={NEAR} fallback={<Placeholder height={170} />}>
    {() => chartsCode.module && <chartsCode.module.ThawTrendChart {...props} />}
  </AfterPaint>
);
export const TimelineChart = (props: ComponentProps<Charts['TimelineChart']>) => (
  <AfterPaint load={loadCharts} near={NEAR} fallback={<Placeholder height={190} />}>
    {() => chartsCode.module && <chartsCode.module.TimelineChart {...props} />}
  </AfterPaint>
);
