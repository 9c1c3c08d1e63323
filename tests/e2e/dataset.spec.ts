import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { eventRows, expect, test } from './fixtures';

const shipped = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8'));

test('the built page lists the events by date and place, with nothing loaded from elsewhere', async ({ page, watch }) => {
  await page.goto('/');
  await expect(eventRows(page)).toHaveCount(shipped.events.length);
  await expect(eventRows(page).first()).toContainText('26 Sep 2023');
  await expect(eventRows(page).filter({ hasText: 'Park Jin meets Wang Yi in Qingdao' })).toContainText('8–9 Aug 2022');
  await expect(eventRows(page).filter({ hasText: 'Park Jin meets Wang Yi in Qingdao' })).toContainText('Qingdao');
  await expect(page.getByText(`${shipped.events.length} events, 2014–2023, 5 sources`)).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a bad dataset named by ?data= gives a message naming the field and row', async ({ page }) => {
  const bad = structuredClone(shipped);
  for (const event of bad.events) event.date = '2023-02-30';
  await page.route((url) => url.pathname === '/fixtures/bad.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
  await page.goto('/?data=/fixtures/bad.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('events[0].date: expected a date that exists in the calendar');
  await alert.getByRole('button', { name: 'Use the built-in dataset' }).click();
  await expect(eventRows(page)).toHaveCount(shipped.events.length);
});

test('a dataset file dropped on the page replaces the shown one, and a copied link says it leaves the file out', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(eventRows(page)).toHaveCount(shipped.events.length);
  const two = { ...shipped, events: shipped.events.slice(0, 2) };
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'two-events.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(two));
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(eventRows(page)).toHaveCount(2);
  await expect(page.getByText(/^2 events, /)).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('banner').getByRole('paragraph').filter({ hasText: 'The link holds the filters, not two-events.json: it opens the built-in dataset.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('axe finds no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(eventRows(page)).toHaveCount(shipped.events.length);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
