import { memo, useMemo } from 'react';
import { useStableCallback } from '../../../app/use-stable-callback';
import type { TopicCount } from '../../../core/filters/aggregate';
import { TopicBarsChart } from '../../charts/lazy-charts';
import { barFill } from '../utils/bar-fill';

type Props = {
  counts: ReadonlyArray<TopicCount>;
  selected: ReadonlyArray<string>;
  onToggle: (topicId: string) => void;
};

/** Height of one row; the buttons and the chart's bands share it so they line up. */
const ROW = 34;

/**
 * How often each topic comes up: a toggle button per topic (the label and
 * count, reachable by keyboard) beside a recharts bar of the same row.
 */
export const TopicBars = memo(function TopicBars({ counts, selected, onToggle }: Props) {
  const anySelected = selected.length > 0;
  // Kept by value: each filter change brings new count objects, mostly equal to the last ones.
  const countsKey = counts.map((c) => `${c.topic.id}:${c.count}`).join(',');
  const data = useMemo(() => counts.map((c) => ({ id: c.topic.id, count: c.count })), [countsKey]);
  // A new onToggle does not redraw the chart either.
  const onBar = useStableCallback((entry: unknown) => onToggle(String((entry as { id?: string }).id)));
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
        <TopicBarsChart data={data} height={counts.length * ROW} onBar={onBar} />
      </div>
    </div>
  );
});
