import type { Filters } from '../filters/filters';
import type { Coding } from '../filters/coding';
import { codingCondition, conditions, filterPositions, type Conditions, type Dim } from './filter-sql';
import type { SqlRun, TableContext } from './panel-sql';

/**
 * Pre-aggregated tables for the dimension being clicked, after Mosaic's
 * data-cube indexes (Moritz et al.): while a reader clicks place after place
 * (or topic after topic, or drags the brush), only that dimension's filter
 * changes, so every panel's counts can be grouped once by that dimension's
 * key and then read from a table of a few thousand rows instead of
 * scanning every event on each click. DuckDB groups them; the rows are then
 * held here, in columns, and a click reads them without asking DuckDB at
 * all: where DuckDB runs in a worker (or on a server), a question costs a
 * message each way, more than summing the cube.
 *
 * A cube for active dimension A holds, under the filters of the other
 * dimensions as they stood when it was built:
 * - per other panel X: counts grouped by (A's key, X's key), under the
 *   filters of the dimensions that are neither A nor X;
 * - "all": counts and score sums grouped by (A's key, time bucket, geo
 *   precision), under every filter but A's. A's own panel, the thaw and the
 *   trend's bucket means come from it.
 *
 * Keys: a place's position `p`; a set of topics `tb`; for time, the
 * buckets an event starts and ends in (`bs`, `be`). A time cube answers
 * only ranges that start and end on bucket bounds, which is what the brush
 * gives; any other range is counted from the events.
 */
const DIMS: ReadonlyArray<Dim> = ['places', 'topics', 'time'];

/** The grouping keys of a dimension as the key of a cube (A) and as a panel's key (X). */
const CUBE_KEY: Record<Dim, string[]> = { places: ['p'], topics: ['tb'], time: ['bs', 'be'] };
const PANEL_KEY: Record<Dim, string> = { places: 'p', topics: 'tb', time: 'bs' };

/** The counts the panels need, as the aggregate query gives them (see readAggregates). */
export type CubeCounts = {
  places: Map<number, Sums>;
  /** Counts by set of topics, bits as a bigint. */
  topicSets: Array<{ tb: bigint; n: number }>;
  buckets: Map<number, { n: number; an: number; as: number }>;
  n: number;
  s: number;
};

/** The bucket a day falls in: its month or year counted from the first bucket. */
function bucketSql(context: TableContext, day: 'dn' | 'en'): string {
  const month = `(year(DATE '1970-01-01' + ${day}) * 12 + month(DATE '1970-01-01' + ${day}) - 1)`;
  return context.granularity === 'month' ? `(${month} - ${context.firstMonth})` : `(${month} // 12 - ${Math.floor(context.firstMonth / 12)})`;
}

const and = (...parts: string[]) => parts.filter((p) => p !== 'TRUE').join(' AND ') || 'TRUE';

/** Which one dimension's filter differs between two filter states, if only one does. */
export function activeDimension(before: Filters, after: Filters): Dim | null {
  const same = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => a.length === b.length && a.every((v, i) => v === b[i]);
  const changed = DIMS.filter((d) => (d === 'places' ? !same(before.places, after.places) : d === 'topics' ? !same(before.topics, after.topics) : before.from !== after.from || before.to !== after.to));
  return changed.length === 1 ? changed[0] : null;
}

/** The SQL that groups the cube of dimension `a` under the other dimensions' conditions: one query per panel and one for "all". */
export function cubeBuildSql(context: TableContext, a: Dim, c: Conditions, coding: Coding): Array<{ part: Dim | 'all'; sql: string }> {
  const base = `(SELECT p, tb, dn, en, score, geo_precision, ${bucketSql(context, 'dn')}::INTEGER AS bs, ${bucketSql(context, 'en')}::INTEGER AS be FROM events WHERE ${codingCondition(coding)})`;
  const others = DIMS.filter((d) => d !== a);
  const precision = 'coalesce(sum(score), 0)::DOUBLE AS s, count(*) FILTER (WHERE geo_precision = 1)::DOUBLE AS g1, count(*) FILTER (WHERE geo_precision = 2)::DOUBLE AS g2, count(*) FILTER (WHERE geo_precision = 3)::DOUBLE AS g3';
  // The set of topics travels as text: its bits may pass 2^53, which a double (what the browser's DuckDB gives) loses.
  // No place is -1, so that every column is read as numbers without a null.
  const select = (keys: string[]) => keys.map((k) => (k === 'tb' ? 'tb::VARCHAR AS tb' : k === 'p' ? 'coalesce(p, -1)::INTEGER AS p' : k)).join(', ');
  const statements: Array<{ part: Dim | 'all'; sql: string }> = others.map((x) => {
    const keys = [...new Set([...CUBE_KEY[a], PANEL_KEY[x]])];
    const where = and(...DIMS.filter((d) => d !== a && d !== x).map((d) => c[d]), x === 'places' ? 'p IS NOT NULL' : 'TRUE');
    return { part: x, sql: `SELECT ${select(keys)}, count(*)::DOUBLE AS n${x === 'places' ? `, ${precision}` : ''} FROM ${base} WHERE ${where} GROUP BY ${keys.join(', ')}` };
  });
  const allKeys = [...new Set([...CUBE_KEY[a], 'bs'])];
  statements.push({ part: 'all', sql: `SELECT ${select(allKeys)}, count(*)::DOUBLE AS n, ${precision} FROM ${base} WHERE ${and(...others.map((d) => c[d]))} GROUP BY ${allKeys.join(', ')}` });
  return statements;
}

/** One part of a cube, in columns: the keys it has (a place's position, -1 for none; a set of topics; buckets) and its sums. */
type Part = {
  length: number;
  p: Int32Array | null;
  tb: BigUint64Array | null;
  bs: Int32Array | null;
  be: Int32Array | null;
  n: Float64Array;
  s: Float64Array | null;
  g: [Float64Array, Float64Array, Float64Array] | null;
};

/**
 * A query's answer in columns: where the engine gives them so (DuckDB-WASM
 * answers in Arrow), a cube's hundred thousand rows are read without making
 * an object of each.
 */
export type SqlColumns = (sql: string) => Promise<{ length: number; columns: Record<string, ArrayLike<unknown>> }>;

/** Columns from a runner of rows, for an engine that answers in rows. */
export const columnsOfRows =
  (run: SqlRun): SqlColumns =>
  async (sql) => {
    const rows = await run(sql);
    const names = rows.length > 0 ? Object.keys(rows[0]) : [];
    return { length: rows.length, columns: Object.fromEntries(names.map((name) => [name, rows.map((row) => row[name])])) };
  };

/** A query's columns made into a Part. */
function partOf({ length, columns }: Awaited<ReturnType<SqlColumns>>): Part {
  const ints = (key: string) => (key in columns ? Int32Array.from(columns[key] as ArrayLike<number>, Number) : null);
  const doubles = (key: string) => Float64Array.from(columns[key] as ArrayLike<number>, Number);
  return {
    length,
    p: ints('p'),
    tb: 'tb' in columns ? BigUint64Array.from(columns.tb as ArrayLike<unknown>, (tb) => BigInt(String(tb))) : null,
    bs: ints('bs'),
    be: ints('be'),
    n: length === 0 ? new Float64Array(0) : doubles('n'),
    s: 's' in columns ? doubles('s') : null,
    g: 'g1' in columns ? [doubles('g1'), doubles('g2'), doubles('g3')] : null,
  };
}

/**
 * Which rows of a cube of dimension `a` the filter on `a` lets through, as
 * a test of a row's keys: the conditions of filter-sql.ts, read in the page.
 * Null where no cube can answer (a range off the bucket bounds).
 */
export function activeTest(context: TableContext, a: Dim, filters: Filters): ((part: Part, i: number) => boolean) | null {
  const { places, mask, buckets } = filterPositions(context, filters);
  if (a === 'places') {
    const wanted = new Set(places);
    return filters.places.length === 0 ? () => true : (part, i) => wanted.has(part.p![i]);
  }
  if (a === 'topics') return filters.topics.length === 0 ? () => true : (part, i) => (part.tb![i] & mask) !== 0n;
  if (!buckets) return null;
  const { from, to } = buckets;
  return (part, i) => (from === null || part.be![i] >= from) && (to === null || part.bs![i] <= to);
}

type Cube = { a: Dim; key: string; parts: Map<Dim | 'all', Part> };

/** A key's sums: events, score, and events by geo precision. */
type Sums = { n: number; s: number; g1: number; g2: number; g3: number };

/** Sums a part's rows that pass `pass` by its key `key` into `out`. */
function sumBy(part: Part, key: 'p' | 'bs', pass: (part: Part, i: number) => boolean, out: Map<number, Sums>) {
  const keys = part[key]!;
  for (let i = 0; i < part.length; i += 1) {
    if (!pass(part, i) || keys[i] < 0) continue;
    const entry = out.get(keys[i]) ?? { n: 0, s: 0, g1: 0, g2: 0, g3: 0 };
    entry.n += part.n[i];
    if (part.s) entry.s += part.s[i];
    if (part.g) {
      entry.g1 += part.g[0][i];
      entry.g2 += part.g[1][i];
      entry.g3 += part.g[2][i];
    }
    out.set(keys[i], entry);
  }
}

/** Sums a part's rows that pass `pass` by set of topics. */
function sumByTopics(part: Part, pass: (part: Part, i: number) => boolean): Array<{ tb: bigint; n: number }> {
  const sets = new Map<bigint, number>();
  for (let i = 0; i < part.length; i += 1) if (pass(part, i)) sets.set(part.tb![i], (sets.get(part.tb![i]) ?? 0) + part.n[i]);
  return [...sets].map(([tb, n]) => ({ tb, n }));
}

/** A filter state's counts from a cube of its dimension `a`, with `pass` the filter on `a`. */
export function readCube(cube: Pick<Cube, 'a' | 'parts'>, pass: (part: Part, i: number) => boolean): CubeCounts {
  const out: CubeCounts = { places: new Map(), topicSets: [], buckets: new Map(), n: 0, s: 0 };
  const every = () => true;
  const all = cube.parts.get('all')!;
  // Each panel but the cube's own counts under the filter on `a`; the own panel does not (crossfilter).
  for (const x of DIMS) {
    const part = x === cube.a ? all : cube.parts.get(x)!;
    const pass_ = x === cube.a ? every : pass;
    if (x === 'places') sumBy(part, 'p', pass_, out.places);
    else if (x === 'topics') out.topicSets = sumByTopics(part, pass_);
    else {
      const sums = new Map<number, Sums>();
      sumBy(part, 'bs', pass_, sums);
      for (const [b, v] of sums) out.buckets.set(b, { n: v.n, an: 0, as: 0 });
    }
  }
  // The thaw over every filter, and the trend's means by bucket.
  const sums = new Map<number, Sums>();
  sumBy(all, 'bs', pass, sums);
  for (const [b, v] of sums) {
    const entry = out.buckets.get(b) ?? { n: 0, an: 0, as: 0 };
    out.buckets.set(b, { ...entry, an: v.n, as: v.s });
    out.n += v.n;
    out.s += v.s;
  }
  return out;
}

/**
 * Keeps the cubes of one table: reads a filter state's counts from the cube
 * of the dimension that changed since the last state, building it first
 * where there is none for the other dimensions' filters. Returns null where
 * no cube applies (several dimensions changed at once, or a range off the
 * bucket bounds): the caller then counts from the events.
 *
 * With `anticipate` (ms), once the reader has paused that long after a
 * state, the cubes of the other dimensions are built for it too, so that
 * the first click on another panel is read from a cube as well. A question
 * that arrives meanwhile waits for one query at most: the building stops
 * between queries.
 */
export class Cubes {
  private last: Filters | null = null;
  private cubes: Cube[] = [];
  private building = new Map<string, Promise<Cube | null>>();
  /** Counts the questions asked, so that building ahead stops when one comes. */
  private asked = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  private readonly columns: SqlColumns;
  /** How many cubes are kept (the oldest forgotten past it). */
  private readonly keep: number;
  private readonly anticipate: number | null;

  constructor(
    run: SqlRun,
    private readonly context: TableContext,
    options: { keep?: number; anticipate?: number | null; columns?: SqlColumns } = {},
  ) {
    this.columns = options.columns ?? columnsOfRows(run);
    this.keep = options.keep ?? 6;
    this.anticipate = options.anticipate ?? null;
  }

  /** Builds the cube of `a` for `filters` ahead of a click, so the first click of an interaction is quick too. */
  async prepare(a: Dim, filters: Filters, coding: Coding): Promise<void> {
    await this.cubeFor(a, conditions(this.context, filters), coding, null);
  }

  private keyOf(a: Dim, c: Conditions, coding: Coding): string {
    return JSON.stringify([a, coding, ...DIMS.filter((d) => d !== a).map((d) => c[d])]);
  }

  /** The cube of `a` under `c`, built if need be; null if building ahead (`asked` the count it began at) gave way to a question. */
  private cubeFor(a: Dim, c: Conditions, coding: Coding, asked: number | null): Promise<Cube | null> {
    const key = this.keyOf(a, c, coding);
    const found = this.cubes.find((cube) => cube.key === key);
    if (found) return Promise.resolve(found);
    const pending = this.building.get(key);
    if (pending) return pending;
    const build = (async () => {
      const parts = new Map<Dim | 'all', Part>();
      for (const { part, sql } of cubeBuildSql(this.context, a, c, coding)) {
        if (asked !== null && this.asked !== asked) return null;
        parts.set(part, partOf(await this.columns(sql)));
      }
      const cube: Cube = { a, key, parts };
      this.cubes.push(cube);
      if (this.cubes.length > this.keep) this.cubes.shift();
      return cube;
    })().finally(() => this.building.delete(key));
    this.building.set(key, build);
    return build;
  }

  /** After a pause, the cubes of the dimensions not clicked last, for the state the reader is looking at. */
  private buildAhead(filters: Filters, coding: Coding) {
    if (this.anticipate === null) return;
    if (this.timer !== null) clearTimeout(this.timer);
    const asked = this.asked;
    this.timer = setTimeout(() => {
      this.timer = null;
      const c = conditions(this.context, filters);
      void (async () => {
        for (const d of DIMS) if (this.asked === asked && (d !== 'time' || c.cubeTime !== null)) await this.cubeFor(d, c, coding, asked);
      })().catch(() => undefined);
    }, this.anticipate);
  }

  /**
   * The reader is looking at `filters` (answered from the page's cache, say,
   * without asking): building ahead waits for a pause after it, and for it.
   */
  seen(filters: Filters, coding: Coding): void {
    this.asked += 1;
    this.buildAhead(filters, coding);
  }

  /** The counts of a filter state from a cube, or null where none applies. */
  async counts(filters: Filters, coding: Coding): Promise<CubeCounts | null> {
    this.asked += 1;
    const before = this.last;
    this.last = filters;
    const c = conditions(this.context, filters);
    // A cube already built for the other dimensions' filters answers whichever state came before (a state answered
    // from the query cache never reaches the engine); else the one dimension that changed gets one.
    const usable = (d: Dim) => d !== 'time' || c.cubeTime !== null;
    const built = this.cubes.find((cube) => usable(cube.a) && cube.key === this.keyOf(cube.a, c, coding));
    const changed = before ? activeDimension(before, filters) : null;
    const a = built?.a ?? (changed !== null && usable(changed) ? changed : null);
    this.buildAhead(filters, coding);
    if (a === null) return null;
    // A cube being built ahead gives way to this question; it is then built for it.
    const cube = built ?? (await this.cubeFor(a, c, coding, null)) ?? (await this.cubeFor(a, c, coding, null));
    return cube && readCube(cube, activeTest(this.context, a, filters)!);
  }
}
