import { readFileSync } from 'node:fs';
import { syntheticDataset } from '../../bench/synthetic';
import { eventRows, expect, test } from './fixtures';

const shipped = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8'));
// More places than the map may draw, and far more events than the list may render.
const big = syntheticDataset({ events: 20_000, places: 700, seed: 4, topics: shipped.topics });
const body = JSON.stringify(big);
const placesWithEvents = new Set(big.events.map((e) => e.placeId)).size;

test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/fixtures/big.json', (route) => route.fulfill({ contentType: 'application/json', body }));
});

test('a large dataset: at most 500 map markers, a windowed event list, and filters still answer', async ({ page, watch }) => {
  // How fast it loads is the benchmark's business (npm run bench); this test waits for it and checks the bounds.
  test.setTimeout(90_000);
  await page.goto('/?data=/fixtures/big.json');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toHaveText('20,000 of 20,000 events', { timeout: 60_000 });

  const markers = page.locator('.leaflet-marker-icon');
  await expect(markers.first()).toBeVisible();
  expect(await markers.count()).toBeLessThanOrEqual(500);
  expect(placesWithEvents).toBeGreaterThan(500);
  await expect(page.getByText(`The map draws the 500 places with the most events; the list has all ${placesWithEvents}.`, { exact: false })).toBeVisible();

  const rows = eventRows(page);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '20000');
  expect(await rows.count()).toBeLessThan(100);
  const list = page.getByRole('region', { name: 'Events' }).getByRole('list');
  await list.evaluate((element) => element.parentElement!.scrollTo({ top: element.parentElement!.scrollHeight }));
  await expect(rows.last()).toHaveAttribute('aria-posinset', '20000');
  expect(await rows.count()).toBeLessThan(100);

  const topic = page.getByRole('button', { name: new RegExp(`^${shipped.topics[0].label}`) });
  await topic.click();
  await expect(topic).toHaveAttribute('aria-pressed', 'true');
  await expect(status).not.toHaveText('20,000 of 20,000 events');
  await expect(page.getByText(/One dot per year/)).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});
