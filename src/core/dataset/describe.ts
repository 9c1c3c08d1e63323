import type { Dataset, ThawEvent } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatOne(date: string, precision: ThawEvent['datePrecision']): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * An event's date as a reader would write it, at the precision the sources
 * give: "4 Dec 2019", "Jul 2014", "2016", or a range such as "2016–2017"
 * or "8–9 Aug 2022".
 */
export function formatEventDate(event: Pick<ThawEvent, 'date' | 'datePrecision' | 'endDate'>): string {
  const start = formatOne(event.date, event.datePrecision);
  if (!event.endDate) return start;
  const end = formatOne(event.endDate, event.datePrecision);
  if (start === end) return start;
  if (event.datePrecision === 'day' && event.date.slice(0, 7) === event.endDate.slice(0, 7)) {
    return `${Number(event.date.slice(8))}–${end}`;
  }
  return `${start}–${end}`;
}

/** What the geoPrecision code means, for a reader. */
export const GEO_PRECISION_LABEL: Record<NonNullable<ThawEvent['geoPrecision']>, string> = {
  1: 'city named in the source',
  2: 'city inferred from a named venue or occasion',
  3: 'only the country is named; placed at its capital',
};

/** Code-unit order of two strings: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Story order: by date, then by id. Every oldest-first list and the event index use it. */
export function byStoryOrder(a: Pick<ThawEvent, 'date' | 'id'>, b: Pick<ThawEvent, 'date' | 'id'>): number {
  return compareText(a.date, b.date) || compareText(a.id, b.id);
}

/** Events newest first; ties broken by id so the order never depends on input order. */
export function newestFirst(events: ReadonlyArray<ThawEvent>): ThawEvent[] {
  return [...events].sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id));
}

/** A one-line summary such as "17 events, 2014–2023, 5 sources". */
export function summarizeDataset(dataset: Pick<Dataset, 'events' | 'sources'>): string {
  const { events, sources } = dataset;
  const eventWord = events.length === 1 ? 'event' : 'events';
  const sourceWord = sources.length === 1 ? 'source' : 'sources';
  if (events.length === 0) return `0 events, ${sources.length} ${sourceWord}`;
  // One pass for the earliest start and the latest end (a YYYY-MM-DD text sorts as its date).
  let first = events[0].date;
  let last = events[0].endDate ?? first;
  for (const event of events) {
    if (event.date < first) first = event.date;
    const end = event.endDate ?? event.date;
    if (end > last) last = end;
  }
  const span = first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : `${first.slice(0, 4)}–${last.slice(0, 4)}`;
  return `${events.length} ${eventWord}, ${span}, ${sources.length} ${sourceWord}`;
}

/** Where an event happened, for a reader: the place's name, or what stands for an event with no place. */
export function placeText(event: Pick<ThawEvent, 'placeId'>, place: { name: string } | undefined): string {
  if (event.placeId === undefined) return 'no place (a call)';
  return place?.name ?? event.placeId;
}
