import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { queryString, URL_FUZZ } from '../fixtures/url-arbitraries';
import { expect, test } from './fixtures';

/**
 * Random query strings, the same ones every run (a fixed seed), opened in
 * the built app: none may leave a blank page, a console error or an
 * uncaught exception. One page per shard is reused, and each query is
 * ready as soon as the page shows its heading and its content.
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
 * Any dataset address but the built-in one answers at once, in the page,
 * with something that is not a dataset: a random ?data= must not wait on
 * the network. Done in the page rather than with page.route, which would
 * turn off the HTTP cache and fetch the whole app again on every load.
 */
function stubDatasetFetches() {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    if (url.origin === window.location.origin && url.pathname === '/data/events.json') return realFetch(input, init);
    return Promise.resolve(new Response('not a dataset'));
  };
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

  test(`${mine.length} random query strings (shard ${shard + 1} of ${SHARDS}, seed ${URL_FUZZ.seed}) leave the page standing with nothing in the console`, async ({ page, watch }) => {
    await page.addInitScript(stubDatasetFetches);
    const failures: Array<{ index: number; query: string; problem: string }> = [];
    for (const { query, index } of mine) {
      const seen = watch.consoleErrors.length;
      try {
        await page.goto(path(query), { waitUntil: 'commit' });
        await expectStanding(page);
      } catch (error) {
        failures.push({ index, query: query.slice(0, 200), problem: String(error).slice(0, 300) });
      }
      for (const message of watch.consoleErrors.slice(seen)) failures.push({ index, query: query.slice(0, 200), problem: message.slice(0, 300) });
    }
    expect(failures).toEqual([]);
  });
}
