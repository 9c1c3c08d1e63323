/**
 * npm run bench: builds the app, measures it, prints tables and writes
 * bench/results.json. Not part of npm test. See the Performance section of
^ * docs/performance.md. `BENCH_ONLY=filter,browser,bundle,lighthouse` runs a subset.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Dataset } from '../src/core/dataset/schema';
import { firstTapOnPhone, measureInBrowser, type BrowserFigures } from './browser';
import { bundleSizes } from './bundle';
import { filterSequence } from './filter-sequence';
import { timeCrossfilter, timeOurs } from './filter-compute';
import { lighthouseMedian } from './lighthouse';
import { renderReport, withReport, type BenchResults } from './report';
import { syntheticDataset } from './synthetic';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const PORT = 4183;
const base = `http://127.0.0.1:${PORT}`;
const only = new Set((process.env.BENCH_ONLY ?? 'filter,browser,bundle,lighthouse').split(','));
const shipped: Dataset = JSON.parse(readFileSync(resolve(root, 'public/data/events.json'), 'utf8'));
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024, 1);

const previous = (() => {
  try {
    return JSON.parse(readFileSync(resolve(root, 'bench/results.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
const results: Record<string, unknown> = {
  ...previous,
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 1), node: process.version, chromium: chromiumVersion() },
  measuredAt: new Date().toISOString(),
};

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

if (only.has('browser') || only.has('bundle') || only.has('lighthouse')) {
  console.log('\nBuilding the production bundle…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

if (only.has('bundle')) {
  const chunks = bundleSizes(dist);
  const total = (kind: 'js' | 'css') => kb(chunks.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.gzip, 0));
  console.log('\nBundle: each chunk, gzip level 9');
  console.table(chunks.map((c) => ({ file: c.file, kB: kb(c.bytes), gzipKB: kb(c.gzip) })));
  console.log(`JS total ${total('js')} kB gzip, CSS total ${total('css')} kB gzip`);
  results.bundle = { chunks: chunks.map((c) => ({ ...c, kB: kb(c.bytes), gzipKB: kb(c.gzip) })), jsGzipKB: total('js'), cssGzipKB: total('css') };
}

if (only.has('browser') || only.has('lighthouse')) {
  // A synthetic dataset served by the same preview server, outside what the app ships.
  mkdirSync(resolve(dist, 'bench-data'), { recursive: true });
  // Compressed ahead of time beside the file, as a static host serves a large file (see scripts/precompressed.ts).
  writeSynthetic(resolve(dist, 'bench-data/events-100k.json'));
  // The dataset made for the file is garbage now: collected here rather than by the runtime in the middle of a measurement.
  (globalThis as { gc?: () => void }).gc?.();
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
  try {
    await waitFor(base);
    if (only.has('browser')) {
      const figures: BrowserFigures[] = [];
      for (const [label, query] of [['shipped dataset', ''], ['100k synthetic', '?data=/bench-data/events-100k.json']] as const) {
        console.log(`\nChromium, ${label}…`);
        figures.push(await measureInBrowser(base, label, query));
      }
      console.table(
        figures.map((f) => ({
          dataset: f.label,
          events: f.events,
          readyMs: f.readyMs,
          interactiveMs: f.interactiveMs,
          topicP50: round(f.clickToPaint.topic.median, 1),
          topicP95: round(f.clickToPaint.topic.p95, 1),
          placeP50: round(f.clickToPaint.place.median, 1),
          placeP95: round(f.clickToPaint.place.p95, 1),
          brushP50: round(f.clickToPaint.brushStep.median, 1),
          brushP95: round(f.clickToPaint.brushStep.p95, 1),
          dragLongFrames: `${f.brushDrag.longFrames} of ${f.brushDrag.frames}`,
          dragLongestMs: f.brushDrag.longestMs,
          mapMarkers: f.map.markers,
          mapDomNodes: f.map.domNodes,
          eventRows: f.eventRows,
        })),
      );
      results.browser = figures;
    }
    if (only.has('browser')) {
      console.log('\nChromium, a phone: the first tap on the first view…');
      const firstTap = await firstTapOnPhone(base);
      console.table([{ ...firstTap, tapToPaintRunsMs: firstTap.tapToPaintRunsMs.join(', ') }]);
      results.firstTap = firstTap;
    }
    if (only.has('lighthouse')) {
      console.log('\nLighthouse, mobile preset, shipped dataset, median of 3…');
      const figures = await lighthouseMedian(`${base}/`, 3);
      console.table([{ ...figures, runs: figures.runs.length }]);
      results.lighthouse = figures;
    }
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

// Last: at 1,000,000 events this process holds gigabytes, and collecting them would take one of the two cores from the
// browser being measured.
if (only.has('filter')) {
  console.log('\nFilter compute: 50 filter changes, ours (typed-array index) against crossfilter2, same data and queries');
  const rows: Array<Record<string, number>> = [];
  for (const size of [100_000, 1_000_000]) {
    const dataset = syntheticDataset({ events: size, places: 200, seed: 1, topics: shipped.topics });
    const sequence = filterSequence(dataset);
    const ours = timeOurs(dataset, sequence);
    const theirs = timeCrossfilter(dataset, sequence);
    if (ours.checksum !== theirs.checksum) throw new Error(`results differ at ${size}: ${ours.checksum} vs ${theirs.checksum}`);
    rows.push({
      events: size,
      oursMedianMs: round(ours.timing.median),
      oursP95Ms: round(ours.timing.p95),
      crossfilterMedianMs: round(theirs.timing.median),
      crossfilterP95Ms: round(theirs.timing.p95),
      ratioMedian: round(ours.timing.median / theirs.timing.median),
      ratioP95: round(ours.timing.p95 / theirs.timing.p95),
      oursBuildMs: round(ours.build, 0),
      crossfilterBuildMs: round(theirs.build, 0),
    });
  }
  console.table(rows);
  results.filterCompute = rows;
}

writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const readmePath = resolve(root, 'docs/performance.md');
const report = renderReport(results as BenchResults);
writeFileSync(readmePath, withReport(readFileSync(readmePath, 'utf8'), report));
console.log(`\n${report}\n\nWrote bench/results.json and the Performance table of docs/performance.md.`);

function writeSynthetic(path: string) {
  const synthetic = JSON.stringify(syntheticDataset({ events: 100_000, places: 200, seed: 1, topics: shipped.topics }));
  writeFileSync(path, synthetic);
  writeFileSync(`${path}.gz`, gzipSync(synthetic));
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not start`);
}
