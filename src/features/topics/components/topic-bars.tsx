import { memo } from 'react';
import type { TopicCount } from '../../../core/filters/aggregate';
import { useWords } from '../../../shared/i18n/use-words';

type Props = {
  counts: ReadonlyArray<TopicCount>;
  selected: ReadonlyArray<string>;
  onToggle: (topicId: string) => void;
};

/**
 * How often each topic comes up: per topic, a toggle button (the label and
 * count, reachable by keyboard) and a bar of the count against the largest.
 * The bars are plain boxes sized in percent rather than a recharts chart: a
 * dozen rectangles with no axis need no scales, and they follow every filter
 * change in the same commit for a fraction of what a chart's redraw costs.
 */
export const TopicBars = memo(function TopicBars({ counts, selected, onToggle }: Props) {
  const words = useWords();
  const anySelected = selected.length > 0;
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <ul className="topic-bars" aria-label={words.t('topics.label')}>
      {counts.map(({ topic, count }) => {
        const pressed = selected.includes(topic.id);
        const toggle = () => onToggle(topic.id);
        return (
          <li key={topic.id} className={pressed ? 'is-selected' : anySelected ? 'is-dimmed' : undefined}>
            <button type="button" className="topic-bars__button" aria-pressed={pressed} title={words.topicNote(topic) || undefined} onClick={toggle}>
              <span className="topic-bars__label">{words.topic(topic)}</span>{' '}
              <span className="topic-bars__count" aria-label={words.events(count)}>
                {count}
              </span>
            </button>
            {/* The bar is a second, pointer-only way to the same toggle: the button beside it is the keyboard's. */}
            <span className="topic-bars__track" aria-hidden="true" onClick={toggle}>
              <span className="topic-bars__bar" style={{ width: `${(100 * count) / max}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
});
