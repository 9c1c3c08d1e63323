import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticDataset } from '../../bench/synthetic';
import { writeParquet } from '../../pipeline/duckdb/duck';
import { PORTS } from '../../playwright.config';
import { arrowOfRows } from '../../src/core/engine/arrow-table';
import { tableOfDataset } from '../../src/core/engine/event-table';
import { lookupsOf } from '../../src/core/dataset/lookups';
import type { Dataset } from '../../src/core/dataset/schema';
import { buildIndex } from '../../src/core/filters/event-index';
import { panelData } from '../../src/core/filters/panel-data';
import type { Filters } from '../../src/core/filters/filters';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const TOPICS = ['thaad', 'trade', 'culture', 'north-korea', 'chips'].map((id) => ({ id, label: `Topic ${id}`, description: id }));

/** Machine-coded events as a table, and what the in-memory index says of them: the answer every engine must give. */
function table(events: number, seed: number) {
  const dataset: Dataset = syntheticDataset({ events, places: 60, seed, topics: TOPICS, machine: true });
  const stored = tableOfDataset(dataset);
  if ('reasons' in stored) throw new Error(stored.reasons.join('; '));
  const index = buildIndex(dataset);
  const lookups = lookupsOf(dataset, index);
  const count = (filters: Partial<Filters>) => panelData(index, { events: dataset.events, places: dataset.places, topicOrder: lookups.topicOrder }, { places: [], topics: [], from: null, to: null, ...filters }).count;
  return { dataset, stored, count };
}

const status = (page: import('@playwright/test').Page) => page.getByRole('banner').getByRole('status');

/** The events of the JSON export the header's button saves. */
async function exportedEvents(page: import('@playwright/test').Page, kind: 'JSON'): Promise<unknown[]> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: `Download the events in view as ${kind}` }).click()]);
  const path = await download.path();
  return (JSON.parse(readFileSync(path, 'utf8')) as { events: unknown[] }).events;
}
const en = (n: number) => n.toLocaleString('en');

test('a small Arrow table is read into the page and filtered there, without starting DuckDB; the first view loads none of it', async ({ page, watch }) => {
  const { stored, count } = table(800, 3);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(status(page)).toHaveText(/ of /);
  expect(fetched.filter((path) => /duckdb|server-engine|\.wasm$/.test(path))).toEqual([]);
  await page.getByLabel('Open a dataset…').setInputFiles({ name: 'small.arrow', mimeType: 'application/vnd.apache.arrow.file', buffer: Buffer.from(arrowOfRows(stored.rows, stored.meta)) });
  await expect(page.locator('.shell__summary')).toContainText('800 events');
  await expect(page.locator('.shell__summary')).toContainText('filtered in this page');
  await expect(status(page)).toHaveText('800 of 800 events');
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: /^Place 0\b/ }).click();
  await expect(status(page)).toHaveText(`${en(count({ places: ['p0'] }))} of 800 events`);
  expect(fetched.filter((path) => path.endsWith('.wasm'))).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('a large Arrow table opens in DuckDB in this browser, filters as the in-memory index does, and says what it lists', async ({ page, watch }) => {
  test.setTimeout(180_000);
  const { stored, count } = table(120_000, 5);
  const total = en(120_000);
  await page.goto('/');
  await page.getByLabel('Open a dataset…').setInputFiles({ name: 'large.arrow', mimeType: 'application/vnd.apache.arrow.file', buffer: Buffer.from(arrowOfRows(stored.rows, stored.meta)) });
  await expect(page.locator('.shell__summary')).toContainText('DuckDB in this browser', { timeout: 120_000 });
  await expect(status(page)).toHaveText(`${total} of ${total} events`, { timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Events' })).toContainText(`The newest 100 of ${total} events are listed; the CSV and JSON exports hold up to 100,000.`);
  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: /^Place 1\b/ }).click();
  await expect(status(page)).toHaveText(`${en(count({ places: ['p1'] }))} of ${total} events`);
  await page.getByRole('button', { name: /^Topic trade\b/ }).click();
  await expect(status(page)).toHaveText(`${en(count({ places: ['p1'], topics: ['trade'] }))} of ${total} events`);
  await expect(page.locator('.dashboard[aria-busy]')).toHaveCount(0);
  // The exports hold every event that passes, read from DuckDB, not only the hundred listed.
  const filtered = count({ places: ['p1'], topics: ['trade'] });
  expect(filtered).toBeGreaterThan(100);
  expect(await exportedEvents(page, 'JSON')).toHaveLength(filtered);
  // An event of the list opens with its machine coding, fetched from DuckDB by the address's id.
  await page.getByRole('region', { name: 'Events' }).getByRole('listitem').first().getByRole('button').click();
  await expect(page.getByRole('article')).toContainText('machine-coded, no quote', { timeout: 15_000 });
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  // DuckDB's code and WebAssembly came from the app's own origin.
  expect(watch.foreign).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('the data server', () => {
  let dir: string;
  let server: ChildProcess;
  const data = table(5_000, 9);

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thaw-serve-'));
    await writeParquet(data.stored.rows, data.stored.meta, join(dir, 'events.parquet'));
    server = spawn('npx', ['tsx', 'pipeline/serve-data.ts', join(dir, 'events.parquet'), '--port', String(PORTS.dataServer)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('served at')) resolve();
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.on('exit', (code) => reject(new Error(`serve:data exited ${code}: ${output}`)));
    });
  });
  test.afterAll(() => {
    server.removeAllListeners('exit');
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('the page named with ?data= queries it, and a shared link keeps the address and the filters', async ({ page }) => {
    const address = `http://127.0.0.1:${PORTS.dataServer}/`;
    await page.goto(`/?data=${encodeURIComponent(address)}&places=p2&topics=culture`);
    await expect(page.locator('.shell__summary')).toContainText(`DuckDB server at 127.0.0.1:${PORTS.dataServer}`);
    await expect(status(page)).toHaveText(`${en(data.count({ places: ['p2'], topics: ['culture'] }))} of 5,000 events`);
    await page.getByRole('button', { name: /^Topic culture\b/ }).click();
    await expect(status(page)).toHaveText(`${en(data.count({ places: ['p2'] }))} of 5,000 events`);
    await expect(page).toHaveURL(/places=p2/);
    // The evidence lists the newest events and says how many of them it lists.
    await page.getByRole('button', { name: /Evidence: / }).click();
    await expect(page.getByRole('region', { name: 'Thaw index', exact: true })).toContainText(`The newest 100 of ${en(data.count({ places: ['p2'] }))} events are listed; the CSV and JSON exports hold up to 100,000.`);
    // The export asks the server for every event that passes.
    expect(data.count({ places: ['p2'] })).toBeGreaterThan(100);
    expect(await exportedEvents(page, 'JSON')).toHaveLength(data.count({ places: ['p2'] }));
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    // The embed reads the same server.
    await page.goto(`/?data=${encodeURIComponent(address)}&mode=embed&panels=topics`);
    await expect(page.getByRole('button', { name: /^Topic trade\b/ })).toBeVisible();
  });

  test('while the server answers a click, the panels keep the filters their numbers are for and the page says it is busy', async ({ page }) => {
    const address = `http://127.0.0.1:${PORTS.dataServer}/`;
    await page.goto(`/?data=${encodeURIComponent(address)}&places=p2`);
    await expect(status(page)).toHaveText(`${en(data.count({ places: ['p2'] }))} of 5,000 events`);
    // A slow server: the panel queries wait until the test lets them go.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${address}panel?**`, async (route) => {
      await held;
      await route.continue();
    });
    const topic = page.getByRole('button', { name: /^Topic culture\b/ });
    await expect(topic).toHaveAttribute('aria-pressed', 'false');
    await topic.click();
    await expect(page).toHaveURL(/topics=culture/);
    const dashboard = page.locator('.dashboard');
    await expect(dashboard).toHaveAttribute('aria-busy', 'true');
    // Past 150 ms the bar along the top of the window shows; the topic and the counts still say what they were.
    await expect.poll(() => dashboard.evaluate((element) => getComputedStyle(element, '::before').opacity)).toBe('1');
    await expect(topic).toHaveAttribute('aria-pressed', 'false');
    await expect(status(page)).toHaveText(`${en(data.count({ places: ['p2'] }))} of 5,000 events`);
    release();
    await expect(topic).toHaveAttribute('aria-pressed', 'true');
    await expect(status(page)).toHaveText(`${en(data.count({ places: ['p2'], topics: ['culture'] }))} of 5,000 events`);
    await expect(dashboard).not.toHaveAttribute('aria-busy', 'true');
  });
});

test('a Parquet file opened in the page says how to serve it or convert it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Open a dataset…').setInputFiles({ name: 'events.parquet', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64), Buffer.from('PAR1')]) });
  await expect(page.getByRole('alert')).toContainText('events.parquet is a Parquet file: serve it with npm run serve:data -- events.parquet');
});
