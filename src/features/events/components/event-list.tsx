import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
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

/** Up to this many events are rendered as a plain list (and print in full); longer lists render only the rows in view. */
export const VIRTUAL_ABOVE = 60;
/** A row's height before it is measured, in px: two lines of text and padding. */
const ROW_ESTIMATE = 58;
/** The height assumed while the list has none (no layout yet, hidden, printing): about a screenful of rows. */
const HEIGHT_BEFORE_LAYOUT = ROW_ESTIMATE * 12;

/** The events in the order given; choosing one shows its details. */
export const EventList = memo(function EventList(props: Props) {
  if (props.events.length === 0) {
    return <p className="empty">No events match the filters. Clear a filter or reset the view.</p>;
  }
  return props.events.length > VIRTUAL_ABOVE ? <VirtualEventList {...props} /> : <PlainEventList {...props} />;
});

function PlainEventList({ events, placesById, chosenId, onChoose }: Props) {
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <EventRow event={event} place={placesById.get(event.placeId)} chosen={event.id === chosenId} onChoose={onChoose} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Renders only the rows in view plus a few either side, so a list of 100,000
 * events costs the same as one of 60. Padding on the list, inside a scrolling
 * frame, stands in for the rows not rendered, so the scroll bar stays true;
 * each row says where it sits in the whole list (aria-posinset of aria-setsize).
 */
function VirtualEventList({ events, placesById, chosenId, onChoose }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => events[i].id,
    overscan: 8,
    // Without layout a row measures 0 px, and zero-height rows would let every row into view.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ROW_ESTIMATE,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: HEIGHT_BEFORE_LAYOUT })),
  });

  // Bring a chosen event (from the map, the trend or a shared link) into view.
  useEffect(() => {
    if (chosenId === null) return;
    const i = events.findIndex((event) => event.id === chosenId);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [chosenId, events, virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const before = rows.length > 0 ? rows[0].start : 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;
  return (
    <div ref={listRef} className="event-list-scroll">
    <ol className="event-list" style={{ paddingTop: before, paddingBottom: after }}>
      {rows.map((row) => {
        const event = events[row.index];
        return (
          <li key={row.key} ref={virtualizer.measureElement} data-index={row.index} aria-setsize={events.length} aria-posinset={row.index + 1}>
            <EventRow event={event} place={placesById.get(event.placeId)} chosen={event.id === chosenId} onChoose={onChoose} />
          </li>
        );
      })}
    </ol>
    </div>
  );
}

type RowProps = { event: ThawEvent; place: Place | undefined; chosen: boolean; onChoose: (eventId: string | null) => void };

function EventRow({ event, place, chosen, onChoose }: RowProps) {
  return (
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
  );
}
