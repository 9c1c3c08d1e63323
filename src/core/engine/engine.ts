import type { DatasetSummary } from '../dataset/describe';
import type { Coding } from '../filters/coding';
import type { Filters } from '../filters/filters';
import type { PanelData } from '../filters/panel-data';
import type { ThawEvent } from '../dataset/schema';
import type { TableContext } from './panel-sql';

/**
 * Where the panels' numbers are computed:
 * - `memory`: the dataset's events in this page, through the typed-array
 *   index (src/core/filters/event-index.ts);
 * - `duckdb-wasm`: a Parquet table in DuckDB-WASM, in this browser;
 * - `duckdb-server`: a Parquet table behind `npm run serve:data`.
 */
export type EngineKind = 'memory' | 'duckdb-wasm' | 'duckdb-server';

/** A table the panels query through SQL: DuckDB in this browser or on a server. */
export type EventEngine = {
  kind: Exclude<EngineKind, 'memory'>;
  /** For a server, its address's host (shown on screen). */
  host?: string;
  context: TableContext;
  panel: (filters: Filters, coding: Coding, signal?: AbortSignal) => Promise<PanelData>;
  event: (id: string, signal?: AbortSignal) => Promise<ThawEvent | null>;
  /** The events that pass the filters, newest first, at most EXPORT_ROWS of them: what the exports hold. */
  events: (filters: Filters, coding: Coding, signal?: AbortSignal) => Promise<ThawEvent[]>;
  /** The reader is looking at this state, whether or not it was asked for (the page's query cache may answer it): an engine that prepares ahead does so for it. */
  seen?: (filters: Filters, coding: Coding) => void;
};

/**
 * The most events an export of an engine's table holds, newest first: a
 * file of 100,000 events is about 30 MB of CSV, which a browser makes and
 * saves at once. Past it the export says how many it left out.
 */
export const EXPORT_ROWS = 100_000;

/**
 * Up to this many events a Parquet table is read whole into the page and
 * filtered in memory, like a JSON dataset: every panel then has every event
 * (the list, the exports, the presentation). Past it, DuckDB answers.
 */
export const MEMORY_ROWS = 100_000;

/**
 * The most events DuckDB-WASM is given in a browser tab. The Arrow file
 * (about 160 bytes an event) is held while DuckDB copies it into its own
 * memory, which a tab caps at 4 GB of WebAssembly memory (less on a phone):
 * 2M events is under a gigabyte in all. Past it the table is served by
 * `npm run serve:data`.
 */
export const BROWSER_ROWS = 2_000_000;

/** The engine for a Parquet table of `rows` events opened in the browser, by its size. */
export function engineForRows(rows: number): 'memory' | 'duckdb-wasm' | 'too-large' {
  if (rows <= MEMORY_ROWS) return 'memory';
  if (rows <= BROWSER_ROWS) return 'duckdb-wasm';
  return 'too-large';
}

/** What the header says of a table's events: their count, sources and years. */
export function summaryOfTable(context: TableContext): DatasetSummary {
  const { buckets, count, meta } = context;
  if (count === 0 || buckets.length === 0) return { events: count, sources: meta.sources.length, firstYear: null, lastYear: null };
  return { events: count, sources: meta.sources.length, firstYear: buckets[0].start.slice(0, 4), lastYear: buckets[buckets.length - 1].start.slice(0, 4) };
}
