import type { Filters } from '../filters/filters';
import type { Coding } from '../filters/coding';
import { codingCondition, conditions, type Conditions, type Dim } from './filter-sql';
import type { SqlRun, TableContext } from './panel-sql';

/**
 * Pre-aggregated tables for the dimension being clicked, after Mosaic's
 * data-cube indexes (Moritz et al.): while a reader clicks place after place
 * (or topic after topic, or drags the brush), only that dimension's filter
 * changes, so every panel's counts can be grouped once by that dimension's
 * key and then read from a table of a few thousand rows instead of
 * scanning every event on each click.
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
  places: Map<number, { n: number; s: number; g1: number; g2: number; g3: number }>;
  /** Counts by set of topics, bits as text. */
  topicSets: Array<{ tb: unknown; n: number }>;
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

/** The SQL that builds the cube of dimension `a` under the other dimensions' conditions, as tables named `${name}_<panel>`. */
export function cubeBuildSql(context: TableContext, a: Dim, c: Conditions, coding: Coding, name: string): string[] {
  const base = `(SELECT p, tb, dn, en, score, geo_precision, ${bucketSql(context, 'dn')}::INTEGER AS bs, ${bucketSql(context, 'en')}::INTEGER AS be FROM events WHERE ${codingCondition(coding)})`;
  const others = DIMS.filter((d) => d !== a);
  const statements = others.map((x) => {
    const keys = [...new Set([...CUBE_KEY[a], PANEL_KEY[x]])];
    const where = and(...DIMS.filter((d) => d !== a && d !== x).map((d) => c[d]), x === 'places' ? 'p IS NOT NULL' : 'TRUE');
    const precision = x === 'places' ? ', sum(score)::DOUBLE AS s, count(*) FILTER (WHERE geo_precision = 1)::DOUBLE AS g1, count(*) FILTER (WHERE geo_precision = 2)::DOUBLE AS g2, count(*) FILTER (WHERE geo_precision = 3)::DOUBLE AS g3' : '';
    return `CREATE OR REPLACE TEMP TABLE ${name}_${x} AS SELECT ${keys.join(', ')}, count(*)::DOUBLE AS n${precision} FROM ${base} WHERE ${where} GROUP BY ALL`;
  });
  const allKeys = [...new Set([...CUBE_KEY[a], 'bs'])];
  const allWhere = and(...others.map((d) => c[d]));
  statements.push(
    `CREATE OR REPLACE TEMP TABLE ${name}_all AS SELECT ${allKeys.join(', ')}, count(*)::DOUBLE AS n, sum(score)::DOUBLE AS s, count(*) FILTER (WHERE geo_precision = 1)::DOUBLE AS g1, count(*) FILTER (WHERE geo_precision = 2)::DOUBLE AS g2, count(*) FILTER (WHERE geo_precision = 3)::DOUBLE AS g3 FROM ${base} WHERE ${allWhere} GROUP BY ALL`,
  );
  return statements;
}

/** The queries that read the panels' counts from a cube of dimension `a` for the active filter `active` (over the cube's keys). */
export function cubeReadSql(a: Dim, active: string, name: string) {
  const others = DIMS.filter((d) => d !== a);
  const panel = (x: Dim) =>
    x === 'places'
      ? `SELECT p, sum(n)::DOUBLE AS n, sum(s)::DOUBLE AS s, sum(g1)::DOUBLE AS g1, sum(g2)::DOUBLE AS g2, sum(g3)::DOUBLE AS g3 FROM ${name}_places WHERE ${active} GROUP BY p`
      : x === 'topics'
        ? `SELECT tb::VARCHAR AS tb, sum(n)::DOUBLE AS n FROM ${name}_topics WHERE ${active} GROUP BY tb`
        : `SELECT bs AS b, sum(n)::DOUBLE AS n FROM ${name}_time WHERE ${active} GROUP BY bs`;
  const own =
    a === 'places'
      ? `SELECT p, sum(n)::DOUBLE AS n, sum(s)::DOUBLE AS s, sum(g1)::DOUBLE AS g1, sum(g2)::DOUBLE AS g2, sum(g3)::DOUBLE AS g3 FROM ${name}_all WHERE p IS NOT NULL GROUP BY p`
      : a === 'topics'
        ? `SELECT tb::VARCHAR AS tb, sum(n)::DOUBLE AS n FROM ${name}_all GROUP BY tb`
        : `SELECT bs AS b, sum(n)::DOUBLE AS n FROM ${name}_all GROUP BY bs`;
  return {
    others: others.map((x) => ({ x, sql: panel(x) })),
    own,
    /** The thaw over every filter, and the trend's means by bucket. */
    all: `SELECT bs AS b, sum(n)::DOUBLE AS n, sum(s)::DOUBLE AS s FROM ${name}_all WHERE ${active} GROUP BY bs`,
  };
}

type Cube = { a: Dim; name: string; key: string };

/**
 * Keeps the cubes of one table: reads a filter state's counts from the cube
 * of the dimension that changed since the last state, building it first
 * where there is none for the other dimensions' filters. Returns null where
 * no cube applies (several dimensions changed at once, or a range off the
 * bucket bounds): the caller then counts from the events.
 */
export class Cubes {
  private last: Filters | null = null;
  private cubes: Cube[] = [];
  private next = 0;

  constructor(
    private readonly run: SqlRun,
    private readonly context: TableContext,
    /** How many cubes are kept (their tables dropped past it). */
    private readonly keep = 6,
  ) {}

  /** Builds the cube of `a` for `filters` ahead of a click, so the first click of an interaction is quick too. */
  async prepare(a: Dim, filters: Filters, coding: Coding): Promise<void> {
    await this.cubeFor(a, conditions(this.context, filters), coding);
  }

  private keyOf(a: Dim, c: Conditions, coding: Coding): string {
    return JSON.stringify([a, coding, ...DIMS.filter((d) => d !== a).map((d) => c[d])]);
  }

  private async cubeFor(a: Dim, c: Conditions, coding: Coding): Promise<Cube> {
    const key = this.keyOf(a, c, coding);
    const found = this.cubes.find((cube) => cube.key === key);
    if (found) return found;
    const cube = { a, key, name: `cube${this.next++}` };
    for (const sql of cubeBuildSql(this.context, a, c, coding, cube.name)) await this.run(sql);
    this.cubes.push(cube);
    while (this.cubes.length > this.keep) {
      const old = this.cubes.shift()!;
      for (const x of [...DIMS, 'all']) await this.run(`DROP TABLE IF EXISTS ${old.name}_${x}`);
    }
    return cube;
  }

  /** The counts of a filter state from a cube, or null where none applies. */
  async counts(filters: Filters, coding: Coding): Promise<CubeCounts | null> {
    const before = this.last;
    this.last = filters;
    const c = conditions(this.context, filters);
    const usable = (d: Dim) => d !== 'time' || c.cubeTime !== null;
    // A cube already built for the other dimensions' filters answers whichever state came before (a state answered
    // from the query cache never reaches the engine); else the one dimension that changed gets one.
    const built = this.cubes.find((cube) => usable(cube.a) && cube.key === this.keyOf(cube.a, c, coding));
    const changed = before ? activeDimension(before, filters) : null;
    const a = built?.a ?? (changed !== null && usable(changed) ? changed : null);
    if (a === null) return null;
    const cube = built ?? (await this.cubeFor(a, c, coding));
    const active = a === 'time' ? c.cubeTime! : c[a];
    const read = cubeReadSql(a, active, cube.name);
    // One round trip: the reads are tiny, and each query to a worker costs a message each way.
    const parts = [['own', read.own], ['all', read.all], ...read.others.map((o) => [o.x, o.sql])];
    const rows = await this.run(parts.map(([k, sql]) => `SELECT '${k}' AS k, * FROM (${sql})`).join(' UNION ALL BY NAME '));
    const rowsOf = (k: string) => rows.filter((row) => row.k === k);
    const [ownRows, allRows, otherRows] = [rowsOf('own'), rowsOf('all'), read.others.map((o) => rowsOf(o.x))];
    const out: CubeCounts = { places: new Map(), topicSets: [], buckets: new Map(), n: 0, s: 0 };
    const fill = (x: Dim, rows: ReadonlyArray<Record<string, unknown>>) => {
      for (const row of rows) {
        const num = (k: string) => Number(row[k] ?? 0);
        if (x === 'places') out.places.set(num('p'), { n: num('n'), s: num('s'), g1: num('g1'), g2: num('g2'), g3: num('g3') });
        else if (x === 'topics') out.topicSets.push({ tb: row.tb, n: num('n') });
        else out.buckets.set(num('b'), { ...(out.buckets.get(num('b')) ?? { an: 0, as: 0 }), n: num('n') });
      }
    };
    fill(a, ownRows);
    read.others.forEach((o, i) => fill(o.x, otherRows[i]));
    for (const row of allRows) {
      const b = Number(row.b);
      const entry = out.buckets.get(b) ?? { n: 0, an: 0, as: 0 };
      out.buckets.set(b, { ...entry, an: Number(row.n), as: Number(row.s) });
      out.n += Number(row.n);
      out.s += Number(row.s);
    }
    return out;
  }
}
