import { compareText } from '../dataset/describe';
import { digitsAt } from '../dataset/dates';
import type { ThawEvent, Topic } from '../dataset/schema';
import { timeBuckets, type Granularity, type PlaceSummary, type TimeBucket } from '../filters/aggregate';
import type { Filters } from '../filters/filters';
import { MAX_TREND_POINTS, type PanelData, type ThawTrendSeries } from '../filters/panel-data';
import { thawBand } from '../thaw/bands';
import { eventOfRow, EVENT_COLUMNS, selectColumn, type EventRow, type TableMeta } from './event-table';
import type { Coding } from '../filters/coding';
import type { Cubes } from './cubes';
import { codingCondition, conditions, sqlText } from './filter-sql';
import { KEPT_COLUMNS, PACK_SQL, TABLE_ROW_SQL, unpackRow } from './packed-row';
import { EXPORT_ROWS } from './engine';

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
export const LIST_PAGE = 100;


/**
 * SQL that makes the table `events` from `from` (a table function such as
 * `read_parquet('x.parquet')`): the columns the panels read, the rest of
 * each event packed into one column (packed-row.ts), and the day numbers an
 * event covers, its place's and topics' positions and its month, which the
 * panel queries filter and group on.
 */
export function loadSql(from: string, meta: TableMeta): string {
  const places = meta.places.length > 0 ? `[${meta.places.map((p) => sqlText(p.id)).join(', ')}]` : '[]::VARCHAR[]';
  const topicList = meta.topics.length > 0 ? `[${meta.topics.map((t) => sqlText(t.id)).join(', ')}]` : '[]::VARCHAR[]';
  // Each topic is one bit, by its position in the metadata; a topic the metadata does not list sets none.
  const topicBits = `coalesce(list_sum(list_transform(list_distinct(topics), x -> (1::UBIGINT << (list_position(${topicList}, x) - 1)::UBIGINT))), 0)::UBIGINT`;
  const last = `coalesce(end_date, date)`;
  return `CREATE OR REPLACE TABLE events AS SELECT ${KEPT_COLUMNS.join(', ')}, ${PACK_SQL} AS rest,
  (date - DATE '1970-01-01')::INTEGER AS dn,
  (CASE date_precision WHEN 'day' THEN ${last} WHEN 'month' THEN last_day(${last}) ELSE make_date(year(${last}), 12, 31) END - DATE '1970-01-01')::INTEGER AS en,
  (nullif(list_position(${places}, place_id), 0) - 1)::SMALLINT AS p,
  ${topicBits} AS tb,
  (year(date) * 12 + month(date) - 1)::INTEGER AS mo
FROM ${from}
ORDER BY dn DESC, id ASC`;
}

/** A file's row (Parquet or Arrow, every column of EVENT_COLUMNS) as EventRow has it: dates as text, counts as plain numbers. */
export const ROW_COLUMNS = EVENT_COLUMNS.map(selectColumn).join(', ');

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

/** The SQL of one filter state. */
export function panelSql(context: TableContext, filters: Filters, coding: Coding) {
  const { places: P, topics: T, time: D } = conditions(context, filters);
  const C = codingCondition(coding);
  const where = (...parts: string[]) => `WHERE ${[C, ...parts].join(' AND ')}`;
  const bucket = context.granularity === 'month' ? `mo - ${context.firstMonth}` : `mo // 12 - ${Math.floor(context.firstMonth / 12)}`;
  const count = (condition: string) => `count(*) FILTER (WHERE ${condition})::DOUBLE`;
  const sum = (condition: string) => `coalesce(sum(score) FILTER (WHERE ${condition}), 0)::DOUBLE`;
  const all = `${P} AND ${T} AND ${D}`;
  return {
    /**
     * Every panel's counts in one scan (the cost of a query here is the
     * scan, not the grouping): one grouping set per panel, each counted
     * under the filters of the other dimensions (crossfilter semantics).
     * Places, by place; topics, by set of topics (a few dozen sets, whose
     * bits are then counted per topic); the timeline, by bucket, and the
     * trend's bucket means under every filter; the thaw, over everything.
     */
    aggregate: `SELECT GROUPING(p)::INTEGER AS gp, GROUPING(tb)::INTEGER AS gt, GROUPING(b)::INTEGER AS gb, p::INTEGER AS p, tb::VARCHAR AS tb, b,
  ${count(`${T} AND ${D}`)} AS pn, ${sum(`${T} AND ${D}`)} AS ps,
  ${count(`${T} AND ${D} AND geo_precision = 1`)} AS g1, ${count(`${T} AND ${D} AND geo_precision = 2`)} AS g2, ${count(`${T} AND ${D} AND geo_precision = 3`)} AS g3,
  ${count(`${P} AND ${D}`)} AS tn,
  ${count(`${P} AND ${T}`)} AS bn,
  ${count(all)} AS n, ${sum(all)} AS s
FROM (SELECT p, tb, (${bucket})::INTEGER AS b, dn, en, score, geo_precision FROM events ${where()})
GROUP BY GROUPING SETS ((p), (tb), (b), ())`,
    /**
     * The newest events: the table is stored newest first (loadSql), so the
     * first LIST_PAGE rows that pass are the page, found without sorting
     * and usually without reading the whole table.
     */
    list: `SELECT ${TABLE_ROW_SQL}, dn FROM events ${where(P, T, D)} LIMIT ${LIST_PAGE}`,
    /**
     * The latest six in story order, newest first: what the change in the
     * thaw is computed from. They are all on or after `fromDay`, the day of
     * the sixth event listed, so only the newest stretch of the table is read.
     */
    recent: (fromDay: number) => `SELECT score::DOUBLE AS score FROM events ${where(P, T, D, `dn >= ${fromDay}`)} ORDER BY dn DESC, id DESC LIMIT 6`,
    /** The events the exports hold: the newest EXPORT_ROWS that pass, read as the list is, without sorting. */
    exported: `SELECT ${TABLE_ROW_SQL} FROM events ${where(P, T, D)} LIMIT ${EXPORT_ROWS}`,
    /** The events of the per-event trend (run only when there are at most MAX_TREND_POINTS). */
    series: `SELECT id, strftime(date, '%Y-%m-%d') AS date, score::DOUBLE AS score FROM events ${where(P, T, D)} ORDER BY dn, id`,
  };
}

/** The events of a filter state that the exports hold (EXPORT_ROWS at most), newest first, as the list orders them. */
export async function engineEvents(run: SqlRun, context: TableContext, filters: Filters, coding: Coding): Promise<ThawEvent[]> {
  return (await run(panelSql(context, filters, coding).exported)).map(eventOfTableRow);
}

/** One event by id, or none. */
export function eventSql(id: string): string {
  return `SELECT ${TABLE_ROW_SQL} FROM events WHERE id = ${sqlText(id)} LIMIT 1`;
}

/** An event from a row of the engine's table (TABLE_ROW_SQL). */
export const eventOfTableRow = (row: Record<string, unknown>): ThawEvent => eventOfRow(toEventRow(unpackRow(row)));

/** Events per topic from counts per set of topics (`tb` the set's bits, as a bigint or as text: they may pass 2^53). */
function topicCounts(rows: ReadonlyArray<{ tb: unknown; n: number }>, topics: number): number[] {
  const counts = new Array<number>(topics).fill(0);
  for (const row of rows) {
    const bits = typeof row.tb === 'bigint' ? row.tb : BigInt(String(row.tb));
    // As two 32-bit halves in plain numbers (tb is a UBIGINT): two steps of bigint arithmetic per set rather than three per topic.
    const low = Number(bits & 0xffffffffn);
    const high = Number(bits >> 32n);
    for (let i = 0; i < topics; i += 1) if (((i < 32 ? low : high) >>> (i & 31)) & 1) counts[i] += row.n;
  }
  return counts;
}

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A row as returned by a runner, made into an EventRow: numbers may come as bigints and lists as Arrow vectors. */
export function toEventRow(row: Record<string, unknown>): EventRow {
  const out: Record<string, unknown> = {};
  for (const [name] of EVENT_COLUMNS) out[name] = row[name];
  const topics = row.topics as unknown;
  out.topics = topics === null || topics === undefined ? [] : Array.isArray(topics) ? topics.map(String) : Array.from(topics as Iterable<unknown>, String);
  // Arrow gives a date column as milliseconds since 1970.
  for (const name of ['date', 'end_date'] as const) {
    if (typeof out[name] === 'number') out[name] = new Date(out[name] as number).toISOString().slice(0, 10);
  }
  for (const name of ['goldstein', 'tone', 'score', 'geo_precision', 'mentions', 'num_sources', 'articles'] as const) {
    if (out[name] !== null && out[name] !== undefined) out[name] = Number(out[name]);
  }
  return out as EventRow;
}

/**
 * The scores of the latest six events in story order (date, then id),
 * oldest first. The page lists the newest events by date with ids rising
 * within a day, so when it ends before the sixth one's day it holds every
 * event from that day on, and they are taken from it; else they are asked for.
 */
async function latestScores(run: SqlRun, recent: (fromDay: number) => string, listRows: ReadonlyArray<Record<string, unknown>>): Promise<number[]> {
  const sixth = Number(listRows[Math.min(5, listRows.length - 1)].dn);
  const complete = listRows.length < LIST_PAGE || Number(listRows[listRows.length - 1].dn) < sixth;
  if (!complete) return (await run(recent(sixth))).map((row) => Number(row.score)).reverse();
  return listRows
    .filter((row) => Number(row.dn) >= sixth)
    .sort((a, b) => Number(a.dn) - Number(b.dn) || compareText(String(a.id), String(b.id)))
    .slice(-6)
    .map((row) => Number(row.score));
}

type Aggregates = {
  places: Map<number, { n: number; s: number; g1: number; g2: number; g3: number }>;
  topics: number[];
  buckets: Map<number, { n: number; an: number; as: number }>;
  n: number;
  s: number;
};

/** The aggregate query's rows, by grouping set. */
function readAggregates(rows: ReadonlyArray<Record<string, unknown>>, topicCount: number): Aggregates {
  const out: Aggregates = { places: new Map(), topics: [], buckets: new Map(), n: 0, s: 0 };
  const bySet: Array<{ tb: unknown; n: number }> = [];
  for (const row of rows) {
    const num = (key: string) => Number(row[key] ?? 0);
    const [gp, gt, gb] = [num('gp'), num('gt'), num('gb')];
    if (gp === 0 && row.p !== null && row.p !== undefined) out.places.set(num('p'), { n: num('pn'), s: num('ps'), g1: num('g1'), g2: num('g2'), g3: num('g3') });
    else if (gt === 0) bySet.push({ tb: row.tb, n: num('tn') });
    else if (gb === 0) out.buckets.set(num('b'), { n: num('bn'), an: num('n'), as: num('s') });
    else if (gp === 1 && gt === 1 && gb === 1) {
      out.n = num('n');
      out.s = num('s');
    }
  }
  out.topics = topicCounts(bySet, topicCount);
  return out;
}

/** The context of a loaded table: bounds first, then the unfiltered counts that fix the bubble scale and bar order. */
export async function tableContext(run: SqlRun, meta: TableMeta): Promise<TableContext> {
  const [bounds] = await run(BOUNDS_SQL);
  const count = Number(bounds.n);
  const ends = count === 0 ? [] : [{ date: String(bounds.first) }, { date: String(bounds.last) }];
  const { granularity, buckets } = timeBuckets(ends as ThawEvent[], []);
  const firstMonth = buckets.length > 0 ? digitsAt(buckets[0].key, 0, 4) * 12 + (granularity === 'month' ? digitsAt(buckets[0].key, 5, 2) - 1 : 0) : 0;
  const base: TableContext = { meta, count, granularity, buckets, firstMonth, topicOrder: meta.topics, scaleMax: 1 };
  const whole = readAggregates(await run(panelSql(base, { places: [], topics: [], from: null, to: null }, 'all').aggregate), meta.topics.length);
  return {
    ...base,
    topicOrder: meta.topics.map((topic, i) => ({ topic, i, n: whole.topics[i] })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.topic),
    scaleMax: Math.max(1, ...[...whole.places.values()].map((p) => p.n)),
  };
}

/**
 * Everything the panels show for one filter state, as `panelData` gives it
 * for an in-memory dataset, except that `list` and `all` hold only the
 * newest LIST_PAGE events (`count` says how many pass the filters). Two
 * queries run at once (the counts and the page), then the few rows the
 * thaw's change needs, then, for a small selection, the per-event trend.
 */
export async function enginePanel(run: SqlRun, context: TableContext, filters: Filters, coding: Coding, cubes?: Cubes): Promise<PanelData> {
  const sql = panelSql(context, filters, coding);
  const { meta } = context;
  const counts = async (): Promise<Aggregates> => {
    const fromCube = cubes ? await cubes.counts(filters, coding) : null;
    if (fromCube) return { places: fromCube.places, topics: topicCounts(fromCube.topicSets, meta.topics.length), buckets: fromCube.buckets, n: fromCube.n, s: fromCube.s };
    return readAggregates(await run(sql.aggregate), meta.topics.length);
  };
  const [agg, listRows] = await Promise.all([counts(), run(sql.list)]);
  const n = agg.n;

  const selected = new Set(filters.places);
  const places: PlaceSummary[] = [];
  meta.places.forEach((place, p) => {
    const row = agg.places.get(p);
    const count = row?.n ?? 0;
    if (count === 0 && !selected.has(place.id)) return;
    places.push({ place, count, meanScore: count === 0 ? null : row!.s / count, byPrecision: { 1: row?.g1 ?? 0, 2: row?.g2 ?? 0, 3: row?.g3 ?? 0 } });
  });
  places.sort((a, b) => b.count - a.count || compareText(a.place.name, b.place.name));

  const topicPosition = new Map(meta.topics.map((t, i) => [t.id, i]));
  const topics = context.topicOrder.map((topic) => ({ topic, count: agg.topics[topicPosition.get(topic.id)!] }));
  const buckets = context.buckets.map((bucket, b) => ({ ...bucket, count: agg.buckets.get(b)?.n ?? 0 }));

  const list = listRows.map(eventOfTableRow);
  const all = [...list].reverse();
  const k = Math.min(3, Math.floor(n / 2));
  const recent = k === 0 ? [] : await latestScores(run, sql.recent, listRows);
  const meanOf = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const mean = n === 0 ? null : agg.s / n;
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
      points: rows.map((row, i) => ({ id: String(row.id), date: String(row.date), time: timeOf(String(row.date)), score: scores[i], rolling: meanOf(scores.slice(Math.max(0, i - 2), i + 1)) })),
    };
  } else {
    const means = [...agg.buckets.entries()].filter(([, v]) => v.an > 0).map(([b, v]) => ({ b, mean: v.as / v.an })).sort((a, b) => a.b - b.b);
    series = {
      per: context.granularity,
      points: means.map(({ b, mean: m }, i) => {
        const bucket = context.buckets[b];
        return { id: bucket.key, date: bucket.start, time: timeOf(bucket.start), score: m, rolling: meanOf(means.slice(Math.max(0, i - 2), i + 1).map((r) => r.mean)) };
      }),
    };
  }
  return { all, list, count: n, places, topics, timeline: { granularity: context.granularity, buckets }, thaw, series };
}
