import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { syntheticDataset } from '../../bench/synthetic';
import { isCanonicalEvent, isCanonicalFrame } from '../../src/core/dataset/canonical-event';
import { parseDataset, readDataset } from '../../src/core/dataset/parse-dataset';
import { datasetSchema, eventSchema, type Dataset } from '../../src/core/dataset/schema';
import { z } from 'zod/mini';
import { makeEvent } from './make-event';
import { readAcled } from '../../src/core/import/acled';
import { readGdelt } from '../../src/core/import/gdelt';
import { assembleImport } from '../../src/core/import/import-result';
import { acledFixture, gdeltFixture } from '../../scripts/make-import-fixtures';

const shipped: Dataset = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8'));
const synthetic = syntheticDataset({ events: 40, places: 10, seed: 7, topics: shipped.topics }).events;
/** Machine-coded rows, as the GDELT and ACLED imports make them. */
const imported = assembleImport([readGdelt(gdeltFixture().text, 'g.tsv'), readAcled(acledFixture().text, 'a.csv')], '2026-12-04', 'test').dataset.events;
/** Rows the schema accepts as they are: the shipped events, synthetic ones (some with an endDate), machine-coded ones and a minimal one. */
const corpus: unknown[] = JSON.parse(JSON.stringify([...shipped.events, ...synthetic, ...imported, makeEvent()]));

/** What a zod schema says of a value: accepted unchanged, accepted with changes (a trim, a dropped key), or refused. */
function verdictOf(schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, value: unknown): 'unchanged' | 'changed' | 'refused' {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return 'refused';
  try {
    expect(parsed.data).toStrictEqual(value);
    return 'unchanged';
  } catch {
    return 'changed';
  }
}

const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root excluded. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

/** Values near the schema's edges: lengths, ranges, calendar days, codes, whitespace. */
const edgeValue: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  '', ' ', 'a', ' a', 'a ', '\u00a0a', 'a\n', 'x'.repeat(128), 'x'.repeat(129), 'y'.repeat(500), 'y'.repeat(501),
  'Seoul', 'seoul', 'Se oul', '-a', 'a-', 'KR', 'kr', 'KOR', '042', '04', '04a', '12345',
  '2023-02-28', '2023-02-29', '2024-02-29', '1900-01-01', '1899-12-31', '2100-12-31', '2101-01-01', '2020-1-01', '2020-01-01 ',
  'day', 'month', 'year', 'week', 'held', 'scheduled', 'proposed', 'cancelled',
  0, -0, 1, 2, 3, 4, 1.5, -1, 10, -10, 10.0001, -10.0001, 90, 1e308, -1e308, 2 ** 53, 2 ** 53 - 1,
  true, false, null, [], {}, [{}],
);

/** One change to one place in a value of `values`: a new value, a deleted key, an extra key. */
const mutationOf = (values: unknown[]) => fc
  .record({ row: fc.constantFrom(...values), pick: fc.nat(), change: fc.nat({ max: 3 }), value: fc.oneof(edgeValue, fc.jsonValue() as fc.Arbitrary<Json>), key: fc.oneof(fc.constantFrom('note', 'endDate', 'extra', '__proto__'), fc.string()) })
  .map(({ row, pick, change, value, key }) => {
    const copy = clone(row) as Record<string, unknown>;
    const paths = pathsOf(copy);
    const path = paths[pick % paths.length];
    const parentPath = path.slice(0, -1);
    const parent = parentPath.reduce<any>((node, part) => node[part], copy);
    const last = path[path.length - 1];
    if (change === 0 || change === 3) parent[last] = value;
    else if (change === 1 && !Array.isArray(parent)) delete parent[last];
    else if (change === 1) parent.splice(Number(last), 1);
    else if (typeof parent === 'object' && !Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
    return copy as unknown;
  });
const mutated = mutationOf(corpus);

describe('isCanonicalEvent, the fast path of dataset validation', () => {
  it('accepts every row of the shipped and synthetic data, which the schema returns unchanged', () => {
    for (const row of corpus) {
      expect(verdictOf(eventSchema, row)).toBe('unchanged');
      expect(isCanonicalEvent(row)).toBe(true);
    }
  });

  it.each<[string, (row: any) => void]>([
    ['an unknown key', (row) => void (row.extra = 1)],
    ['a missing key', (row) => void delete row.title],
    ['a title with a space to trim', (row) => void (row.title = ' An event')],
    ['an empty title', (row) => void (row.title = '')],
    ['an id in capitals', (row) => void (row.id = 'E1')],
    ['a day not in the calendar', (row) => void (row.date = '2023-02-29')],
    ['a day outside the range', (row) => void (row.date = '1899-12-31')],
    ['an end before the start', (row) => void (row.endDate = '2019-12-31')],
    ['an unknown status', (row) => void (row.status = 'rumoured')],
    ['a geoPrecision of 4', (row) => void (row.geoPrecision = 4)],
    ['a place without a geoPrecision', (row) => void delete row.geoPrecision],
    ['a geoPrecision without a place', (row) => void delete row.placeId],
    ['a score over 10', (row) => void (row.thaw.score = 10.5)],
    ['a fractional count of sentences', (row) => void (row.thaw.components.sentences = 1.5)],
    ['no source', (row) => void (row.sources = [])],
    ['a source with an unknown key', (row) => void (row.sources[0].page = 3)],
    ['a topic mentioned zero times', (row) => void (row.topics = [{ id: 'trade', mentions: 0, evidence: [] }])],
    ['an actor with a lower-case country', (row) => void (row.actors = [{ name: 'A', role: 'r', country: 'kr' }])],
    ['a CAMEO code of letters', (row) => void (row.kind.cameo = 'abc')],
    ['an array', (row) => void Object.setPrototypeOf(row, Array.prototype)],
  ])('refuses %s', (_name, change) => {
    const row = clone(makeEvent()) as Record<string, unknown>;
    change(row);
    expect(isCanonicalEvent(row)).toBe(false);
  });

  it.each<[string, (row: any) => void]>([
    ['a quote missing from an event that is not machine-coded', (row) => void delete row.machine],
    ['an unknown system', (row) => void (row.machine.system = 'icews')],
    ['a negative count of mentions', (row) => void (row.machine.mentions = -1)],
    ['an unknown key in the record', (row) => void (row.machine.weight = 2)],
    ['a record with no id', (row) => void delete row.machine.id],
    ['a source with an empty quote', (row) => void (row.sources[0].quote = '')],
  ])('refuses a machine-coded row with %s', (_name, change) => {
    const row = clone(imported[0]) as Record<string, unknown>;
    expect(isCanonicalEvent(row)).toBe(true);
    change(row);
    expect(isCanonicalEvent(row)).toBe(false);
    expect(verdictOf(eventSchema, row)).not.toBe('unchanged');
  });

  it('accepts an event with no place (a phone call): neither placeId nor geoPrecision', () => {
    const row = clone(makeEvent()) as Record<string, unknown>;
    delete row.placeId;
    delete row.geoPrecision;
    expect(verdictOf(eventSchema, row)).toBe('unchanged');
    expect(isCanonicalEvent(row)).toBe(true);
  });

  it('accepts exactly the rows the schema accepts and returns unchanged, over random changes to real rows', () => {
    const seen = { unchanged: 0, changed: 0, refused: 0 };
    fc.assert(
      fc.property(mutated, (row) => {
        const verdict = verdictOf(eventSchema, row);
        seen[verdict] += 1;
        expect(isCanonicalEvent(row)).toBe(verdict === 'unchanged');
      }),
      { numRuns: 5_000, seed: 20_261_123 },
    );
    // The three outcomes all came up, so the property was tested on each side.
    expect(Math.min(seen.unchanged, seen.changed, seen.refused)).toBeGreaterThan(50);
  });
});

/** The frame of a dataset (all but its events), with a short list of events for the frame check to see as a list. */
const frames: unknown[] = [
  { ...clone(shipped), events: [] },
  { ...clone(shipped), events: [1, 2] },
  { schemaVersion: 1, build: { pipeline: 'x', builtOn: '2024-01-01' }, sources: [], places: [{ id: 'p', name: 'P', nameKo: '피', nameZh: '皮', country: 'KR', lat: 1, lon: 2 }], topics: [], events: [] },
];
const frameSchema = z.extend(datasetSchema, { events: z.array(z.unknown()) });

describe('isCanonicalFrame, the fast path for the rest of a dataset', () => {
  it('accepts exactly the frames the schema accepts and returns unchanged, over random changes to real frames', () => {
    const seen = { unchanged: 0, changed: 0, refused: 0 };
    fc.assert(
      fc.property(mutationOf(frames), (frame) => {
        const verdict = verdictOf(frameSchema, frame);
        seen[verdict] += 1;
        expect(isCanonicalFrame(frame)).toBe(verdict === 'unchanged');
      }),
      { numRuns: 3_000, seed: 20_261_204 },
    );
    expect(Math.min(seen.unchanged, seen.changed, seen.refused)).toBeGreaterThan(30);
  });

  it('reads the shipped dataset without zod, to the very result zod gives', () => {
    const fast = readDataset(clone(shipped), null);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(parseDataset(clone(shipped)));
  });

  it('hands a dataset to zod wherever a frame field or a row needs it, and zod words the problem', () => {
    const padded = { ...clone(shipped), build: { ...shipped.build, pipeline: ' padded ' } };
    expect(readDataset(padded, null)).toBeNull();
    expect(parseDataset(padded)).toMatchObject({ ok: true });
    const badRow = { ...clone(shipped), events: [...clone(shipped.events), { id: 'x' }] };
    expect(readDataset(badRow, null)).toBeNull();
    const result = parseDataset(badRow);
    expect(result.ok && result.warnings.some((w) => w.path.startsWith(`events[${shipped.events.length}]`))).toBe(true);
    const badFrame = { ...clone(shipped), schemaVersion: 2 };
    expect(readDataset(badFrame, null)).toBeNull();
    expect(parseDataset(badFrame)).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion' }] });
  });
});
