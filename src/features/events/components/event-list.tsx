import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Place, ThawEvent } from '../../../core/dataset/schema';
import { formatScore, thawColor } from '../../../core/thaw/bands';
import { useWords } from '../../../shared/i18n/use-words';
import { rowWindow, scrollToShow } from '../utils/row-window';

type Props = {
  events: ReadonlyArray<ThawEvent>;
  placesById: ReadonlyMap<string, Place>;
  chosenId: string | null;
  onChoose: (eventId: string | null) => void;
};

/** Up to this many events are rendered as a plain list (and print in full); longer lists render only the rows in view. */
export const VIRTUAL_ABOVE = 60;
/** A row's height before it is measured, in px: the windowed rows' CSS height on a wide screen. */
const ROW_ESTIMATE = 60;
/** Rows rendered beyond each edge of the view, so a fast scroll shows no gap. */
const OVERSCAN = 8;
/** The height assumed while the list has none (no layout yet, hidden, printing): about a screenful of rows. */
const HEIGHT_BEFORE_LAYOUT = ROW_ESTIMATE * 12;

/** The events in the order given; choosing one shows its details. */
export const EventList = memo(function EventList(props: Props) {
  const words = useWords();
  if (props.events.length === 0) {
    return <p className="empty">{words.t('events.none')}</p>;
  }
  return props.events.length > VIRTUAL_ABOVE ? <WindowedEventList {...props} /> : <PlainEventList {...props} />;
});

function PlainEventList({ events, placesById, chosenId, onChoose }: Props) {
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <EventRow event={event} place={event.placeId === undefined ? undefined : placesById.get(event.placeId)} chosen={event.id === chosenId} onChoose={onChoose} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Renders only the rows in view plus a few either side, so a list of 100,000
 * events costs the same as one of 60, and a filter change costs the same
 * whatever the count: the rows have one height (one line for the title, one
 * for the place), so where a row sits is its index times that height.
 * Padding on the list, inside a scrolling frame, stands in for the rows not
 * rendered, so the scroll bar stays true; each row says where it sits in the
 * whole list (aria-posinset of aria-setsize).
 */
function WindowedEventList({ events, placesById, chosenId, onChoose }: Props) {
  const frameRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(HEIGHT_BEFORE_LAYOUT);
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE);

  // The frame's height and the rows' height (set in CSS, larger on phones) follow the layout.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const measure = () => {
      // Without layout (hidden, jsdom) heights are 0: keep the assumed ones, or every row would be in view.
      if (frame.clientHeight > 0) setViewport(frame.clientHeight);
      const row = listRef.current?.firstElementChild;
      if (row instanceof HTMLElement && row.offsetHeight > 0) setRowHeight(row.offsetHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  // A new filter starts the list at its top. The scroll state, not the frame, says where it is: reading the frame would force a layout.
  const scrolledRef = useRef(0);
  scrolledRef.current = scrollTop;
  useLayoutEffect(() => {
    if (scrolledRef.current === 0 || !frameRef.current) return;
    frameRef.current.scrollTop = 0;
    setScrollTop(0);
  }, [events]);

  // Bring a chosen event (from the map, the trend or a shared link) into view.
  useEffect(() => {
    const frame = frameRef.current;
    if (chosenId === null || !frame) return;
    const i = events.findIndex((event) => event.id === chosenId);
    const top = i < 0 ? null : scrollToShow(i, frame.scrollTop, frame.clientHeight || viewport, rowHeight);
    if (top !== null) frame.scrollTop = top;
  }, [chosenId, events, rowHeight, viewport]);

  const { first, last, before, after } = rowWindow(events.length, scrollTop, viewport, rowHeight, OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i += 1) {
    const event = events[i];
    rows.push(
      <li key={event.id} aria-setsize={events.length} aria-posinset={i + 1}>
        <EventRow event={event} place={event.placeId === undefined ? undefined : placesById.get(event.placeId)} chosen={event.id === chosenId} onChoose={onChoose} />
      </li>,
    );
  }
  return (
    <div ref={frameRef} className="event-list-scroll" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ol ref={listRef} className="event-list event-list--windowed" style={{ paddingTop: before, paddingBottom: after }}>
        {rows}
      </ol>
    </div>
  );
}

type RowProps = { event: ThawEvent; place: Place | undefined; chosen: boolean; onChoose: (eventId: string | null) => void };

function EventRow({ event, place, chosen, onChoose }: RowProps) {
  const words = useWords();
  return (
    <button type="button" className="event-row" aria-pressed={chosen} onClick={() => onChoose(chosen ? null : event.id)}>
      <time dateTime={event.date} className="event-row__date">
        {words.eventDate(event)}
      </time>{' '}
      <span className="event-row__title" lang="en">
        {event.title}
      </span>{' '}
      <span className="event-row__place">
        {words.placeOf(event, place)}
        {event.geoPrecision !== undefined && event.geoPrecision > 1 && <span className="event-row__precision"> ({words.geoPrecision(event.geoPrecision)})</span>}
      </span>{' '}
      <span className="event-row__meta">
        <span className={`badge badge--${event.status}`}>{words.status(event.status)}</span>{' '}
        <span className="score-chip" style={{ borderColor: thawColor(event.thaw.score) }}>
          {formatScore(event.thaw.score)}
        </span>
      </span>
    </button>
  );
}
