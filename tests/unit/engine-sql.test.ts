import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { openTable, writeParquet } from '../../pipeline/duckdb/duck';
import type { Dataset, ThawEvent } from '../../src/core/dataset/schema';
import { eventOfRow, parseMeta, rowOfEvent, tableOfDataset } from '../../src/core/engine/event-table';
import { Cubes, activeDimension } from '../../src/core/engine/cubes';
import { BROWSER_ROWS, engineForRows, MEMORY_ROWS } from '../../src/core/engine/engine';
import { engineEvents, enginePanel, eventOfTableRow, eventSql, LIST_PAGE, type SqlRun, type TableContext } from '../../src/core/engine/panel-sql';
import { buildIndex } from '../../src/core/filters/event-index';
import type { Filters } from '../../src/core/filters/filters';
import { panelData, type PanelData } from '../../src/core/filters/panel-data';
import { lookupsOf } from '../../src/core/dataset/lookups';
import { makeEvent } from './make-event';

const TOPICS = ['thaad', 'trade', 'culture', 'north-korea', 'chips'].map((id) => ({ id, label: id, description: id }));

/** Texts that look like the packed column's own marks (lengths, colons, dashes) or count differently in code points and UTF-16. */
const TRICKY: Array<(event: ThawEvent) => ThawEvent> = [
  (event) => ({ ...event, sources: [{ sourceId: 'synthetic', note: '3:abc-12:-\u001f, "quoted"\nnext line' }], actors: [{ name: 'A: B - C', role: 'source', country: 'KR' }] }),
  (event) => ({ ...event, title: '😀 Seoul–Beijing 會談', sources: [{ sourceId: 'synthetic', note: '😀😀 e\u0301 한국어' }], machine: { system: 'acled', id: '-' } }),
  (event) => ({ ...event, sources: [{ sourceId: 'synthetic', note: '' }], kind: { ...event.kind, label: '-' }, machine: { ...event.machine!, url: 'https://news.example/a-b:c?d=1,2', mentions: 0 } }),
];

/** Machine-coded events with every shape the table must carry: no place, month and year dates, end dates. */
function dataset(): Dataset {
  const base = syntheticDataset({ events: 3000, places: 40, seed: 7, topics: TOPICS, machine: true });
  const events = base.events.map((event, i): ThawEvent => {
    const tricky = TRICKY[i - 11];
    if (tricky) return tricky(event);
    if (i % 97 !== 0) return event;
    const { placeId: _p, geoPrecision: _g, ...rest } = event;
    return rest;
  });
  return { ...base, events };
}

/** A dataset written as Parquet to a fresh folder and opened in DuckDB, as data:import and serve:data do. */
async function tableOf(data: Dataset, prefix: string): Promise<{ dir: string; table: { run: SqlRun; context: TableContext } }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const stored = tableOfDataset(data);
  if ('reasons' in stored) throw new Error(stored.reasons.join('; '));
  await writeParquet(stored.rows, stored.meta, join(dir, 'events.parquet'));
  return { dir, table: await openTable(join(dir, 'events.parquet')) };
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 9));

/** Compares an engine's panel data with the in-memory index's, field by field. */
function expectSame(engine: PanelData, memory: PanelData) {
  expect(engine.count).toBe(memory.count);
  expect(engine.places.map((p) => [p.place.id, p.count, p.byPrecision])).toEqual(memory.places.map((p) => [p.place.id, p.count, p.byPrecision]));
  engine.places.forEach((p, i) => close(p.meanScore, memory.places[i].meanScore));
  expect(engine.topics.map((t) => [t.topic.id, t.count])).toEqual(memory.topics.map((t) => [t.topic.id, t.count]));
  expect(engine.timeline).toEqual(memory.timeline);
  expect(engine.thaw.n).toBe(memory.thaw.n);
  close(engine.thaw.mean, memory.thaw.mean);
  expect(engine.thaw.band).toBe(memory.thaw.band);
  expect(engine.thaw.change?.k).toBe(memory.thaw.change?.k);
  close(engine.thaw.change?.delta ?? null, memory.thaw.change?.delta ?? null);
  expect(engine.series.per).toBe(memory.series.per);
  expect(engine.series.points.map((p) => [p.id, p.date])).toEqual(memory.series.points.map((p) => [p.id, p.date]));
  engine.series.points.forEach((p, i) => {
    close(p.score, memory.series.points[i].score);
    close(p.rolling, memory.series.points[i].rolling);
  });
  expect(engine.list).toEqual(memory.list.slice(0, LIST_PAGE));
}

describe('the DuckDB engine answers as the in-memory index does', () => {
  const data = dataset();
  let dir: string;
  let table: { run: SqlRun; context: TableContext };
  const index = buildIndex(data);
  const lookups = lookupsOf(data, index);
  const memory = (filters: Filters) => panelData(index, { events: data.events, places: data.places, topicOrder: lookups.topicOrder }, filters);

  beforeAll(async () => {
    ({ dir, table } = await tableOf(data, 'engine-sql-'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the same bubble scale and topic order', () => {
    expect(table.context.count).toBe(data.events.length);
    expect(table.context.scaleMax).toBe(lookups.scaleMax);
    expect(table.context.topicOrder.map((t) => t.id)).toEqual(lookups.topicOrder.map((t) => t.id));
  });

  const p = (i: number) => `p${i}`;
  it.each<[string, Filters]>([
    ['no filter', { places: [], topics: [], from: null, to: null }],
    ['one place', { places: [p(0)], topics: [], from: null, to: null }],
    ['two places and a topic', { places: [p(1), p(3)], topics: ['trade'], from: null, to: null }],
    ['a topic', { places: [], topics: ['culture'], from: null, to: null }],
    ['two topics', { places: [], topics: ['chips', 'thaad'], from: null, to: null }],
    ['a range', { places: [], topics: [], from: '2015-03-01', to: '2019-06-30' }],
    ['an open-ended range', { places: [], topics: [], from: '2024-01-01', to: null }],
    ['everything at once', { places: [p(0), p(2)], topics: ['trade', 'north-korea'], from: '2010-01-01', to: '2022-12-31' }],
    ['a range with few events (per-event trend)', { places: [p(5)], topics: ['chips'], from: '2020-01-01', to: '2020-12-31' }],
    ['a range with no events', { places: [], topics: [], from: '1950-01-01', to: '1950-12-31' }],
    ['a place the data does not have', { places: ['nowhere'], topics: [], from: null, to: null }],
  ])('%s', async (_name, filters) => {
    const expected = memory(filters);
    expectSame(await enginePanel(table.run, table.context, filters, 'all'), expected);
    // What an export holds: every event that passes, newest first, as the page's own list has them.
    expect(await engineEvents(table.run, table.context, filters, 'all')).toEqual(expected.list);
  });

  it('answers from cubes of the dimension being clicked as it does from the events, step by step', async () => {
    const asked: string[] = [];
    const run: SqlRun = (sql) => (asked.push(sql), table.run(sql));
    const cubes = new Cubes(run, table.context, { keep: 3 });
    const none: Filters = { places: [], topics: [], from: null, to: null };
    const steps: Filters[] = [
      none,
      { ...none, places: [p(0)] },
      { ...none, places: [p(0), p(4)] },
      { ...none, places: [p(7)] },
      { ...none, places: [p(7)], topics: ['trade'] },
      { ...none, places: [p(7)], topics: ['trade', 'chips'] },
      { ...none, places: [p(7)], topics: ['culture'] },
      // The brush: ranges on year bounds (a time cube), then one typed to the day (counted from the events).
      { places: [p(7)], topics: ['culture'], from: '2015-01-01', to: '2019-12-31' },
      { places: [p(7)], topics: ['culture'], from: '2016-01-01', to: '2019-12-31' },
      { places: [p(7)], topics: ['culture'], from: '2016-01-01', to: null },
      { places: [p(7)], topics: ['culture'], from: '2016-03-15', to: null },
      // Back to places under a topic and a range.
      { places: [p(1)], topics: ['culture'], from: '2016-03-15', to: null },
      { places: [], topics: ['culture'], from: '2016-03-15', to: null },
      // Two dimensions at once (counted from the events), then a place nobody has.
      { places: [p(2)], topics: [], from: '2016-03-15', to: null },
      { places: ['nowhere'], topics: [], from: '2016-03-15', to: null },
    ];
    const fromCube: boolean[] = [];
    for (const filters of steps) {
      asked.length = 0;
      expectSame(await enginePanel(run, table.context, filters, 'all', cubes), memory(filters));
      fromCube.push(!asked.some((sql) => sql.includes('GROUPING SETS')));
    }
    // Every step that changes one dimension (a range only on bucket bounds) is read from a cube; the rest from the events.
    expect(fromCube).toEqual([false, true, true, true, true, true, true, true, true, true, false, true, true, false, true]);
    // A cube built ahead of the first click answers it, and any later state its other filters fit, whatever came before
    // (a state answered from the page's query cache never reaches the engine).
    const ahead = new Cubes(run, table.context, { keep: 3 });
    await ahead.prepare('topics', none, 'all');
    for (const filters of [{ ...none, topics: ['thaad'] }, { ...none, places: [p(1)], topics: ['chips'] }, { ...none, topics: ['chips', 'culture'] }]) {
      asked.length = 0;
      expectSame(await enginePanel(run, table.context, filters, 'all', ahead), memory(filters));
      fromCube.push(!asked.some((sql) => sql.includes('GROUPING SETS')));
    }
    expect(fromCube.slice(-3)).toEqual([true, false, true]);
  }, 60_000);

  it('builds the other panels\' cubes once the reader pauses, and gives way to a question that comes meanwhile', async () => {
    const asked: string[] = [];
    const run: SqlRun = (sql) => (asked.push(sql), table.run(sql));
    const cubes = new Cubes(run, table.context, { anticipate: 20 });
    const none: Filters = { places: [], topics: [], from: null, to: null };
    const grouped = () => asked.filter((sql) => sql.includes('GROUP BY'));
    await cubes.prepare('places', none, 'all');
    const place = { ...none, places: [p(3)] };
    expectSame(await enginePanel(run, table.context, place, 'all', cubes), memory(place));
    asked.length = 0;
    // The pause: the topics and time cubes for place 3 are built (three queries each), so the first topic click reads
    // one and counts nothing.
    await vi.waitFor(() => expect(grouped().length).toBe(6), { timeout: 10_000 });
    asked.length = 0;
    const topic = { ...place, topics: ['trade'] };
    expectSame(await enginePanel(run, table.context, topic, 'all', cubes), memory(topic));
    expect(grouped()).toEqual([]);
    // A question while the cubes are being built ahead: answered right, and the building stops.
    const busy = new Cubes(run, table.context, { anticipate: 0 });
    await busy.prepare('places', none, 'all');
    expectSame(await enginePanel(run, table.context, place, 'all', busy), memory(place));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const range = { ...place, from: '2016-01-01', to: null };
    expectSame(await enginePanel(run, table.context, range, 'all', busy), memory(range));
  }, 60_000);

  it('shows no event when curated ones are asked of a table of machine-coded ones', async () => {
    const panel = await enginePanel(table.run, table.context, { places: [], topics: [], from: null, to: null }, 'curated');
    expect(panel.count).toBe(0);
    expect(panel.list).toEqual([]);
  });

  it('gives back every field of an event whatever its text: marks of the packed column, characters outside the BMP, missing values', async () => {
    for (const event of data.events.slice(11, 11 + TRICKY.length)) {
      const [row] = await table.run(eventSql(event.id));
      expect(eventOfTableRow(row)).toEqual(event);
    }
  });

  it('finds one event by id, and none for an unknown id or a quote in it', async () => {
    const [row] = await table.run(eventSql(data.events[10].id));
    expect(eventOfTableRow(row)).toEqual(data.events[10]);
    expect(await table.run(eventSql("x' OR '1'='1"))).toEqual([]);
  });
});

describe('the DuckDB engine with more topics than 32 bits hold', () => {
  const topics = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}`, description: `Topic ${i}.` }));
  const data = syntheticDataset({ events: 1500, places: 12, seed: 11, topics, machine: true });
  const index = buildIndex(data);
  const lookups = lookupsOf(data, index);
  const memory = (filters: Filters) => panelData(index, { events: data.events, places: data.places, topicOrder: lookups.topicOrder }, filters);
  let dir: string;
  let table: { run: SqlRun; context: TableContext };
  beforeAll(async () => {
    ({ dir, table } = await tableOf(data, 'engine-topics-'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the topics past the 32nd, from the events and from a cube', async () => {
    const none: Filters = { places: [], topics: [], from: null, to: null };
    // The synthetic events use topics on both sides of bit 32.
    expect(memory(none).topics.filter((t) => t.count > 0 && Number(t.topic.id.slice(1)) >= 32).length).toBeGreaterThan(0);
    const cubes = new Cubes(table.run, table.context);
    await cubes.prepare('places', none, 'all');
    for (const filters of [none, { ...none, topics: ['t35'] }, { ...none, places: ['p1'] }]) {
      expect((await enginePanel(table.run, table.context, filters, 'all')).topics).toEqual(memory(filters).topics);
      expect((await enginePanel(table.run, table.context, filters, 'all', cubes)).topics).toEqual(memory(filters).topics);
    }
  }, 60_000);
});

describe('activeDimension', () => {
  const none: Filters = { places: [], topics: [], from: null, to: null };
  it.each<[string, Filters, Filters, string | null]>([
    ['a place added', none, { ...none, places: ['a'] }, 'places'],
    ['a topic removed', { ...none, topics: ['x', 'y'] }, { ...none, topics: ['x'] }, 'topics'],
    ['the range moved', { ...none, from: '2020-01-01' }, { ...none, from: '2021-01-01' }, 'time'],
    ['nothing changed', none, none, null],
    ['two dimensions changed', none, { ...none, places: ['a'], topics: ['x'] }, null],
  ])('%s', (_name, before, after, expected) => expect(activeDimension(before, after)).toBe(expected));
});

describe('event rows', () => {
  it('turn a machine-coded event into a row and back unchanged', () => {
    const event = dataset().events[3];
    const result = rowOfEvent(event);
    expect('row' in result && eventOfRow(result.row)).toEqual(event);
  });

  it('refuse a curated event, naming it', () => {
    expect(rowOfEvent(makeEvent({ id: 'quoted' }))).toEqual({ reason: expect.stringContaining('"quoted" is curated') });
  });

  it.each([
    [null, 'no "thaw-monitor" metadata'],
    ['{', 'not JSON'],
    ['{"schemaVersion":2}', 'not schema version 1'],
    ['{"schemaVersion":1,"places":[{"id":"a"}],"topics":[],"sources":[]}', 'places: expected'],
    [JSON.stringify({ schemaVersion: 1, places: [], topics: Array.from({ length: 65 }, (_, i) => ({ id: `t${i}`, label: 't' })), sources: [] }), 'at most 64 topics'],
  ])('refuse metadata %#: %s', (text, message) => {
    expect(parseMeta(text)).toEqual({ reason: expect.stringContaining(message) });
  });
});

describe('engineForRows', () => {
  it.each([
    [0, 'memory'],
    [MEMORY_ROWS, 'memory'],
    [MEMORY_ROWS + 1, 'duckdb-wasm'],
    [BROWSER_ROWS, 'duckdb-wasm'],
    [BROWSER_ROWS + 1, 'too-large'],
  ])('%i events: %s', (rows, engine) => expect(engineForRows(rows)).toBe(engine));
});
