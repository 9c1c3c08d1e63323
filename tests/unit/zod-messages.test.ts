import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { parseDataset, parseDatasetText } from '../../src/core/dataset/parse-dataset';
import { embedFiltersSchema } from '../../src/core/embed/protocol';
import { englishMessage } from '../../src/core/zod-messages';
import { BAD_DATASETS } from '../fixtures/bad-dataset-cases';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const small: Json = JSON.parse(readFileSync(new URL('../fixtures/small-dataset.json', import.meta.url), 'utf8'));
const english = en().localeError;

/** Every issue worded while `run` goes, with zod's own English wording of it beside ours. */
function worded(run: () => void) {
  const seen: Array<{ code: string; ours: string; zods: string }> = [];
  z.config({
    localeError: (issue) => {
      const ours = englishMessage(issue);
      const zods = english(issue);
      seen.push({ code: issue.code, ours, zods: typeof zods === 'string' ? zods : (zods?.message ?? '') });
      return ours;
    },
  });
  try {
    run();
  } finally {
    z.config({ localeError: englishMessage });
  }
  return seen;
}

function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, Json>)[key], [...prefix, key])]);
}

const edge = fc.constantFrom<Json>('', ' a', 'x'.repeat(129), 'y'.repeat(501), 'Seoul', '2023-02-29', '1899-12-31', 'week', 0, -1, 1.5, 11, -181, 91, 1e308, true, null, [], {}, [{}], { extra: 1 });

/** small-dataset.json with one value replaced, one key dropped or one key added, somewhere. */
const mutated = fc.record({ pick: fc.nat(), change: fc.nat({ max: 2 }), value: fc.oneof(edge, fc.jsonValue() as fc.Arbitrary<Json>) }).map(({ pick, change, value }) => {
  const copy: Json = JSON.parse(JSON.stringify(small));
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length];
  const parent = path.slice(0, -1).reduce<any>((node, part) => node[part], copy);
  const last = path[path.length - 1];
  if (change === 0) parent[last] = value;
  else if (change === 1 && !Array.isArray(parent)) delete parent[last];
  else if (!Array.isArray(parent)) parent.unexpected = value;
  return copy;
});

describe('englishMessage', () => {
  it('words every problem in the bad datasets as zod does in English', () => {
    const seen = worded(() => {
      for (const bad of BAD_DATASETS.filter((b) => b.kind !== 'enormous')) parseDatasetText(bad.text());
    });
    expect(seen.filter((s) => s.ours !== s.zods)).toEqual([]);
    expect([...new Set(seen.map((s) => s.code))]).toEqual(expect.arrayContaining(['invalid_type', 'too_big', 'too_small', 'invalid_value']));
  });

  it('words every problem in randomly changed datasets as zod does in English', () => {
    const seen = worded(() => fc.assert(fc.property(mutated, (data) => void parseDataset(data)), { numRuns: 400, seed: 20261123 }));
    expect(seen.filter((s) => s.ours !== s.zods)).toEqual([]);
    expect(seen.length).toBeGreaterThan(100);
  });

  it.each<[string, unknown]>([
    ['unknown keys', { places: [], extra: 1, more: 2 }],
    ['one unknown key', { topics: [], extra: 1 }],
    ['a class instance', { places: new Date(0), topics: Object.create(null) }],
    ['NaN and Infinity', { places: [NaN], topics: [Infinity] }],
    ['ids that are not ids', { places: ['Seoul', ''], event: 'x'.repeat(200) }],
    ['too many ids', { places: Array.from({ length: 201 }, (_, i) => `p${i}`) }],
    ['dates that are not dates', { from: '2023-02-30', to: 20230101 }],
  ])('words filters from a host with %s as zod does in English', (_, data) => {
    const seen = worded(() => void embedFiltersSchema.safeParse(data).error?.issues.map((issue) => issue.message));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.ours !== s.zods)).toEqual([]);
  });
});
