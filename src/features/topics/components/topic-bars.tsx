import { memo, useCallback, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { Bar, BarChart, Cell, XAxis, YAxis } from 'recharts';
import type { TopicCount } from '../../../core/filters/aggregate';

type Props = {
  counts: ReadonlyArray<TopicCount>;
  selected: ReadonlyArray<string>;
  onToggle: (topicId: string) => void;
};

/** Height of one row; the buttons and the chart's bands share it so they line up. */
const ROW = 34;

// Recharts 3 replaces a chart's or an axis' settings in its store when a prop changes identity, which re-runs every selector: the props that never change are made once here.
const MARGIN = { top: 0, right: 4, bottom: 0, left: 0 };
const RADIUS: [number, number, number, number] = [0, 3, 3, 0];

type Row = { id: string; count: number };

/** The custom property that colours the bar of row `i`: set on the wrapper, so a selection recolours the bars without redrawing the chart. */
const barFill = (i: number) => `--topic-bar-${i}`;

/**
 * The bars alone. Their data is the counts, which a topic toggle does not
 * change (each panel counts under every filter but its own), so a toggle
 * leaves this chart as it is: the selection only changes the wrapper's
 * custom properties.
 */
const TopicChart = memo(function TopicChart({ data, onBar }: { data: ReadonlyArray<Row>; onBar: (entry: unknown) => void }) {
  const domain = useMemo(() => [0, Math.max(1, ...data.map((row) => row.count))], [data]);
  const fills = useMemo(() => data.map((_, i): CSSProperties => ({ fill: `var(${barFill(i)}, var(--bar))` })), [data]);
  return (
    <BarChart
      layout="vertical"
      data={data as Row[]}
      responsive
      width="100%"
      height={data.length * ROW}
      margin={MARGIN}
      barCategoryGap={8}
      accessibilityLayer={false}
    >
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

/**
 * How often each topic comes up: a toggle button per topic (the label and
 * count, reachable by keyboard) beside a recharts bar of the same row.
 */
export const TopicBars = memo(function TopicBars({ counts, selected, onToggle }: Props) {
  const anySelected = selected.length > 0;
  // Kept by value: each filter change brings new count objects, mostly equal to the last ones.
  const countsKey = counts.map((c) => `${c.topic.id}:${c.count}`).join(',');
  const data = useMemo(() => counts.map((c) => ({ id: c.topic.id, count: c.count })), [countsKey]);
  // The latest onToggle behind a handler that keeps its identity, so a new callback does not redraw the chart either.
  const toggle = useRef(onToggle);
  useLayoutEffect(() => {
    toggle.current = onToggle;
  });
  const onBar = useCallback((entry: unknown) => toggle.current(String((entry as { id?: string }).id)), []);
  const style: Record<string, string> = { gridTemplateRows: `repeat(${counts.length}, ${ROW}px)` };
  counts.forEach(({ topic }, i) => {
    if (selected.includes(topic.id)) style[barFill(i)] = 'var(--bar-selected)';
    else if (anySelected) style[barFill(i)] = 'var(--bar-dimmed)';
  });
  return (
    <div className="topic-bars" style={style}>
      <ul className="topic-bars__labels" aria-label="Topics" style={{ gridRow: `1 / span ${counts.length}` }}>
        {counts.map(({ topic, count }) => (
          <li key={topic.id} style={{ height: ROW }}>
            <button
              type="button"
              className="topic-bars__button"
              aria-pressed={selected.includes(topic.id)}
              title={topic.description}
              onClick={() => onToggle(topic.id)}
            >
              <span className="topic-bars__label">{topic.label}</span>{' '}
              <span className="topic-bars__count" aria-label={`${count} ${count === 1 ? 'event' : 'events'}`}>
                {count}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="topic-bars__chart" aria-hidden="true" style={{ gridRow: `1 / span ${counts.length}` }}>
        <TopicChart data={data} onBar={onBar} />
      </div>
    </div>
  );
});
