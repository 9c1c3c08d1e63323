import type { Actor, Dataset, Place, Source, ThawEvent, Topic } from '../dataset/schema';
import { SCHEMA_VERSION } from '../dataset/schema';
import { GOLDSTEIN_WEIGHT, TONE_WEIGHT } from '../import/import-result';

/**
 * Machine-coded events as a table: one row per event, one column per field,
 * which is how they are stored in Parquet and queried in DuckDB. What the
 * rows share (places, topics, sources) travels beside them as the file's
 * metadata (`TableMeta`), under the key META_KEY.
 *
 * Only machine-coded events are stored this way: they have no quote and no
 * evidence sentences, so a row holds all of one. Curated and reviewed events
 * stay in the JSON dataset, where their evidence lives.
 */
export const META_KEY = 'thaw-monitor';

/** The columns in order, with their DuckDB types. */
export const EVENT_COLUMNS = [
  ['id', 'VARCHAR'],
  ['title', 'VARCHAR'],
  ['date', 'DATE'],
  ['end_date', 'DATE'],
  ['date_precision', 'VARCHAR'],
  ['status', 'VARCHAR'],
  ['cameo', 'VARCHAR'],
  ['kind_label', 'VARCHAR'],
  ['goldstein', 'DOUBLE'],
  ['tone', 'DOUBLE'],
  ['score', 'DOUBLE'],
  ['place_id', 'VARCHAR'],
  ['geo_precision', 'UTINYINT'],
  ['topics', 'VARCHAR[]'],
  ['actors', 'VARCHAR'],
  ['source_id', 'VARCHAR'],
  ['note', 'VARCHAR'],
  ['system', 'VARCHAR'],
  ['machine_id', 'VARCHAR'],
  ['url', 'VARCHAR'],
  ['mentions', 'UINTEGER'],
  ['num_sources', 'UINTEGER'],
  ['articles', 'UINTEGER'],
] as const;

/** A column as a query selects it for EventRow: dates as text, counts as plain numbers. */
export const selectColumn = ([name, type]: (typeof EVENT_COLUMNS)[number]) =>
  type === 'DATE' ? `strftime(${name}, '%Y-%m-%d') AS ${name}` : type === 'UINTEGER' || type === 'UTINYINT' ? `${name}::DOUBLE AS ${name}` : name;

export type EventRow = {
  id: string;
  title: string;
  date: string;
  end_date: string | null;
  date_precision: ThawEvent['datePrecision'];
  status: ThawEvent['status'];
  cameo: string;
  kind_label: string;
  goldstein: number;
  tone: number;
  score: number;
  place_id: string | null;
  geo_precision: number | null;
  topics: string[];
  /** The actors as JSON: a short list, read back only for an event shown in full. */
  actors: string;
  source_id: string;
  note: string | null;
  system: 'gdelt' | 'acled';
  machine_id: string;
  url: string | null;
  mentions: number | null;
  num_sources: number | null;
  articles: number | null;
};

/** What the rows of one file share: enough to draw every panel's axes before a row is read. */
export type TableMeta = Pick<Dataset, 'schemaVersion' | 'build' | 'places' | 'topics' | 'sources'>;

/** The row of a machine-coded event, or why it cannot be one. */
export function rowOfEvent(event: ThawEvent): { row: EventRow } | { reason: string } {
  if (!event.machine) return { reason: `event "${event.id}" is curated (it has quotes): curated events stay in the JSON dataset` };
  const source = event.sources[0];
  return {
    row: {
      id: event.id,
      title: event.title,
      date: event.date,
      end_date: event.endDate ?? null,
      date_precision: event.datePrecision,
      status: event.status,
      cameo: event.kind.cameo,
      kind_label: event.kind.label,
      goldstein: event.kind.goldstein,
      tone: event.thaw.components.tone,
      score: event.thaw.score,
      place_id: event.placeId ?? null,
      geo_precision: event.geoPrecision ?? null,
      topics: event.topics.map((t) => t.id),
      actors: JSON.stringify(event.actors.map((a) => [a.name, a.role, a.country])),
      source_id: source.sourceId,
      note: source.note ?? null,
      system: event.machine.system,
      machine_id: event.machine.id,
      url: event.machine.url ?? null,
      mentions: event.machine.mentions ?? null,
      num_sources: event.machine.sources ?? null,
      articles: event.machine.articles ?? null,
    },
  };
}

const present = <T,>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** A machine-coded event from its row: the inverse of rowOfEvent. */
export function eventOfRow(row: EventRow): ThawEvent {
  const actors = (JSON.parse(row.actors) as Array<[string, string, string]>).map(([name, role, country]): Actor => ({ name, role, country }));
  const components = { goldstein: row.goldstein, goldsteinWeight: GOLDSTEIN_WEIGHT, tone: row.tone, toneWeight: TONE_WEIGHT, sentences: 0 };
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    datePrecision: row.date_precision,
    ...(present(row.end_date) ? { endDate: row.end_date } : {}),
    status: row.status,
    kind: { cameo: row.cameo, label: row.kind_label, goldstein: row.goldstein },
    ...(present(row.place_id) && present(row.geo_precision) ? { placeId: row.place_id, geoPrecision: row.geo_precision as 1 | 2 | 3 } : {}),
    actors,
    topics: row.topics.map((id) => ({ id, mentions: 1, evidence: [] })),
    thaw: { score: row.score, components, evidence: [] },
    sources: [{ sourceId: row.source_id, ...(present(row.note) ? { note: row.note } : {}) }],
    machine: {
      system: row.system,
      id: row.machine_id,
      ...(present(row.url) ? { url: row.url } : {}),
      ...(present(row.mentions) ? { mentions: row.mentions } : {}),
      ...(present(row.num_sources) ? { sources: row.num_sources } : {}),
      ...(present(row.articles) ? { articles: row.articles } : {}),
    },
  };
}

/** A dataset's machine-coded events as rows and what they share, or the reasons it cannot be stored as a table. */
export function tableOfDataset(dataset: Dataset): { rows: EventRow[]; meta: TableMeta } | { reasons: string[] } {
  const rows: EventRow[] = [];
  const reasons: string[] = [];
  for (const event of dataset.events) {
    const result = rowOfEvent(event);
    if ('row' in result) rows.push(result.row);
    else if (reasons.length < 5) reasons.push(result.reason);
  }
  if (reasons.length > 0) return { reasons };
  return { rows, meta: { schemaVersion: dataset.schemaVersion, build: dataset.build, places: dataset.places, topics: dataset.topics, sources: dataset.sources } };
}

/** The metadata of a file, checked for what the engine relies on; a reason where it is not usable. */
export function parseMeta(text: string | null | undefined): { meta: TableMeta } | { reason: string } {
  if (!text) return { reason: `the file has no "${META_KEY}" metadata: it was not written by data:import` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: `the "${META_KEY}" metadata is not JSON` };
  }
  const meta = value as Partial<TableMeta>;
  if (typeof meta !== 'object' || meta === null || meta.schemaVersion !== SCHEMA_VERSION) return { reason: `the "${META_KEY}" metadata is not schema version ${SCHEMA_VERSION}` };
  const listOf = <T,>(list: unknown, ok: (item: T) => boolean) => Array.isArray(list) && list.every((item) => typeof item === 'object' && item !== null && ok(item as T));
  if (!listOf<Place>(meta.places, (p) => typeof p.id === 'string' && typeof p.name === 'string' && Number.isFinite(p.lat) && Number.isFinite(p.lon))) return { reason: 'places: expected a list of places with id, name, lat and lon' };
  if (!listOf<Topic>(meta.topics, (t) => typeof t.id === 'string' && typeof t.label === 'string')) return { reason: 'topics: expected a list of topics with id and label' };
  if (!listOf<Source>(meta.sources, (s) => typeof s.id === 'string' && typeof s.outlet === 'string')) return { reason: 'sources: expected a list of sources with id and outlet' };
  if (meta.topics!.length > MAX_TABLE_TOPICS) return { reason: `topics: at most ${MAX_TABLE_TOPICS} topics in a table, not ${meta.topics!.length}` };
  return { meta: meta as TableMeta };
}

/** A table's topics are one bit each of a 64-bit word in the engine. */
export const MAX_TABLE_TOPICS = 64;
