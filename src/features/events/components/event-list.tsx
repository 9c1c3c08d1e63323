import { GEO_PRECISION_LABEL, formatEventDate } from '../../../core/dataset/describe';
import type { Place, ThawEvent } from '../../../core/dataset/schema';

type Props = {
  events: ReadonlyArray<ThawEvent>;
  placesById: ReadonlyMap<string, Place>;
};

const STATUS_LABEL: Record<ThawEvent['status'], string> = {
  held: 'Held',
  scheduled: 'Scheduled',
  proposed: 'Proposed',
};

/** The events in the order given, each with its date, place and status. */
export function EventList({ events, placesById }: Props) {
  if (events.length === 0) {
    return <p className="empty">No events to show.</p>;
  }
  return (
    <ol className="event-list">
      {events.map((event) => {
        const place = placesById.get(event.placeId);
        return (
          <li key={event.id} className="event-row">
            <time dateTime={event.date} className="event-row__date">
              {formatEventDate(event)}
            </time>
            <span className="event-row__title">{event.title}</span>
            <span className="event-row__place" title={GEO_PRECISION_LABEL[event.geoPrecision]}>
              {place?.name ?? event.placeId}
              {event.geoPrecision > 1 && <span className="event-row__precision"> ({GEO_PRECISION_LABEL[event.geoPrecision]})</span>}
            </span>
            <span className={`badge badge--${event.status}`}>{STATUS_LABEL[event.status]}</span>
          </li>
        );
      })}
    </ol>
  );
}
