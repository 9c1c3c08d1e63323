import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table as ArrowTable } from 'apache-arrow';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Dataset } from '../../../core/dataset/schema';
import { BROWSER_ROWS, engineForRows, type EventEngine } from '../../../core/engine/engine';
import { EVENT_COLUMNS, eventOfRow, META_KEY, parseMeta, type TableMeta } from '../../../core/engine/event-table';
import { Cubes, type SqlColumns } from '../../../core/engine/cubes';
import { engineEvents, enginePanel, eventOfTableRow, eventSql, loadSql, tableContext, toEventRow, type SqlRun } from '../../../core/engine/panel-sql';

/**
 * DuckDB-WASM in a worker, loaded only when a large table is opened: the
 * build with WebAssembly exceptions, which every browser the app supports
 * runs, served from the app's own origin (no CDN). It is never asked for an
 * extension (those come from the network): tables arrive as Arrow, which it
 * takes natively.
 */

/** Why a table could not be opened, as a code the page says in the reader's language. */
export class TableOpenError extends Error {
  override name = 'TableOpenError';
  constructor(
    readonly code: 'table_meta' | 'table_too_large' | 'engine_failed',
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

async function startDuckDB(): Promise<{ db: AsyncDuckDB; connection: AsyncDuckDBConnection; run: SqlRun; columns: SqlColumns }> {
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(new URL(wasmUrl, window.location.href).href);
  await db.open({ query: { castBigIntToDouble: true } });
  const connection = await db.connect();
  await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;`);
  const run: SqlRun = async (sql) => (await connection.query(sql)).toArray().map((row) => row.toJSON() as Record<string, unknown>);
  // Arrow's columns as they are (typed arrays for numbers): a cube's rows are read without an object each.
  const columns: SqlColumns = async (sql) => {
    const table = await connection.query(sql);
    return { length: table.numRows, columns: Object.fromEntries(table.schema.fields.map((field) => [field.name, table.getChild(field.name)!.toArray() as ArrayLike<unknown>])) };
  };
  return { db, connection, run, columns };
}

/** What opening a table gave: its events in the page (a small table), or an engine over it. */
export type OpenedTable = { kind: 'memory'; dataset: Dataset } | { kind: 'engine'; engine: EventEngine; meta: TableMeta };

/**
 * Opens an Arrow table written by `data:import --out FILE.arrow`: a small
 * one is read whole into the page (engineForRows) without starting DuckDB;
 * a larger one is handed to DuckDB-WASM, which takes Arrow as it is, and
 * queried there; past BROWSER_ROWS it is refused with the command that
 * serves it instead.
 */
export async function openArrowTable(bytes: Uint8Array, name: string): Promise<OpenedTable> {
  let table: ArrowTable;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    throw new TableOpenError('table_meta', { reason: (error as Error).message }, `${name} is not a readable Arrow file: ${(error as Error).message}`);
  }
  const read = parseMeta(table.schema.metadata.get(META_KEY));
  if ('reason' in read) throw new TableOpenError('table_meta', { reason: read.reason }, `${name}: ${read.reason}`);
  const missing = EVENT_COLUMNS.map(([column]) => column).filter((column) => !table.schema.fields.some((f) => f.name === column));
  if (missing.length > 0) throw new TableOpenError('table_meta', { reason: `missing columns: ${missing.join(', ')}` }, `${name}: missing columns ${missing.join(', ')}`);
  const rows = table.numRows;
  const choice = engineForRows(rows);
  if (choice === 'too-large') {
    throw new TableOpenError('table_too_large', { rows, limit: BROWSER_ROWS, file: name }, `${name} holds ${rows} events, more than a browser tab holds (${BROWSER_ROWS})`);
  }
  if (choice === 'memory') {
    const events = table.toArray().map((row) => eventOfRow(toEventRow(row.toJSON() as Record<string, unknown>)));
    return { kind: 'memory', dataset: { ...read.meta, events } };
  }
  let started: Awaited<ReturnType<typeof startDuckDB>>;
  try {
    started = await startDuckDB();
  } catch (error) {
    throw new TableOpenError('engine_failed', { detail: (error as Error).message }, `DuckDB could not start in this browser: ${(error as Error).message}`);
  }
  const { db, connection, run, columns } = started;
  try {
    await connection.insertArrowTable(table, { name: 'raw' });
    await run(loadSql('raw', read.meta));
    await run('DROP TABLE raw');
    const context = await tableContext(run, read.meta);
    // Cubes for the other panels are built once the reader has paused for half a second.
    const cubes = new Cubes(run, context, { anticipate: 500, columns });
    // The first click on any panel reads a cube too: they are built now, while the reader looks at the first view.
    const none = { places: [], topics: [], from: null, to: null };
    void (async () => {
      for (const dim of ['places', 'topics', 'time'] as const) await cubes.prepare(dim, none, 'all');
    })().catch(() => undefined);
    const engine: EventEngine = {
      kind: 'duckdb-wasm',
      context,
      panel: (filters, coding) => enginePanel(run, context, filters, coding, cubes),
      event: async (id) => {
        const [row] = await run(eventSql(id));
        return row ? eventOfTableRow(row) : null;
      },
      events: (filters, coding) => engineEvents(run, context, filters, coding),
      seen: (filters, coding) => cubes.seen(filters, coding),
    };
    return { kind: 'engine', engine, meta: read.meta };
  } catch (error) {
    await db.terminate();
    throw new TableOpenError('engine_failed', { detail: (error as Error).message }, `DuckDB could not load ${name}: ${(error as Error).message}`);
  }
}
