import type { Dataset, ThawEvent } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatOne(date: string, precision: ThawEvent['datePrecision']): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

const INTL_FIELDS: Record<ThawEvent['datePrecision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const intlFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An event's date as a reader would write it, at the precision the sources
 * give: "4 Dec 2019", "Jul 2014", "2016", or a range such as "2016–2017"
 * or "8–9 Aug 2022". For another language (a BCP 47 tag), `Intl` writes it:
 * "2023년 9월 26일", "2023年9月26日", a range as that language writes one.
 */
export function formatEventDate(event: Pick<ThawEvent, 'date' | 'datePrecision' | 'endDate'>, locale = 'en'): string {
  if (locale !== 'en') {
    const key = `${locale}|${event.datePrecision}`;
    let format = intlFormats.get(key);
    if (!format) intlFormats.set(key, (format = new Intl.DateTimeFormat(locale, INTL_FIELDS[event.datePrecision])));
    const start = new Date(`${event.date}T00:00:00Z`);
    return event.endDate && event.endDate !== event.date ? format.formatRange(start, new Date(`${event.endDate}T00:00:00Z`)) : format.format(start);
  }
  const start = formatOne(event.date, event.datePrecision);
  if (!event.endDate) return start;
  const end = formatOne(event.endDate, event.datePrecision);
  if (start === end) return start;
  if (event.datePrecision === 'day' && event.date.slice(0, 7) === event.endDate.slice(0, 7)) {
    return `${Number(event.date.slice(8))}–${end}`;
  }
  return `${start}–${end}`;
}

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

/** What a one-line summary of a dataset says: "17 events, 2014–2023, 5 sources". */
export type DatasetSummary = { events: number; sources: number; firstYear: string | null; lastYear: string | null };

export function summarizeDataset(dataset: Pick<Dataset, 'events' | 'sources'>): DatasetSummary {
  const { events, sources } = dataset;
  if (events.length === 0) return { events: 0, sources: sources.length, firstYear: null, lastYear: null };
  // One pass for the earliest start and the latest end (a YYYY-MM-DD text sorts as its date).
  let first = events[0].date;
  let last = events[0].endDate ?? first;
  for (const event of events) {
    if (event.date < first) first = event.date;
    const end = event.endDate ?? event.date;
    if (end > last) last = end;
  }
  return { events: events.length, sources: sources.length, firstYear: first.slice(0, 4), lastYear: last.slice(0, 4) };
}
