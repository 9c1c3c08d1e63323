/**
 * npm run soak: plays the presentation for thousands of steps on its own
 * timer in Debian's Chromium, against the production build served by
 * `vite preview`, and checks that memory, the DOM and the map's layers stay
 * flat. Prints a table and writes bench/soak-results.json; exits non-zero
 * when a check fails. Not part of npm test. See Reliability in the README.
 *
 * SOAK_STEPS (default 2000), SOAK_INTERVAL (seconds, default 0.2) and
 * SOAK_PORT (default 6180) change the run; CHROME_PATH the browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const steps = Number(process.env.SOAK_STEPS ?? 2000);
const interval = process.env.SOAK_INTERVAL ?? '0.2';
const port = Number(process.env.SOAK_PORT ?? 6180);
const outDir = 'dist-soak';
const origin = `http://127.0.0.1:${port}`;
/** The first reading, taken once the page has warmed up; the others are compared with it. */
const BASELINE_STEP = 100;
/** How much the JS heap may grow after garbage collection between the baseline and the end. */
const HEAP_TOLERANCE = 0.1;
const checkpoints = [...new Set([BASELINE_STEP, ...[0.25, 0.5, 0.75].map((f) => Math.round(steps * f)), steps])].filter((s) => s >= BASELINE_STEP && s <= steps).sort((a, b) => a - b);

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(resolve(root, 'node_modules/.bin/vite'), ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${origin}`);
}

type Reading = {
  step: number;
  heapUsedMB: number;
  domElements: number;
  domNodes: number;
  jsEventListeners: number;
  documents: number;
  leafletMarkers: number;
  leafletPaths: number;
  leafletTooltips: number;
  leafletPaneChildren: number;
};

/** Collects garbage, then reads the heap, the DOM counters and the map's layers. */
async function measure(page: Page, cdp: CDPSession, step: number): Promise<Reading> {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const inPage = await page.evaluate(() => ({
    domElements: document.getElementsByTagName('*').length,
    leafletMarkers: document.querySelectorAll('.leaflet-marker-pane > *').length,
    leafletPaths: document.querySelectorAll('.leaflet-overlay-pane path').length,
    leafletTooltips: document.querySelectorAll('.leaflet-tooltip-pane > *').length,
    leafletPaneChildren: [...document.querySelectorAll('.leaflet-pane')].reduce((n, pane) => n + pane.childElementCount, 0),
  }));
  return {
    step,
    heapUsedMB: round(heap.usedSize / 2 ** 20),
    domNodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
    ...inPage,
  };
}

/** Steps taken so far, counted in the page from the progress bar. */
const stepsTaken = (page: Page) => page.evaluate(() => (window as unknown as { soakSteps: number }).soakSteps);

/** Plays on the timer until at least `target` steps have been taken, then pauses. */
async function playUntil(page: Page, target: number) {
  await page.keyboard.press(' ');
  await page.waitForFunction((n) => (window as unknown as { soakSteps: number }).soakSteps >= n, target, { polling: 250, timeout: 0 });
  await page.keyboard.press(' ');
  await page.getByRole('button', { name: 'Resume' }).waitFor();
}

/**
 * Steps with the arrow key to the given position in the story, so every
 * reading shows the same event and the DOM can be compared node for node.
 */
async function alignTo(page: Page, position: number) {
  const progress = page.getByRole('progressbar', { name: 'Story progress' });
  while (Number(await progress.getAttribute('aria-valuenow')) !== position) {
    await page.keyboard.press('ArrowRight');
  }
}

async function main() {
  await run(resolve(root, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${origin}/?mode=present&interval=${interval}`);
    const progress = page.getByRole('progressbar', { name: 'Story progress' });
    await progress.waitFor();
    await page.locator('.place-map .place-bubble').first().waitFor();
    const story = Number(await progress.getAttribute('aria-valuemax'));
    // Pause at once, then count every change of step: one attribute change per step, wrap-arounds included.
    await page.keyboard.press(' ');
    await page.evaluate(() => {
      const state = window as unknown as { soakSteps: number };
      state.soakSteps = 0;
      new MutationObserver((records) => (state.soakSteps += records.length)).observe(document.querySelector('[role="progressbar"]')!, { attributeFilter: ['aria-valuenow'] });
    });

    console.log(`Soak: ${steps} presentation steps of ${interval} s over a story of ${story} events, at ${origin}`);
    const readings: Reading[] = [];
    const started = Date.now();
    let position: number | null = null;
    for (const checkpoint of checkpoints) {
      await playUntil(page, checkpoint);
      if (position === null) position = Number(await progress.getAttribute('aria-valuenow'));
      else await alignTo(page, position);
      // Let the last flight land before measuring.
      await page.waitForTimeout(2000);
      const reading = await measure(page, cdp, await stepsTaken(page));
      readings.push(reading);
      console.log(`  step ${reading.step}: heap ${reading.heapUsedMB} MB, ${reading.domNodes} DOM nodes, ${reading.leafletPaneChildren} map layers (${round((Date.now() - started) / 1000, 0)} s)`);
    }
    const seconds = round((Date.now() - started) / 1000, 0);
    const first = readings[0];
    const last = readings.at(-1)!;
    const heapGrowth = (last.heapUsedMB - first.heapUsedMB) / first.heapUsedMB;
    // Every reading shows the same step, so anything that grows is left over from earlier steps.
    const flat = (key: keyof Reading) => readings.every((r) => r[key] <= first[key]);
    const checks = {
      heapWithin10Percent: heapGrowth <= HEAP_TOLERANCE,
      domElementsFlat: flat('domElements'),
      domNodesFlat: flat('domNodes'),
      eventListenersFlat: flat('jsEventListeners'),
      leafletLayersFlat: flat('leafletMarkers') && flat('leafletPaths') && flat('leafletTooltips') && flat('leafletPaneChildren'),
      allStepsTaken: last.step >= steps,
      noErrors: problems.length === 0,
    };

    console.table(readings);
    console.log(`Heap after GC: ${first.heapUsedMB} MB at step ${first.step}, ${last.heapUsedMB} MB at step ${last.step} (${heapGrowth >= 0 ? '+' : ''}${round(heapGrowth * 100, 1)} %, allowed +${HEAP_TOLERANCE * 100} %)`);
    console.table(checks);
    if (problems.length > 0) console.log('Page errors:', problems.slice(0, 10));

    const results = {
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 1), node: process.version, browser: browser.version() },
      measuredAt: new Date().toISOString(),
      run: { steps, intervalSeconds: Number(interval), storyEvents: story, viewport: '1920x1080', seconds },
      readings,
      heapGrowthPercent: round(heapGrowth * 100, 1),
      checks,
      errors: problems.slice(0, 10),
    };
    writeFileSync(resolve(root, 'bench/soak-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('Wrote bench/soak-results.json');
    if (Object.values(checks).some((ok) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
