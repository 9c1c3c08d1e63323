import { EVENT_COLUMNS, selectColumn } from './event-table';

/**
 * How the engine's table holds an event: the columns its queries filter,
 * count and list by stay columns, and everything else an event carries
 * (its kind, actors, note, source address, GDELT's weights...) is packed
 * into one text column, `rest`, read back only for the rows a query
 * returns.
 *
 * DuckDB's cost of returning a few rows is per column: each column read is
 * a column's vectors found and decoded. The newest hundred events of a
 * filter, read as 24 columns, took two to three times as long as the same
 * rows read as 8, in DuckDB-WASM at a million events; that read is on the
 * path of every click.
 *
 * Each packed field is written as its length in characters (Unicode code
 * points, as DuckDB's `length` counts them), a colon and its text, or `-`
 * for a missing value: a field may hold any character, the separators
 * included, and comes back exactly. A list of topic ids (which are slugs)
 * is joined by commas.
 */

/** The columns the table keeps as columns: what the panel queries read. */
export const KEPT_COLUMNS = ['id', 'title', 'date', 'status', 'score', 'place_id', 'geo_precision'] as const;

const kept = new Set<string>(KEPT_COLUMNS);

/** The columns packed into `rest`, in the order they are packed. */
export const PACKED_COLUMNS = EVENT_COLUMNS.filter(([name]) => !kept.has(name));

type ColumnType = (typeof EVENT_COLUMNS)[number][1];

/** A column's value as text in SQL, as the reader expects it. */
function asText(name: string, type: ColumnType): string {
  if (type === 'DATE') return `strftime(${name}, '%Y-%m-%d')`;
  if (type === 'VARCHAR[]') return `array_to_string(${name}, ',')`;
  if (type === 'VARCHAR') return name;
  return `${name}::VARCHAR`;
}

/** The SQL expression of `rest`, over a table that has every column of EVENT_COLUMNS. */
export const PACK_SQL = `concat(${PACKED_COLUMNS.map(([name, type]) => {
  const text = asText(name, type);
  return `coalesce(length(${text})::VARCHAR || ':' || ${text}, '-')`;
}).join(', ')})`;

/** A row of the engine's table as a query selects it: the kept columns as a file's row has them, and `rest`. */
export const TABLE_ROW_SQL = [...EVENT_COLUMNS.filter(([name]) => kept.has(name)).map(selectColumn), 'rest'].join(', ');

/** Thrown where `rest` is not in the packed form: the table was not made by loadSql. */
export class PackedRowError extends Error {
  override name = 'PackedRowError';
}

/** The packed fields of `rest`, text or null, in PACKED_COLUMNS' order. */
export function unpackFields(rest: string): Array<string | null> {
  const out: Array<string | null> = [];
  let i = 0;
  while (i < rest.length) {
    if (rest[i] === '-') {
      out.push(null);
      i += 1;
      continue;
    }
    const colon = rest.indexOf(':', i);
    const digits = colon < 0 ? '' : rest.slice(i, colon);
    if (!/^\d+$/.test(digits)) throw new PackedRowError(`packed row: expected a length at character ${i}`);
    let end = colon + 1;
    // The length counts code points: a character outside the BMP is two UTF-16 units.
    for (let left = Number(digits); left > 0; left -= 1) {
      if (end >= rest.length) throw new PackedRowError(`packed row: a field runs past the end at character ${i}`);
      const unit = rest.charCodeAt(end);
      end += unit >= 0xd800 && unit <= 0xdbff && end + 1 < rest.length ? 2 : 1;
    }
    out.push(rest.slice(colon + 1, end));
    i = end;
  }
  if (out.length !== PACKED_COLUMNS.length) throw new PackedRowError(`packed row: expected ${PACKED_COLUMNS.length} fields, found ${out.length}`);
  return out;
}

/** A row of the engine's table (TABLE_ROW_SQL) with `rest` unpacked into its fields, as a file's row has them for toEventRow (which types them). */
export function unpackRow(row: Record<string, unknown>): Record<string, unknown> {
  const fields = unpackFields(String(row.rest ?? ''));
  const out = { ...row };
  PACKED_COLUMNS.forEach(([name, type], i) => {
    const text = fields[i];
    out[name] = type === 'VARCHAR[]' ? (text ? text.split(',') : []) : text;
  });
  return out;
}
