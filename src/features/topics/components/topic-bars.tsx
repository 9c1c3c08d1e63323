import { memo, useCallback, useMemo } from 'react';
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

/**
 * How often each topic comes up: a toggle button per topic (the label and
 * count, reachable by keyboard) beside a recharts bar of the same row.
 */
export const TopicBars = memo(function TopicBars({ counts, selected, onToggle }: Props) {
  const domain = useMemo(() => [0, Math.max(1, ...counts.map((c) => c.count))], [counts]);
  const anySelected = selected.length > 0;
  const data = useMemo(() => counts.map((c) => ({ id: c.topic.id, count: c.count })), [counts]);
  const onBar = useCallback((entry: unknown) => onToggle(String((entry as { id?: string }).id)), [onToggle]);
  return (
    <div className="topic-bars" style={{ gridTemplateRows: `repeat(${counts.length}, ${ROW}px)` }}>
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
        <BarChart
          layout="vertical"
          data={data}
          responsive
          width="100%"
          height={counts.length * ROW}
          margin={MARGIN}
          barCategoryGap={8}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={domain} />
          <YAxis type="category" dataKey="id" hide />
          <Bar dataKey="count" isAnimationActive={false} radius={RADIUS} onClick={onBar} cursor="pointer">
            {data.map((entry) => (
              <Cell
                key={entry.id}
                className={selected.includes(entry.id) ? 'bar is-selected' : anySelected ? 'bar is-dimmed' : 'bar'}
              />
            ))}
          </Bar>
        </BarChart>
      </div>
    </div>
  );
});
