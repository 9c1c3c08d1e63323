import { DateDay, Dictionary, Field, Float64, Int32, List, Schema, Table, tableToIPC, Uint32, Uint8, Utf8, vectorFromArray, type DataType } from 'apache-arrow';
import { EVENT_COLUMNS, META_KEY, type EventRow, type TableMeta } from './event-table';

/**
 * The event table as an Arrow IPC file: the format the browser opens into
 * DuckDB-WASM, which takes Arrow natively (its Parquet reader is an
 * extension it would fetch from the network). The metadata travels in the
 * schema's key-value metadata under META_KEY, as in the Parquet file.
 */
const ARROW_TYPE: Record<(typeof EVENT_COLUMNS)[number][1], () => DataType> = {
  VARCHAR: () => new Utf8(),
  DATE: () => new DateDay(),
  DOUBLE: () => new Float64(),
  UTINYINT: () => new Uint8(),
  UINTEGER: () => new Uint32(),
  'VARCHAR[]': () => new List(new Field('item', new Utf8(), true)),
};

type ColumnName = (typeof EVENT_COLUMNS)[number][0];

/**
 * Text columns with few distinct values (a kind, a place, a pair of actors,
 * an outlet) are dictionary-encoded: each value is written once and the
 * rows hold its number, which makes a GDELT-shaped file about a third of
 * its plain size.
 */
const DICTIONARY_COLUMNS: ReadonlySet<ColumnName> = new Set(['title', 'date_precision', 'status', 'cameo', 'kind_label', 'place_id', 'actors', 'source_id', 'note', 'system']);

/** Column-wise values, as EventRow holds them (dates as YYYY-MM-DD). */
export type EventColumns = { [K in ColumnName]: ReadonlyArray<EventRow[K]> };

const dayOf = (date: string | null) => (date === null ? null : new Date(`${date}T00:00:00Z`));

/** An Arrow IPC file of the columns and their metadata. */
export function arrowOfColumns(columns: EventColumns, meta: TableMeta): Uint8Array {
  const vectors = Object.fromEntries(
    EVENT_COLUMNS.map(([name, type]) => {
      const values = type === 'DATE' ? (columns[name] as ReadonlyArray<string | null>).map(dayOf) : columns[name];
      const arrowType = DICTIONARY_COLUMNS.has(name) ? new Dictionary(new Utf8(), new Int32()) : ARROW_TYPE[type]();
      return [name, vectorFromArray(values as unknown[], arrowType)];
    }),
  );
  const table = new Table(vectors);
  return tableToIPC(new Table(new Schema(table.schema.fields, new Map([[META_KEY, JSON.stringify(meta)]])), table.batches), 'file');
}

/** An Arrow IPC file of the rows and their metadata. */
export function arrowOfRows(rows: ReadonlyArray<EventRow>, meta: TableMeta): Uint8Array {
  const columns = Object.fromEntries(EVENT_COLUMNS.map(([name]) => [name, rows.map((row) => row[name])])) as unknown as EventColumns;
  return arrowOfColumns(columns, meta);
}
