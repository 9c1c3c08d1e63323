/**
 * npm run bench: measures, prints a table and writes bench/results.json.
 * Not part of npm test. See the Performance section of the README.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Dataset } from '../src/core/dataset/schema';
import { filterSequence } from './filter-sequence';
import { timeCrossfilter, timeOurs } from './filter-compute';
import { syntheticDataset } from './synthetic';

const root = resolve(import.meta.dirname, '..');
const shipped: Dataset = JSON.parse(readFileSync(resolve(root, 'public/data/events.json'), 'utf8'));
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

const results: Record<string, unknown> = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 1), node: process.version },
  measuredAt: new Date().toISOString(),
};

console.log('Filter compute: 50 filter changes, ours (typed-array index) against crossfilter2, same data and queries');
const filterRows: Array<Record<string, number | string>> = [];
for (const size of [100_000, 1_000_000]) {
  const dataset = syntheticDataset({ events: size, places: 200, seed: 1, topics: shipped.topics });
  const sequence = filterSequence(dataset);
  const ours = timeOurs(dataset, sequence);
  const theirs = timeCrossfilter(dataset, sequence);
  if (ours.checksum !== theirs.checksum) throw new Error(`results differ at ${size}: ${ours.checksum} vs ${theirs.checksum}`);
  const row = {
    events: size,
    oursMedianMs: round(ours.timing.median),
    oursP95Ms: round(ours.timing.p95),
    crossfilterMedianMs: round(theirs.timing.median),
    crossfilterP95Ms: round(theirs.timing.p95),
    ratioMedian: round(ours.timing.median / theirs.timing.median),
    ratioP95: round(ours.timing.p95 / theirs.timing.p95),
    oursBuildMs: round(ours.build, 0),
    crossfilterBuildMs: round(theirs.build, 0),
  };
  filterRows.push(row);
  console.table([row]);
}
results.filterCompute = filterRows;

writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');
