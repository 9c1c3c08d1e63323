import { memo } from 'react';
import { GEO_PRECISION_LABEL, formatEventDate } from '../../../core/dataset/describe';
import type { Place, ThawEvent } from '../../../core/dataset/schema';
import { formatScore, thawColor } from '../../../core/thaw/bands';
import { STATUS_LABEL } from '../utils/labels';

type Props = {
  events: ReadonlyArray<ThawEvent>;
  placesById: ReadonlyMap<string, Place>;
  chosenId: string | null;
  onChoose: (eventId: string | null) => void;
};

/** The events in the order given; choosing one shows its details. */
export const EventList = memo(function EventList({ events, placesById, chosenId, onChoose }: Props) {
  if (events.length === 0) {
    return <p className="empty">No events match the filters. Clear a filter or reset the view.</p>;
  }
  return (
    <ol className="event-list">
      {events.map((event) => {
        const place = placesById.get(event.placeId);
        const chosen = event.id === chosenId;
        return (
          <li key={event.id}>
            <button type="button" className="event-row" aria-pressed={chosen} onClick={() => onChoose(chosen ? null : event.id)}>
              <time dateTime={event.date} className="event-row__date">
                {formatEventDate(event)}
              </time>{' '}
              <span className="event-row__title">{event.title}</span>{' '}
              <span className="event-row__place">
                {place?.name ?? event.placeId}
                {event.geoPrecision > 1 && <span className="event-row__precision"> ({GEO_PRECISION_LABEL[event.geoPrecision]})</span>}
              </span>{' '}
              <span className="event-row__meta">
                <span className={`badge badge--${event.status}`}>{STATUS_LABEL[event.status]}</span>{' '}
                <span className="score-chip" style={{ borderColor: thawColor(event.thaw.score) }}>
                  {formatScore(event.thaw.score)}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
});
