import { closeSync, mkdtempSync, openSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MAX_DATASET_SIZE } from '../../src/core/dataset/parse-dataset';
import { BAD_DATASETS, MARKUP_FIXTURE, type BadDataset } from '../fixtures/bad-dataset-cases';
import { eventRows, expect, test } from './fixtures';

/**
 * Every bad dataset, opened as a user would: named by ?data=, picked with
 * the file input, and dropped on the page. Each must end in a named error
 * or a counted partial load, with the page standing, nothing in the console
 * and no script from the data run.
 */

const FIXTURE_PATH = '/fixtures/bad-datasets/';
const byName = new Map(BAD_DATASETS.map((d) => [d.name, d]));

type Watched = { dialogs: string[]; requests: string[] };

/**
 * Serves the fixtures from the test rather than the build, so they never
 * reach dist/ or the public data, and records dialogs and requests for
 * the image `x` that the markup fixture would load if it were parsed as HTML.
 */
async function serveFixtures(page: Page): Promise<Watched> {
  const watched: Watched = { dialogs: [], requests: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/x') watched.requests.push(request.url());
  });
  await page.route(
    (url) => url.pathname.startsWith(FIXTURE_PATH),
    (route) => {
      const name = new URL(route.request().url()).pathname.slice(FIXTURE_PATH.length).replace(/\.json$/, '');
      const fixture = byName.get(name);
      return fixture ? route.fulfill({ contentType: 'application/json', body: fixture.text() }) : route.fulfill({ status: 404 });
    },
  );
  return watched;
}

async function pickFile(page: Page, name: string, text: string) {
  await page.getByLabel('Open a dataset…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/** The outcome the fixture promises, as a user sees it, for the dataset shown as `origin`. */
async function expectOutcome(page: Page, fixture: BadDataset, origin: string, large: boolean) {
  // A file of many megabytes takes seconds to read on a busy two-core machine before the page can say anything about it.
  const reading = { timeout: large ? 30_000 : 5_000 };
  await expect(page.getByRole('heading', { level: 1, name: 'Thaw Monitor' })).toBeVisible(reading);
  switch (fixture.outcome) {
    case 'error': {
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible(reading);
      const count = fixture.problems.length === 1 ? 'a problem' : `${fixture.problems.length} problems`;
      await expect(alert).toContainText(`${origin} has ${count}:`);
      const items = alert.getByRole('listitem');
      await expect(items).toHaveText(fixture.problems.map((p) => p.replace(/\s+/g, ' ')));
      await expect(eventRows(page)).toHaveCount(0);
      break;
    }
    case 'partial': {
      const notice = page.getByRole('status', { name: `${fixture.skipped} ${fixture.skipped === 1 ? 'event was' : 'events were'} skipped from ${origin}` });
      await expect(notice).toBeVisible();
      await notice.getByText(/skipped from/).click();
      await expect(notice.getByRole('listitem')).toHaveText([...fixture.problems]);
      await expect(eventRows(page)).toHaveCount(fixture.events);
      await expect(page.getByRole('alert')).toHaveCount(0);
      break;
    }
    case 'empty':
      await expect(page.getByRole('status').filter({ hasText: `${origin} has no events to show.` })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      break;
  }
}

async function expectNothingRan(page: Page, watched: Watched, consoleErrors: string[]) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watched.dialogs).toEqual([]);
  expect(watched.requests).toEqual([]);
  expect(consoleErrors).toEqual([]);
}

for (const fixture of BAD_DATASETS) {
  test(`${fixture.name} (${fixture.outcome}) through ?data=, the file input and a drop`, async ({ page, watch }) => {
    const watched = await serveFixtures(page);
    const text = fixture.text();
    // A file of many megabytes is read three times over: on a busy two-core machine that can outlast 30 s.
    const large = text.length > 5_000_000;
    test.slow(large);

    await page.goto(`/?data=${FIXTURE_PATH}${fixture.name}.json`);
    await expectOutcome(page, fixture, `${FIXTURE_PATH}${fixture.name}.json`, large);

    await pickFile(page, `${fixture.name}.json`, text);
    await expectOutcome(page, fixture, `${fixture.name}.json`, large);

    await dropFile(page, `dropped-${fixture.name}.json`, text);
    await expectOutcome(page, fixture, `dropped-${fixture.name}.json`, large);
    await expectNothingRan(page, watched, watch.consoleErrors);
  });
}

test.describe('markup and script in every text field', () => {
  const fixture = byName.get(MARKUP_FIXTURE)!;
  // Read back as plain JSON to find each field's text.
  const data = JSON.parse(fixture.text()) as Record<string, any>;
  const first = data.events[0];

  test('shows as literal text in the list, the details, the evidence, the topics, the places and the map', async ({ page, watch }) => {
    const watched = await serveFixtures(page);
    await page.goto(`/?data=${FIXTURE_PATH}${MARKUP_FIXTURE}.json`);
    const events = page.getByRole('region', { name: 'Events' });
    await expect(eventRows(page)).toHaveCount(4);
    await expect(events.getByText(first.title, { exact: true })).toBeVisible();

    await eventRows(page).filter({ hasText: first.title }).getByRole('button').click();
    const detail = page.getByRole('article');
    const shown = [
      first.title,
      first.kind.label,
      first.actors[0].name,
      first.actors[0].role,
      first.sources[0].quote,
      first.sources[0].note,
      data.sources[0].outlet,
      data.sources[0].headline,
      data.places[0].name,
      data.places[0].nameKo,
      data.places[0].nameZh,
    ];
    for (const value of shown) await expect(detail.getByText(value).first()).toBeVisible();
    for (const topic of data.topics) await expect(page.getByRole('list', { name: 'Topics' }).getByText(topic.label, { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Places' }).getByText(data.places[0].name, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: /Evidence: \d+ events/ }).click();
    await expect(page.getByRole('region', { name: 'Evidence behind the thaw index' }).getByText(first.thaw.evidence[0].sentence, { exact: true })).toBeVisible();

    await page.locator('.place-map .place-bubble').first().hover();
    await expect(page.locator('.leaflet-tooltip')).toContainText(data.places[0].name);

    // Nothing from the data became an element.
    await expect(page.locator('#root img[src="x"], #root script, #root b')).toHaveCount(0);
    await expectNothingRan(page, watched, watch.consoleErrors);
  });

  test('shows as literal text in the presentation', async ({ page, watch }) => {
    const watched = await serveFixtures(page);
    await page.goto(`/?data=${FIXTURE_PATH}${MARKUP_FIXTURE}.json&mode=present`);
    // The story starts with the earliest event, which is the first.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
    await expect(page.getByRole('blockquote')).toHaveText(first.sources[0].quote);
    await expect(page.locator('#root img[src="x"], #root script, #root b')).toHaveCount(0);
    await expectNothingRan(page, watched, watch.consoleErrors);
  });

  test('a dropped file named with markup is named literally', async ({ page, watch }) => {
    const watched = await serveFixtures(page);
    await page.goto('/');
    await expect(eventRows(page).first()).toBeVisible();
    const name = '<img src=x onerror="window.__pwned=1;alert(1)">.json';
    await dropFile(page, name, fixture.text());
    await expect(page.getByRole('status', { name: `2 events were skipped from ${name}` })).toBeVisible();
    await pickFile(page, name, byName.get('markup-in-place-id')!.text());
    await expect(page.getByRole('alert')).toContainText(`${name} has a problem:`);
    await expectNothingRan(page, watched, watch.consoleErrors);
  });
});

test('a file over the size limit is refused before it is read', async ({ page, watch }) => {
  // A sparse file: its size is past the limit, its blocks are never written.
  const dir = mkdtempSync(join(tmpdir(), 'thaw-monitor-'));
  const path = join(dir, 'huge.json');
  closeSync(openSync(path, 'w'));
  truncateSync(path, MAX_DATASET_SIZE + 1024 * 1024);
  try {
    await page.goto('/');
    await expect(eventRows(page).first()).toBeVisible();
    await page.getByLabel('Open a dataset…').setInputFiles(path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('huge.json has a problem:');
    await expect(alert.getByRole('listitem')).toHaveText('(file): the dataset is 201.0 MB; the largest Thaw Monitor opens is 200.0 MB');
    expect(watch.consoleErrors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
