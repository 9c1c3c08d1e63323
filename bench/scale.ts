/**
 * npm run bench:scale: GDELT-shaped events at 100k, 1M and 10M
 * (bench/scale-data.ts), through every engine that can hold them, side by
 * side in one run:
 *
 * - in-memory index: the typed-array index over event objects in one
 *   process (what a JSON dataset uses), per filter change;
 * - crossfilter2, the reference, the same filter changes;
 * - DuckDB-WASM: the production build in Chromium opening the Arrow file,
 *   click-to-paint;
 * - DuckDB server: `npm run serve:data` on the Parquet file, the page
 *   pointed at it with ?data=, click-to-paint.
 *
 * For each: load time, memory, and p50/p95 of a place click, a topic click
 * and a brush step. The node engines are timed per filter change (no page
 * to paint), the browser ones from the click to the second animation frame
 * after the panels have their new numbers. SCALE_SIZES=100000,1000000
 * limits the sizes. Prints a table and writes bench/scale-results.json.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { connect } from '../pipeline/duckdb/duck';
import { eventOfRow, type TableMeta } from '../src/core/engine/event-table';
import { ROW_COLUMNS, toEventRow } from '../src/core/engine/panel-sql';
import { engineForRows } from '../src/core/engine/engine';
import type { Dataset, Topic } from '../src/core/dataset/schema';
import type { Filters } from '../src/core/filters/filters';
import { CHROME_ARGS } from './browser';
import { timeCrossfilter, timeOurs } from './filter-compute';
import { parquetToArrow, scaleMeta, writeScaleParquet } from './scale-data';
import { ENGINE_MEASURE } from '../src/features/dataset/api/panel-query';
import { renderScaleTable, withScaleTable, type ScaleResults, type ScaleRow } from './scale-report';
import { summarize, type Timing } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'bench', '.cache', 'scale');
const SIZES = (process.env.SCALE_SIZES ?? '100000,1000000,10000000').split(',').map(Number);
const PORT = 4190;
const DATA_PORT = 4191;
const WARM_UP = 3;
const SAMPLES = 20;

type Kind = 'place' | 'topic' | 'brush';
type Row = ScaleRow;

const topics: Topic[] = (JSON.parse(readFileSync(join(ROOT, 'public/data/events.json'), 'utf8')) as Dataset).topics;
const meta: TableMeta = scaleMeta(topics);
const rows: Row[] = [];
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function files(n: number) {
  mkdirSync(CACHE, { recursive: true });
  const parquet = join(CACHE, `gdelt-${n}.parquet`);
  const arrow = join(CACHE, `gdelt-${n}.arrow`);
  const connection = await connect();
  if (!existsSync(parquet)) await writeScaleParquet(connection, n, meta, parquet);
  if (engineForRows(n) !== 'too-large' && !existsSync(arrow)) writeFileSync(arrow, await parquetToArrow(connection, parquet, meta));
  return { parquet, arrow: existsSync(arrow) ? arrow : null };
}

/** Filter changes of one kind, as a reader makes them: the busiest places, the topics, the range stepped a bucket at a time. */
function sequences(): Record<Kind, Filters[]> {
  const none: Filters = { places: [], topics: [], from: null, to: null };
  const place = Array.from({ length: WARM_UP + SAMPLES }, (_, i) => ({ ...none, places: [meta.places[i % 5].id] }));
  const topic = Array.from({ length: WARM_UP + SAMPLES }, (_, i) => ({ ...none, topics: [topics[i % topics.length].id] }));
  const brush = Array.from({ length: WARM_UP + SAMPLES }, (_, i) => ({ ...none, from: `${2015 + (i % 10)}-01-01`, to: null }));
  return { place, topic, brush };
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** The in-memory index and crossfilter2 on the events as objects, in this process. */
async function nodeEngines(n: number, parquet: string) {
  const before = heapUsed();
  const started = performance.now();
  const connection = await connect();
  const reader = await connection.runAndReadAll(`SELECT ${ROW_COLUMNS} FROM read_parquet('${parquet}')`);
  const events = reader.getRowObjectsJS().map((row) => eventOfRow(toEventRow(row as Record<string, unknown>)));
  const dataset: Dataset = { ...meta, events };
  const readMs = performance.now() - started;
  const seq = sequences();
  const ours = { place: timeOurs(dataset, seq.place), topic: timeOurs(dataset, seq.topic), brush: timeOurs(dataset, seq.brush) };
  const oursHeap = heapUsed() - before;
  rows.push({ engine: 'in-memory index (Node, compute only)', events: n, loadMs: Math.round(readMs + ours.place.build), memoryMb: mb(oursHeap), clicks: { place: ours.place.timing, topic: ours.topic.timing, brush: ours.brush.timing } });
  const cf = { place: timeCrossfilter(dataset, seq.place), topic: timeCrossfilter(dataset, seq.topic), brush: timeCrossfilter(dataset, seq.brush) };
  rows.push({ engine: 'crossfilter2 (Node, compute only)', events: n, loadMs: Math.round(readMs + cf.place.build), memoryMb: mb(heapUsed() - before), clicks: { place: cf.place.timing, topic: cf.topic.timing, brush: cf.brush.timing } });
}

function rssOf(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // The process has gone.
    }
  }
  return total;
}

const chromiumPids = () => {
  try {
    return execFileSync('pgrep', ['-f', 'chromium'], { encoding: 'utf8' }).trim().split('\n').map(Number).filter(Boolean);
  } catch {
    return [];
  }
};

/**
 * Clicks in the page, each timed to the second animation frame after the
 * panels have their new numbers: the first frame that finds the click drawn
 * (its button pressed or released, the dashboard no longer busy) is the one
 * that paints it, and the next one comes once it has been painted. A brush
 * step has no button: it is drawn when the dashboard is no longer busy.
 */
async function clickToPaint(page: Page, kind: Kind): Promise<Timing> {
  const samples = await page.evaluate(
    async ({ kind, warmUp, samples }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      // A place or topic click presses a button; a brush step moves the start handle, right five times, then left.
      const buttonOf = (i: number) => (kind === 'brush' ? null : document.querySelectorAll<HTMLButtonElement>(kind === 'topic' ? '.topic-bars__button' : '.place-list li > button')[i % 4]);
      const stepBrush = (i: number) => {
        const key = Math.floor(i / 5) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
        document.querySelector('.recharts-brush-traveller')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      };
      const dashboard = document.querySelector('.dashboard')!;
      const out: number[] = [];
      for (let i = 0; i < warmUp + samples; i += 1) {
        const t0 = performance.now();
        const button = buttonOf(i);
        const pressed = button?.getAttribute('aria-pressed');
        if (button) button.click();
        else stepBrush(i);
        const drawn = () => !dashboard.hasAttribute('aria-busy') && (!button || !button.isConnected || button.getAttribute('aria-pressed') !== pressed);
        await frame();
        while (!drawn()) await frame();
        await frame();
        if (i >= warmUp) out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    },
    { kind, warmUp: WARM_UP, samples: SAMPLES },
  );
  return summarize(samples);
}

async function measurePage(page: Page, open: () => Promise<void>, engine: string, n: number, extraPids: () => number[] = () => []) {
  const before = rssOf(chromiumPids());
  const started = Date.now();
  await open();
  await page.waitForFunction((count) => document.querySelector('header [role="status"]')?.textContent?.includes(count) && !document.querySelector('.dashboard[aria-busy]') && document.querySelector('.event-list'), n.toLocaleString('en'), { timeout: 600_000 });
  const loadMs = Date.now() - started;
  await page.waitForTimeout(3000);
  const memory = rssOf(chromiumPids()) - before;
  await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  await page.locator('.recharts-brush-traveller').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => performance.clearMeasures());
  const clicks = { place: await clickToPaint(page, 'place'), topic: await clickToPaint(page, 'topic'), brush: await clickToPaint(page, 'brush') };
  const queries = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), ENGINE_MEASURE);
  const server = extraPids();
  rows.push({ engine, events: n, loadMs, memoryMb: mb(memory + rssOf(server)), clicks, ...(queries.length > 0 ? { query: summarize(queries) } : {}) });
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so that stopping it stops what npx started too.
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolvePromise({ child, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess) {
  child.removeAllListeners('exit');
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function main() {
  console.error(`bench:scale on ${cpus().length} cores, sizes ${SIZES.join(', ')}`);
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env } });
  const preview = await start('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { THAW_DATA_ORIGINS: `http://127.0.0.1:${DATA_PORT}` }, /Local:/);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
  // tsx keeps functions' names with a helper the page does not have; the functions run in the page are given it.
  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    return page;
  };
  try {
    for (const n of SIZES) {
      console.error(`— ${n.toLocaleString('en')} events`);
      const { parquet, arrow } = await files(n);
      if (n <= 1_000_000) await nodeEngines(n, parquet);
      else {
        rows.push({ engine: 'in-memory index (Node, compute only)', events: n, loadMs: null, memoryMb: null, clicks: null, note: 'not run: 10M event objects do not fit a heap' });
        rows.push({ engine: 'crossfilter2 (Node, compute only)', events: n, loadMs: null, memoryMb: null, clicks: null, note: 'not run: same' });
      }
      if (arrow) {
        const page = await newPage();
        await page.goto(`http://127.0.0.1:${PORT}/`);
        await page.locator('.event-list').waitFor();
        const engine = engineForRows(n) === 'memory' ? 'Arrow in this page (in-memory index)' : 'DuckDB-WASM in this browser';
        await measurePage(page, () => page.getByLabel(/Open a dataset/).setInputFiles(arrow), engine, n);
        await page.close();
      } else rows.push({ engine: 'DuckDB-WASM in this browser', events: n, loadMs: null, memoryMb: null, clicks: null, note: 'refused: more than a tab holds; served instead' });
      const serverStarted = Date.now();
      const server = await start('npx', ['tsx', 'pipeline/serve-data.ts', parquet, '--port', String(DATA_PORT)], {}, /served at/);
      const serverLoad = Date.now() - serverStarted;
      try {
        const page = await newPage();
        const serverPids = () => execFileSync('pgrep', ['-f', 'serve-data.ts'], { encoding: 'utf8' }).trim().split('\n').map(Number).filter(Boolean);
        await measurePage(page, () => page.goto(`http://127.0.0.1:${PORT}/?data=http://127.0.0.1:${DATA_PORT}/`).then(() => undefined), 'DuckDB server (serve:data)', n, serverPids);
        rows[rows.length - 1].loadMs = serverLoad + (rows[rows.length - 1].loadMs ?? 0);
        await page.close();
      } finally {
        stop(server.child);
      }
    }
  } finally {
    await browser.close();
    stop(preview.child);
  }
  const results: ScaleResults = { cores: cpus().length, measured: new Date().toISOString().slice(0, 10), rows };
  console.log(renderScaleTable(results));
  // A run of some sizes only prints its table; the full run is the one the documents show.
  if (process.env.SCALE_SIZES) return;
  writeFileSync(join(ROOT, 'bench', 'scale-results.json'), `${JSON.stringify(results, null, 1)}\n`);
  for (const file of ['README.md', 'docs/scale.md']) writeFileSync(join(ROOT, file), withScaleTable(readFileSync(join(ROOT, file), 'utf8'), results));
}

await main();
