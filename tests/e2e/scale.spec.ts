import AxeBuilder from '@axe-core/playwright';
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

  // The 60 largest bubbles are buttons; the other 440 drawn are painted on one canvas.
  const markers = page.locator('.leaflet-marker-icon');
  await expect(markers.first()).toBeVisible();
  expect(await markers.count()).toBe(60);
  expect(placesWithEvents).toBeGreaterThan(500);
  await expect(page.getByText(`The map draws the 500 places with the most events; the list has all ${placesWithEvents}.`, { exact: false })).toBeVisible();
  await expect(page.getByText('Past the 60 largest, the bubbles are painted', { exact: false })).toBeVisible();
  // Buttons and a canvas of painted bubbles side by side: axe finds nothing.
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

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

test('a painted bubble names its place on hover and toggles it with a click, as a button does', async ({ page, watch }) => {
  test.setTimeout(90_000);
  await page.goto('/?data=/fixtures/big.json');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toHaveText('20,000 of 20,000 events', { timeout: 60_000 });
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  const canvas = page.locator('.place-map canvas');
  await expect(canvas).toHaveCount(1);

  // Where a painted bubble is: a point well inside a painted circle (its pixels and its neighbours' drawn) where the
  // canvas is what the pointer would reach.
  const point = await canvas.evaluate((element: HTMLCanvasElement) => {
    const box = element.getBoundingClientRect();
    const scale = element.width / box.width;
    const pixels = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    const drawn = (x: number, y: number) => x >= 0 && y >= 0 && x < element.width && y < element.height && pixels.data[(y * element.width + x) * 4 + 3] > 200;
    const r = Math.round(5 * scale);
    for (let y = r; y < element.height - r; y += 2) {
      for (let x = r; x < element.width - r; x += 2) {
        if (!drawn(x, y) || !drawn(x - r, y) || !drawn(x + r, y) || !drawn(x, y - r) || !drawn(x, y + r)) continue;
        const client = { x: box.left + x / scale, y: box.top + y / scale };
        if (document.elementFromPoint(client.x, client.y) === element) return client;
      }
    }
    return null;
  });
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  const tooltip = page.locator('.place-map .leaflet-tooltip');
  await expect(tooltip).toBeVisible();
  const name = (await tooltip.locator('strong').textContent())!;
  await expect(tooltip).toContainText(/\d+ events?/);

  await page.mouse.click(point!.x, point!.y);
  await expect(page).toHaveURL(/[?&]places=/);
  await expect(status).not.toHaveText('20,000 of 20,000 events');
  // Selected, the place is a button on the map, pressed, and pressed in the list.
  await expect(page.locator('.place-map .place-bubble.is-selected')).toHaveCount(1);
  const named = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  await expect(page.locator('.place-map .place-bubble.is-selected')).toHaveAttribute('aria-label', named);
  await expect(page.locator('.place-list').getByRole('button', { name: named })).toHaveAttribute('aria-pressed', 'true');
  expect(watch.consoleErrors).toEqual([]);
});
