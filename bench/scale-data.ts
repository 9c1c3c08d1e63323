/**
 * GDELT-shaped events at scale, for `npm run bench:scale`: a Parquet table
 * of `n` machine-coded South Korea-China events (src/core/engine/event-table.ts),
 * generated inside DuckDB, deterministic for `n`. Places are 1,000 GDELT
 * feature points, Zipf-skewed as GDELT's are (capitals dominate); dates run
 * from 2015 to 2026, denser towards the present; kinds are the CAMEO roots
 * with their Goldstein values; tone is spread over ±5 as GDELT's mostly is;
 * topics are the built-in dataset's, zero to two per event.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlText } from '../src/core/engine/filter-sql';
import { CAMEO_ROOTS } from '../src/core/import/cameo';
import { EVENT_COLUMNS, META_KEY, type TableMeta } from '../src/core/engine/event-table';
import { arrowOfColumns, type EventColumns } from '../src/core/engine/arrow-table';
import { ROW_COLUMNS } from '../src/core/engine/panel-sql';
import type { Topic } from '../src/core/dataset/schema';
import { mulberry32 } from './synthetic';

export const SCALE_PLACES = 1000;
const FIRST = '2015-01-01';
const DAYS = 4350;


/** The metadata of a generated table: its 1,000 places and the given topics. */
export function scaleMeta(topics: ReadonlyArray<Topic>): TableMeta {
  const random = mulberry32(42);
  const places = Array.from({ length: SCALE_PLACES }, (_, i) => ({
    id: `gdelt-${i}`,
    name: `GDELT place ${i}`,
    country: i % 2 === 0 ? 'KR' : 'CN',
    lat: Math.round((22 + random() * 20) * 1e4) / 1e4,
    lon: Math.round((105 + random() * 25) * 1e4) / 1e4,
  }));
  return {
    schemaVersion: 1,
    build: { pipeline: 'thaw-monitor bench:scale (generated GDELT-shaped events)', builtOn: '2026-12-01' },
    places,
    topics: [...topics],
    sources: [{ id: 'gdelt-source-news-example', file: 'generated', outlet: 'news.example', published: '2026-12-01', headline: 'Generated GDELT-shaped events' }],
  };
}

/** Writes `n` generated events to `out` as Parquet with their metadata. */
export async function writeScaleParquet(connection: DuckDBConnection, n: number, meta: TableMeta, out: string): Promise<void> {
  const roots = Object.entries(CAMEO_ROOTS);
  const kinds = `[${roots.map(([code]) => sqlText(code)).join(', ')}]`;
  const labels = `[${roots.map(([, r]) => sqlText(r.label)).join(', ')}]`;
  const goldsteins = `[${roots.map(([, r]) => r.goldstein.toFixed(1)).join(', ')}]`;
  const topicIds = meta.topics.map((t) => sqlText(t.id));
  // A uniform number in [0, 1) per event and purpose, from DuckDB's hash: no state, so any n gives the same first rows.
  const u = (salt: number) => `((hash(i, ${salt}) % 1000003) / 1000003.0)`;
  const topics = topicIds.length === 0 ? '[]::VARCHAR[]' : `list_distinct([x FOR x IN [${topicIds.join(', ')}][floor(pow(${u(5)}, 1.6) * ${topicIds.length})::INTEGER + 1 : floor(pow(${u(5)}, 1.6) * ${topicIds.length})::INTEGER + floor(${u(6)} * 2.4)::INTEGER]])`;
  const select = `SELECT
    'gdelt-' || (1000000000 + i)::VARCHAR AS id,
    'SOUTH KOREA: ' || lower(${labels}[k]) || ' (CHINA), CAMEO ' || ${kinds}[k] AS title,
    DATE '${FIRST}' + floor(sqrt(${u(1)}) * ${DAYS})::INTEGER AS date,
    NULL::DATE AS end_date,
    'day' AS date_precision,
    'held' AS status,
    ${kinds}[k] AS cameo,
    ${labels}[k] AS kind_label,
    ${goldsteins}[k]::DOUBLE AS goldstein,
    tone,
    round(greatest(-10, least(10, 0.5 * ${goldsteins}[k] + tone)), 1)::DOUBLE AS score,
    'gdelt-' || floor(pow(${u(2)}, 3) * ${SCALE_PLACES})::INTEGER::VARCHAR AS place_id,
    (CASE WHEN ${u(3)} < 0.7 THEN 1 WHEN ${u(3)} < 0.9 THEN 2 ELSE 3 END)::UTINYINT AS geo_precision,
    ${topics} AS topics,
    '[["SOUTH KOREA","GDELT actor KOR","KR"],["CHINA","GDELT actor CHN","CN"]]' AS actors,
    'gdelt-source-news-example' AS source_id,
    NULL::VARCHAR AS note,
    'gdelt' AS system,
    (1000000000 + i)::VARCHAR AS machine_id,
    'https://news.example/' || i::VARCHAR AS url,
    (1 + hash(i, 7) % 40)::UINTEGER AS mentions,
    (1 + hash(i, 8) % 8)::UINTEGER AS num_sources,
    (1 + hash(i, 9) % 20)::UINTEGER AS articles
  FROM (SELECT i, 1 + floor(${u(4)} * ${roots.length})::INTEGER AS k, round(${u(10)} * 10 - 5, 2)::DOUBLE AS tone FROM range(${n}) t(i))`;
  const columns = EVENT_COLUMNS.map(([name, type]) => `${name}::${type} AS ${name}`).join(', ');
  await connection.run(`COPY (SELECT ${columns} FROM (${select})) TO ${sqlText(out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880, KV_METADATA {${sqlText(META_KEY)}: ${sqlText(JSON.stringify(meta))}})`);
}

/** The Arrow file of a Parquet table (what the browser opens), read through DuckDB and written with apache-arrow. */
export async function parquetToArrow(connection: DuckDBConnection, parquet: string, meta: TableMeta): Promise<Uint8Array> {
  const reader = await connection.runAndReadAll(`SELECT ${ROW_COLUMNS} FROM read_parquet(${sqlText(parquet)})`);
  const columns = reader.getColumnsObjectJS() as unknown as EventColumns;
  return arrowOfColumns(columns, meta);
}
