import type { Dataset, ThawEvent } from '../dataset/schema';

/**
 * A dataset with the same schema holding only the given events, ready to be
 * loaded back into Thaw Monitor. Sources, places and topics are kept whole
 * so every reference still resolves.
 */
export function datasetOf(dataset: Dataset, events: ReadonlyArray<ThawEvent>): Dataset {
  return { ...dataset, events: [...events] };
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180),
 * and with a leading apostrophe when it would start with = + - @ or a tab,
 * which spreadsheets would run as a formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'id', 'title', 'date', 'datePrecision', 'endDate', 'status', 'cameo', 'kind', 'goldstein',
  'placeId', 'place', 'country', 'lat', 'lon', 'geoPrecision', 'actors', 'topics', 'thawScore', 'thawTone', 'quotes', 'sources',
] as const;

/**
 * The events as CSV, one row each with a header row, lines ending in CRLF.
 * Lists are joined with " | ": actors as "name (role, CC)", topics as
 * "id×mentions", quotes as given, sources by id. It opens with a byte-order
 * mark, without which Excel reads the file in the system's code page and
 * garbles ×, curly quotes and Korean or Chinese names.
 */
export function eventsToCsv(dataset: Pick<Dataset, 'places'>, events: ReadonlyArray<ThawEvent>): string {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const rows = events.map((e) => {
    const place = e.placeId === undefined ? undefined : places.get(e.placeId);
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> = {
      id: e.id,
      title: e.title,
      date: e.date,
      datePrecision: e.datePrecision,
      endDate: e.endDate,
      status: e.status,
      cameo: e.kind.cameo,
      kind: e.kind.label,
      goldstein: e.kind.goldstein,
      placeId: e.placeId,
      place: place?.name,
      country: place?.country,
      lat: place?.lat,
      lon: place?.lon,
      geoPrecision: e.geoPrecision,
      actors: e.actors.map((a) => `${a.name} (${a.role}, ${a.country})`).join(' | '),
      topics: e.topics.map((t) => `${t.id}×${t.mentions}`).join(' | '),
      thawScore: e.thaw.score,
      thawTone: e.thaw.components.tone,
      quotes: e.sources.map((s) => s.quote).join(' | '),
      sources: [...new Set(e.sources.map((s) => s.sourceId))].join(' | '),
    };
    return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The day of `now` where the reader is, as YYYY-MM-DD: an export made in Seoul at 8 a.m. is dated that day, not the day before as in UTC. */
export function localDay(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** A file name for an export of the view: "thaw-monitor-17-events-2026-11-22.csv". */
export function exportFileName(count: number, today: string, extension: 'csv' | 'json' | 'png'): string {
  return `thaw-monitor-${count}-${count === 1 ? 'event' : 'events'}-${today}.${extension}`;
}
