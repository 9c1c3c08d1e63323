import crossfilter from 'crossfilter2';
import type { Dataset } from '../src/core/dataset/schema';
import { buildIndex, dayNumber, queryIndex } from '../src/core/filters/event-index';
import type { Filters } from '../src/core/filters/filters';
import { summarize, type Timing } from './stats';


/** Our index: one full pass per change, every panel's counts at once. */
export function timeOurs(dataset: Dataset, sequence: ReadonlyArray<Filters>): { build: number; timing: Timing; checksum: number } {
  const t0 = performance.now();
  const index = buildIndex(dataset);
  const build = performance.now() - t0;
  let checksum = 0;
  for (const filters of sequence.slice(0, 5)) checksum += queryIndex(index, filters).all.length; // warm-up
  checksum = 0;
  const samples: number[] = [];
  for (const filters of sequence) {
    const start = performance.now();
    const result = queryIndex(index, filters);
    samples.push(performance.now() - start);
    checksum += result.all.length + result.topicCount[0] + result.placeCount[0] + result.bucketCount[0];
  }
  return { build, timing: summarize(samples), checksum };
}

/**
 * crossfilter2 on the same data and the same queries: a dimension per
 * filter (places, topics as an array dimension, time by overlap), groups for
 * the same counts, and the filtered records. Only the dimensions whose filter
 * changed are re-filtered, which is crossfilter's design.
 */
export function timeCrossfilter(dataset: Dataset, sequence: ReadonlyArray<Filters>): { build: number; timing: Timing; checksum: number } {
  const t0 = performance.now();
  const index = buildIndex(dataset);
  type Row = { i: number; place: number; topics: number[]; start: number; end: number; bucket: number; score: number; precision: number };
  const rows: Row[] = new Array(index.n);
  for (let i = 0; i < index.n; i += 1) {
    const topics: number[] = [];
    for (let t = 0; t < index.topicIds.length; t += 1) if (index.topics[i * index.words + (t >>> 5)] & (1 << (t & 31))) topics.push(t);
    rows[i] = { i, place: index.place[i], topics, start: index.start[i], end: index.end[i], bucket: index.bucket[i], score: index.score[i], precision: index.precision[i] };
  }
  const cf = crossfilter(rows);
  const placeDim = cf.dimension((r) => r.place);
  const topicDim = cf.dimension((r) => r.topics, true);
  const timeDim = cf.dimension((r) => r.i);
  type PlaceValue = { count: number; score: number; p1: number; p2: number; p3: number };
  const placeGroup = placeDim.group<number, PlaceValue>().reduce(
    (v: PlaceValue, r: Row) => { v.count += 1; v.score += r.score; if (r.precision === 1) v.p1 += 1; else if (r.precision === 2) v.p2 += 1; else v.p3 += 1; return v; },
    (v: PlaceValue, r: Row) => { v.count -= 1; v.score -= r.score; if (r.precision === 1) v.p1 -= 1; else if (r.precision === 2) v.p2 -= 1; else v.p3 -= 1; return v; },
    () => ({ count: 0, score: 0, p1: 0, p2: 0, p3: 0 }),
  );
  const topicGroup = topicDim.group();
  const bucketGroup = timeDim.group((i) => rows[i as number].bucket);
  const build = performance.now() - t0;

  const key = (list: ReadonlyArray<string>) => list.join(',');
  let previous: Filters = { places: [], topics: [], from: null, to: null };
  const apply = (filters: Filters) => {
    if (key(filters.places) !== key(previous.places)) {
      if (filters.places.length === 0) placeDim.filterAll();
      else {
        const wanted = new Set(filters.places.map((id) => index.placeIds.indexOf(id)));
        placeDim.filterFunction((p) => wanted.has(p as number));
      }
    }
    if (key(filters.topics) !== key(previous.topics)) {
      if (filters.topics.length === 0) topicDim.filterAll();
      else {
        const wanted = new Set(filters.topics.map((id) => index.topicIds.indexOf(id)));
        topicDim.filterFunction((t) => wanted.has(t as number));
      }
    }
    if (filters.from !== previous.from || filters.to !== previous.to) {
      if (filters.from === null && filters.to === null) timeDim.filterAll();
      else {
        const from = filters.from === null ? -Infinity : dayNumber(filters.from);
        const to = filters.to === null ? Infinity : dayNumber(filters.to);
        timeDim.filterFunction((i) => rows[i as number].end >= from && rows[i as number].start <= to);
      }
    }
    previous = filters;
    const all = cf.allFiltered();
    return all.length + (topicGroup.all()[0]?.value as number) + ((placeGroup.all()[0]?.value as PlaceValue | undefined)?.count ?? 0) + (bucketGroup.all()[0]?.value as number);
  };
  for (const filters of sequence.slice(0, 5)) apply(filters); // warm-up
  apply({ places: [], topics: [], from: null, to: null });
  let checksum = 0;
  const samples: number[] = [];
  for (const filters of sequence) {
    const start = performance.now();
    checksum += apply(filters);
    samples.push(performance.now() - start);
  }
  return { build, timing: summarize(samples), checksum };
}
