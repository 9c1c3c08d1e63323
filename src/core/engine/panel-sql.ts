import { compareText } from '../dataset/describe';
import { digitsAt } from '../dataset/dates';
import type { ThawEvent, Topic } from '../dataset/schema';
import { timeBuckets, type Granularity, type PlaceSummary, type TimeBucket } from '../filters/aggregate';
import { dayNumber } from '../filters/event-index';
import type { Filters } from '../filters/filters';
import { MAX_TREND_POINTS, type PanelData, type ThawTrendSeries } from '../filters/panel-data';
import { thawBand } from '../thaw/bands';
import { eventOfRow, EVENT_COLUMNS, type EventRow, type TableMeta } from './event-table';
import type { Coding } from '../filters/coding';

/**
 * The dashboard's panel queries as SQL for DuckDB, over the table
 * `events` that `loadSql` makes from a Parquet file. The same SQL runs in
 * DuckDB-WASM in the browser and in `@duckdb/node-api` behind
 * `npm run serve:data`; only `run` differs.
 *
 * Crossfilter semantics, as the in-memory index has them: each panel counts
 * under every filter but its own dimension's. Filter values never reach the
 * SQL as text: places and topics become their positions in the file's
 * metadata and dates become day numbers, so a crafted link cannot inject
 * anything.
 */
export type SqlRun = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** The newest events listed (and exported) from an engine; the panels' counts cover all of them. */
export const LIST_PAGE = 500;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * SQL that makes the table `events` from `from` (a table function such as
 * `read_parquet('x.parquet')`): the file's columns plus the day numbers an
 * event covers, its place's and topics' positions and its month, which the
 * panel queries filter and group on.
 */
export function loadSql(from: string, meta: TableMeta): string {
  const columns = EVENT_COLUMNS.map(([name]) => name).join(', ');
  const places = meta.places.length > 0 ? `[${meta.places.map((p) => quote(p.id)).join(', ')}]` : '[]::VARCHAR[]';
  const topicList = meta.topics.length > 0 ? `[${meta.topics.map((t) => quote(t.id)).join(', ')}]` : '[]::VARCHAR[]';
  // Each topic is one bit, by its position in the metadata; a topic the metadata does not list sets none.
  const topicBits = `coalesce(list_sum(list_transform(list_distinct(topics), x -> (1::UBIGINT << (list_position(${topicList}, x) - 1)::UBIGINT))), 0)::UBIGINT`;
  const last = `coalesce(end_date, date)`;
  return `CREATE OR REPLACE TABLE events AS SELECT ${columns},
  (date - DATE '1970-01-01')::INTEGER AS dn,
  (CASE date_precision WHEN 'day' THEN ${last} WHEN 'month' THEN last_day(${last}) ELSE make_date(year(${last}), 12, 31) END - DATE '1970-01-01')::INTEGER AS en,
  (nullif(list_position(${places}, place_id), 0) - 1)::SMALLINT AS p,
  ${topicBits} AS tb,
  (year(date) * 12 + month(date) - 1)::INTEGER AS mo
FROM ${from}`;
}

/** The bounds of the loaded table: its row count and first and last dates. */
export const BOUNDS_SQL = `SELECT count(*)::DOUBLE AS n, strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last FROM events`;

/** What the panel queries need to know of the loaded table, computed once per file. */
export type TableContext = {
  meta: TableMeta;
  count: number;
  granularity: Granularity;
  buckets: ReadonlyArray<TimeBucket>;
  /** The month number (year * 12 + month - 1) of the first bucket. */
  firstMonth: number;
  /** Topic bar order: by how many events mention each topic, ties in the file's order. */
  topicOrder: ReadonlyArray<Topic>;
  /** The most events at one place, unfiltered: the largest map bubble. */
  scaleMax: number;
};

/** The context of a loaded table: bounds first, then the unfiltered counts that fix the bubble scale and bar order. */
export async function tableContext(run: SqlRun, meta: TableMeta): Promise<TableContext> {
  const [bounds] = await run(BOUNDS_SQL);
  const count = Number(bounds.n);
  const ends = count === 0 ? [] : [{ date: String(bounds.first) }, { date: String(bounds.last) }];
  const { granularity, buckets } = timeBuckets(ends as ThawEvent[], []);
  const firstMonth = buckets.length > 0 ? digitsAt(buckets[0].key, 0, 4) * 12 + (granularity === 'month' ? digitsAt(buckets[0].key, 5, 2) - 1 : 0) : 0;
  const base: TableContext = { meta, count, granularity, buckets, firstMonth, topicOrder: meta.topics, scaleMax: 1 };
  const whole = panelSql(base, { places: [], topics: [], from: null, to: null }, 'all');
  const [places, topics] = await Promise.all([run(whole.places), whole.topics ? run(whole.topics) : Promise.resolve([])]);
  const counts = topicCounts(topics, meta.topics.length);
  const topicCount = (i: number) => counts[i];
  return {
    ...base,
    topicOrder: meta.topics.map((topic, i) => ({ topic, i, n: topicCount(i) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.topic),
    scaleMax: Math.max(1, ...places.map((row) => Number(row.n))),
  };
}

/** The SQL of one filter state: one query per panel, each under the filters of the other dimensions. */
export function panelSql(context: TableContext, filters: Filters, coding: Coding) {
  const { meta } = context;
  const placeAt = new Map(meta.places.map((p, i) => [p.id, i]));
  const topicAt = new Map(meta.topics.map((t, i) => [t.id, i]));
  const placeList = filters.places.map((id) => placeAt.get(id)).filter((i) => i !== undefined);
  let mask = 0n;
  for (const id of filters.topics) {
    const i = topicAt.get(id);
    if (i !== undefined) mask |= 1n << BigInt(i);
  }
  // The table holds machine-coded events only: asking for curated ones leaves none.
  const C = coding === 'curated' ? 'FALSE' : 'TRUE';
  const P = filters.places.length === 0 ? 'TRUE' : placeList.length === 0 ? 'FALSE' : `p IN (${placeList.join(', ')})`;
  const T = filters.topics.length === 0 ? 'TRUE' : mask === 0n ? 'FALSE' : `(tb & ${mask.toString()}::UBIGINT) <> 0`;
  const D = [filters.from === null ? null : `en >= ${dayNumber(filters.from)}`, filters.to === null ? null : `dn <= ${dayNumber(filters.to)}`].filter(Boolean).join(' AND ') || 'TRUE';
  const where = (...parts: string[]) => `WHERE ${[C, ...parts].join(' AND ')}`;
  const bucket = context.granularity === 'month' ? `mo - ${context.firstMonth}` : `mo // 12 - ${Math.floor(context.firstMonth / 12)}`;
  const listColumns = EVENT_COLUMNS.map(([name, type]) => (type === 'DATE' ? `strftime(${name}, '%Y-%m-%d') AS ${name}` : type === 'UINTEGER' || type === 'UTINYINT' ? `${name}::DOUBLE AS ${name}` : name)).join(', ');
  return {
    places: `SELECT p::INTEGER AS p, count(*)::DOUBLE AS n, sum(score)::DOUBLE AS s, count(*) FILTER (WHERE geo_precision = 1)::DOUBLE AS g1, count(*) FILTER (WHERE geo_precision = 2)::DOUBLE AS g2, count(*) FILTER (WHERE geo_precision = 3)::DOUBLE AS g3 FROM events ${where('p IS NOT NULL', T, D)} GROUP BY p`,
    /** Counts by set of topics: a few dozen sets, whose bits are then counted per topic. */
    topics: meta.topics.length === 0 ? null : `SELECT tb::VARCHAR AS tb, count(*)::DOUBLE AS n FROM events ${where(P, D)} GROUP BY tb`,
    buckets: `SELECT (${bucket})::INTEGER AS b, count(*)::DOUBLE AS n, sum(score)::DOUBLE AS s FROM events ${where(P, T)} GROUP BY b`,
    summary: `SELECT count(*)::DOUBLE AS n, coalesce(sum(score), 0)::DOUBLE AS s FROM events ${where(P, T, D)}`,
    /** The latest six in story order, newest first: what the change in the thaw is computed from. */
    recent: `SELECT score::DOUBLE AS score FROM events ${where(P, T, D)} ORDER BY dn DESC, id DESC LIMIT 6`,
    bucketMeans: `SELECT (${bucket})::INTEGER AS b, count(*)::DOUBLE AS n, sum(score)::DOUBLE AS s FROM events ${where(P, T, D)} GROUP BY b`,
    /** The events of the per-event trend (run only when there are at most MAX_TREND_POINTS). */
    series: `SELECT id, strftime(date, '%Y-%m-%d') AS date, score::DOUBLE AS score FROM events ${where(P, T, D)} ORDER BY dn, id`,
    list: `SELECT ${listColumns} FROM events ${where(P, T, D)} ORDER BY dn DESC, id ASC LIMIT ${LIST_PAGE}`,
  };
}

/** One event by id, or none. */
export function eventSql(id: string): string {
  const columns = EVENT_COLUMNS.map(([name, type]) => (type === 'DATE' ? `strftime(${name}, '%Y-%m-%d') AS ${name}` : type === 'UINTEGER' || type === 'UTINYINT' ? `${name}::DOUBLE AS ${name}` : name)).join(', ');
  return `SELECT ${columns} FROM events WHERE id = ${quote(id)} LIMIT 1`;
}

/** Events per topic from counts per set of topics (`tb` the set's bits, as text: they may pass 2^53). */
function topicCounts(rows: ReadonlyArray<Record<string, unknown>>, topics: number): number[] {
  const counts = new Array<number>(topics).fill(0);
  for (const row of rows) {
    let bits = BigInt(String(row.tb));
    for (let i = 0; bits !== 0n; i += 1, bits >>= 1n) if ((bits & 1n) === 1n && i < topics) counts[i] += Number(row.n);
  }
  return counts;
}

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A row as returned by a runner, made into an EventRow: numbers may come as bigints and lists as Arrow vectors. */
export function toEventRow(row: Record<string, unknown>): EventRow {
  const out: Record<string, unknown> = { ...row };
  const topics = row.topics as unknown;
  out.topics = topics === null || topics === undefined ? [] : Array.isArray(topics) ? topics.map(String) : Array.from(topics as Iterable<unknown>, String);
  for (const name of ['goldstein', 'tone', 'score', 'geo_precision', 'mentions', 'num_sources', 'articles'] as const) {
    if (out[name] !== null && out[name] !== undefined) out[name] = Number(out[name]);
  }
  return out as EventRow;
}

/**
 * Everything the panels show for one filter state, as `panelData` gives it
 * for an in-memory dataset, except that `list` and `all` hold only the
 * newest LIST_PAGE events (`count` says how many pass the filters).
 */
export async function enginePanel(run: SqlRun, context: TableContext, filters: Filters, coding: Coding): Promise<PanelData> {
  const sql = panelSql(context, filters, coding);
  const [placeRows, topicRows, bucketRows, [summary], recentRows, listRows] = await Promise.all([
    run(sql.places),
    sql.topics ? run(sql.topics) : Promise.resolve([]),
    run(sql.buckets),
    run(sql.summary),
    run(sql.recent),
    run(sql.list),
  ]);
  const n = Number(summary.n);
  const { meta } = context;

  const selected = new Set(filters.places);
  const byPlace = new Map(placeRows.map((row) => [Number(row.p), row]));
  const places: PlaceSummary[] = [];
  meta.places.forEach((place, p) => {
    const row = byPlace.get(p);
    const count = row ? Number(row.n) : 0;
    if (count === 0 && !selected.has(place.id)) return;
    places.push({ place, count, meanScore: count === 0 ? null : Number(row!.s) / count, byPrecision: { 1: Number(row?.g1 ?? 0), 2: Number(row?.g2 ?? 0), 3: Number(row?.g3 ?? 0) } });
  });
  places.sort((a, b) => b.count - a.count || compareText(a.place.name, b.place.name));

  const topicPosition = new Map(meta.topics.map((t, i) => [t.id, i]));
  const perTopic = topicCounts(topicRows, meta.topics.length);
  const topics = context.topicOrder.map((topic) => ({ topic, count: perTopic[topicPosition.get(topic.id)!] }));
  const bucketCount = new Map(bucketRows.map((row) => [Number(row.b), Number(row.n)]));
  const buckets = context.buckets.map((bucket, b) => ({ ...bucket, count: bucketCount.get(b) ?? 0 }));

  const list = listRows.map((row) => eventOfRow(toEventRow(row)));
  const all = [...list].reverse();
  const recent = recentRows.map((row) => Number(row.score)).reverse();
  const k = Math.min(3, Math.floor(n / 2));
  const meanOf = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const mean = n === 0 ? null : Number(summary.s) / n;
  const thaw = {
    n,
    mean,
    band: mean === null ? null : thawBand(mean),
    change: k === 0 ? null : { delta: meanOf(recent.slice(recent.length - k)) - meanOf(recent.slice(recent.length - 2 * k, recent.length - k)), k },
  };

  let series: ThawTrendSeries;
  if (n <= MAX_TREND_POINTS) {
    const rows = n === 0 ? [] : await run(sql.series);
    const scores = rows.map((row) => Number(row.score));
    series = {
      per: 'event',
      points: rows.map((row, i) => {
        const from = Math.max(0, i - 2);
        const window = scores.slice(from, i + 1);
        return { id: String(row.id), date: String(row.date), time: timeOf(String(row.date)), score: scores[i], rolling: meanOf(window) };
      }),
    };
  } else {
    const rows = (await run(sql.bucketMeans)).map((row) => ({ b: Number(row.b), mean: Number(row.s) / Number(row.n) })).sort((a, b) => a.b - b.b);
    series = {
      per: context.granularity,
      points: rows.map(({ b, mean: m }, i) => {
        const bucket = context.buckets[b];
        const window = rows.slice(Math.max(0, i - 2), i + 1).map((r) => r.mean);
        return { id: bucket.key, date: bucket.start, time: timeOf(bucket.start), score: m, rolling: meanOf(window) };
      }),
    };
  }
  return { all, list, count: n, places, topics, timeline: { granularity: context.granularity, buckets }, thaw, series };
}
