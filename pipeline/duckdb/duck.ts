/**
 * DuckDB in Node (`@duckdb/node-api`): writing imported events to Parquet
 * and running the dashboard's panel queries on a file, the same SQL the
 * browser runs in DuckDB-WASM (src/core/engine/panel-sql.ts).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { sqlText } from '../../src/core/engine/filter-sql';
import { EVENT_COLUMNS, META_KEY, parseMeta, type EventRow, type TableMeta } from '../../src/core/engine/event-table';
import { loadSql, tableContext, type SqlRun, type TableContext } from '../../src/core/engine/panel-sql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


/** A connection that never reaches the network for an extension: Parquet and JSON are built in. */
export async function connect(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  return instance.connect();
}

/** Runs SQL and gives plain rows (DuckDB's big integers as numbers where they fit). */
export function runner(connection: DuckDBConnection): SqlRun {
  return async (sql) => {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
      return out;
    });
  };
}

/** Writes rows and their metadata to a Parquet file (zstd-compressed, the metadata under META_KEY). */
export async function writeParquet(rows: ReadonlyArray<EventRow>, meta: TableMeta, out: string, connection?: DuckDBConnection): Promise<void> {
  const c = connection ?? (await connect());
  const dir = mkdtempSync(join(tmpdir(), 'thaw-parquet-'));
  try {
    const ndjson = join(dir, 'rows.ndjson');
    writeFileSync(ndjson, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    const columns = `{${EVENT_COLUMNS.map(([name, type]) => `${sqlText(name)}: ${sqlText(type)}`).join(', ')}}`;
    await c.run(
      `COPY (SELECT * FROM read_ndjson(${sqlText(ndjson)}, columns = ${columns})) TO ${sqlText(out)} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {${sqlText(META_KEY)}: ${sqlText(JSON.stringify(meta))}})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The metadata a Parquet file carries, or why it cannot be used. */
export async function readMeta(run: SqlRun, path: string): Promise<{ meta: TableMeta } | { reason: string }> {
  const rows = await run(`SELECT decode(value) AS value FROM parquet_kv_metadata(${sqlText(path)}) WHERE decode(key) = ${sqlText(META_KEY)}`);
  return parseMeta(rows[0]?.value as string | undefined);
}

/** A Parquet file loaded into the table the panel queries read, with its context. */
export async function openTable(path: string): Promise<{ run: SqlRun; context: TableContext; connection: DuckDBConnection }> {
  const connection = await connect();
  const run = runner(connection);
  const read = await readMeta(run, path);
  if ('reason' in read) throw new Error(`${path}: ${read.reason}`);
  await connection.run(loadSql(`read_parquet(${sqlText(path)})`, read.meta));
  return { run, context: await tableContext(run, read.meta), connection };
}
