import { memo } from 'react';
import type { PlaceSummary } from '../../../core/filters/aggregate';
import { formatScore, thawColor } from '../../../core/thaw/bands';
import { approximateCount, approximationNote, placeName } from '../utils/place-marker';

type Props = {
  summaries: ReadonlyArray<PlaceSummary>;
  selected: ReadonlyArray<string>;
  onToggle: (placeId: string) => void;
};

/** The map's places as a list of toggle buttons: for screen readers, keyboards and small screens. */
export const PlaceList = memo(function PlaceList({ summaries, selected, onToggle }: Props) {
  if (summaries.length === 0) return <p className="empty">No places match the other filters.</p>;
  return (
    <ul className="place-list" aria-label="Places">
      {summaries.map((summary) => {
        const note = approximationNote(summary);
        return (
          <li key={summary.place.id}>
            <button
              type="button"
              className="chip"
              aria-pressed={selected.includes(summary.place.id)}
              aria-label={placeName(summary)}
              title={note ?? undefined}
              onClick={() => onToggle(summary.place.id)}
            >
              <span
                className={`chip__swatch${approximateCount(summary) > 0 ? ' is-approximate' : ''}`}
                style={{ background: summary.meanScore === null ? 'transparent' : thawColor(summary.meanScore) }}
                aria-hidden="true"
              />
              <span>{summary.place.name}</span>
              <span className="chip__count">{summary.count}</span>
              {summary.meanScore !== null && <span className="chip__score">{formatScore(summary.meanScore)}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
});
