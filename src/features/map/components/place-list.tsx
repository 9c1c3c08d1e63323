import { memo, useId, useState } from 'react';
import type { PlaceSummary } from '../../../core/filters/aggregate';
import { placesToDraw } from '../../../core/filters/panel-data';
import { formatScore, thawColor } from '../../../core/thaw/bands';
import { useWords } from '../../../shared/i18n/use-words';
import { approximateCount, approximationNote, placeName } from '../utils/place-marker';

/** Places listed before "Show all": a dataset of hundreds of places would otherwise bury the panels below the map. */
export const PLACES_LISTED = 20;

type Props = {
  summaries: ReadonlyArray<PlaceSummary>;
  selected: ReadonlyArray<string>;
  onToggle: (placeId: string) => void;
};

/**
 * The map's places as a list of toggle buttons: for screen readers,
 * keyboards and small screens. Past PLACES_LISTED places it shows those with
 * the most events (and every selected one) until asked for all.
 */
export const PlaceList = memo(function PlaceList({ summaries, selected, onToggle }: Props) {
  const [all, setAll] = useState(false);
  const id = useId();
  const words = useWords();
  const { t } = words;
  if (summaries.length === 0) return <p className="empty">{t('places.none')}</p>;
  const shortened = summaries.length > PLACES_LISTED;
  const listed = all || !shortened ? summaries : placesToDraw(summaries, selected, PLACES_LISTED);
  return (
    <>
      <ul id={id} className="place-list" aria-label={t('places.label')}>
        {listed.map((summary, i) => {
          const note = approximationNote(summary, words);
          // The visible text is the button's name, so a voice user can say "click Seoul"; the full reading is its description.
          const described = `${id}-${i}`;
          return (
            <li key={summary.place.id}>
              <button
                type="button"
                className="chip"
                aria-pressed={selected.includes(summary.place.id)}
                aria-describedby={described}
                title={note ?? undefined}
                onClick={() => onToggle(summary.place.id)}
              >
                <span
                  className={`chip__swatch${approximateCount(summary) > 0 ? ' is-approximate' : ''}`}
                  style={{ background: summary.meanScore === null ? 'transparent' : thawColor(summary.meanScore) }}
                  aria-hidden="true"
                />
                <span>{words.place(summary.place)}</span> <span className="chip__count">{summary.count}</span>
                {summary.meanScore !== null && (
                  <>
                    {' '}
                    <span className="chip__score">{formatScore(summary.meanScore)}</span>
                  </>
                )}
              </button>
              <span id={described} className="visually-hidden">
                {placeName(summary, words)}
              </span>
            </li>
          );
        })}
      </ul>
      {shortened && (
        <button type="button" className="place-list__more" aria-expanded={all} aria-controls={id} onClick={() => setAll(!all)}>
          {all ? t('places.showTop', { count: PLACES_LISTED }) : t('places.showAll', { count: summaries.length })}
        </button>
      )}
    </>
  );
});
