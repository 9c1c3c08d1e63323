import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { queryString, URL_FUZZ } from '../fixtures/url-arbitraries';
import { expect, test } from './fixtures';

/**
 * Random query strings, the same ones every run (a fixed seed), opened in
 * the built app: none may leave a blank page, a console error or an
 * uncaught exception. One page per shard is reused, and each query is
 * ready as soon as the page shows its heading and its content. A `data`
 * address is really fetched: a missing file or a refused origin must end
 * in the app's own error message.
 */

/**
 * The longest address tried. Web servers refuse longer request lines
 * (nginx at 8 kB, Node's at 16 kB), so a longer link never reaches the app;
 * the unit properties try values of up to 50 kB on the codec itself.
 */
const MAX_URL = 8_000;
const path = (query: string) => (query.startsWith('?') ? `/${query}` : `/?${query}`);
const fits = (query: string) => new URL(path(query), 'http://127.0.0.1').href.length <= MAX_URL;

const queries = fc.sample(queryString.filter(fits), { numRuns: URL_FUZZ.runs, seed: URL_FUZZ.seed });
const SHARDS = 6;

/**
 * The browser's own report that the dataset a link names could not be
 * loaded (a 404, or an origin the Content-Security-Policy does not list).
 * The app cannot keep the browser from logging it; what it must do is show
 * the error, which expectDatasetError checks.
 */
const datasetLoadReport = (text: string) => /^Failed to load resource: |^Fetch API cannot load .* Refused to connect because it violates the document's Content Security Policy|^Connecting to '.*' violates the following Content Security Policy directive|^Refused to connect to /.test(text);

/** The address a failed-load report names (the console watcher adds it), or null. */
const reportedAddress = (text: string) => /\((\S+), on \S*\)$/.exec(text)?.[1] ?? null;

/** Where a `data` value is fetched from, as the page resolves it (sourceFromDataParam): against the page's address. */
function addressOf(data: string, pageUrl: string): string | null {
  try {
    return new URL(data, pageUrl).href;
  } catch {
    return null;
  }
}

async function expectDatasetError(page: Page) {
  // Found by its title's id, not its words: a link may ask for Korean or Chinese (?lang=).
  await page.locator('[role="alert"][aria-labelledby="dataset-error-title"]').first().waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * A heading, and the dashboard, a presentation or a named error in the main
 * region. Waited for in the page (waitFor) rather than by expect's polling,
 * whose back-off would add up to half a second to each of the 300 loads.
 */
async function expectStanding(page: Page) {
  await page.locator('main .dashboard:not([aria-hidden="true"]), main .presentation, main [role="alert"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  const heading = await page.locator('#root h1').first().textContent({ timeout: 1_000 });
  if (!heading?.trim()) throw new Error('the page has no heading');
}

test.describe.configure({ timeout: 120_000 });

for (let shard = 0; shard < SHARDS; shard += 1) {
  const mine = queries.map((query, index) => ({ query, index })).filter(({ index }) => index % SHARDS === shard);

  test(`${mine.length} random query strings (shard ${shard + 1} of ${SHARDS}, seed ${URL_FUZZ.seed}) leave the page standing, with nothing in the console but the browser's report of a dataset it could not load`, async ({ page, watch }) => {
    const failures: Array<{ index: number; query: string; problem: string }> = [];
    // The address the previous query's dataset was fetched from: the browser's report that it failed can come after
    // the next query has been opened, and is that query's, not this one's.
    let previousAddress: string | null = null;
    for (const { query, index } of mine) {
      const seen = watch.consoleErrors.length;
      try {
        await page.goto(path(query), { waitUntil: 'commit' });
        await expectStanding(page);
      } catch (error) {
        failures.push({ index, query: query.slice(0, 200), problem: String(error).slice(0, 300) });
      }
      const data = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query).get('data');
      const named = data !== null;
      // The browser's report of a failed load can reach the test after the page has shown the error: it is waited
      // for here, so that it is not taken for a message of the next query.
      if (named && (await page.locator('[role="alert"][aria-labelledby="dataset-error-title"]').first().isVisible())) {
        await expect
          .poll(() => watch.consoleErrors.slice(seen).some(datasetLoadReport), { timeout: 2_000 })
          .toBe(true)
          .catch(() => undefined);
      }
      const messages = watch.consoleErrors.slice(seen).filter((message) => !(previousAddress && datasetLoadReport(message) && reportedAddress(message) === previousAddress));
      previousAddress = named ? addressOf(data, page.url()) : null;
      const loadReports = named ? messages.filter(datasetLoadReport) : [];
      if (loadReports.length > 0) {
        try {
          await expectDatasetError(page);
        } catch {
          failures.push({ index, query: query.slice(0, 200), problem: `the browser reported a failed load but the page shows no dataset error: ${loadReports[0].slice(0, 200)}` });
        }
      }
      for (const message of messages) if (!loadReports.includes(message)) failures.push({ index, query: query.slice(0, 200), problem: message.slice(0, 300) });
    }
    expect(failures).toEqual([]);
  });
}
