import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAcled } from '../../src/core/import/acled';
import { readGdelt } from '../../src/core/import/gdelt';
import { assembleImport } from '../../src/core/import/import-result';
import { acledFixture, gdeltFixture } from '../../scripts/make-import-fixtures';
import { expect, test } from './fixtures';

/** The generated GDELT and ACLED fixtures, imported as `npm run data:import` imports them. */
const imported = assembleImport([readGdelt(gdeltFixture().text, 'gdelt.tsv'), readAcled(acledFixture().text, 'acled.csv')], '2026-12-04', 'test').dataset;

test('an imported GDELT and ACLED dataset opens, and each machine-coded event says it has no quote and links its report', async ({ page, watch }) => {
  await page.route((url) => url.pathname === '/fixtures/imported.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(imported) }));
  await page.goto('/?data=/fixtures/imported.json&event=gdelt-1260000002');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(`${imported.events.length} of ${imported.events.length} events`);
  await expect(page.locator('.event-list > li')).toHaveCount(imported.events.length);
  const detail = page.getByRole('article');
  await expect(detail).toContainText('machine-coded, no quote');
  await expect(detail).toContainText('coded by GDELT as event 1260000002; 10 mentions in 10 articles');
  await expect(detail.getByRole('link', { name: 'the report it was coded from' })).toHaveAttribute('href', 'https://www.reuters.com/world/asia-pacific/lee-beijing-visit-2026-01-05/');
  // A place of the import is on the map and in the list.
  await expect(page.getByRole('list', { name: 'Places' }).getByRole('button', { name: /^Beijing/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  // An ACLED event: no address to link, its notes beside the source.
  await page.goto('/?data=/fixtures/imported.json&event=acled-kor1001&lang=ko');
  await expect(page.getByRole('article')).toContainText('기계 코딩, 인용 없음');
  await expect(page.getByRole('article')).toContainText('Chinese embassy');
  expect(watch.consoleErrors).toEqual([]);
});

test('a dataset of curated and machine-coded events shows either or both, says which the thaw index is from, and keeps the choice in the address', async ({ page }) => {
  const shipped = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8')) as typeof imported;
  const mixed = { ...shipped, sources: [...shipped.sources, ...imported.sources], places: [...shipped.places, ...imported.places], events: [...shipped.events, ...imported.events] };
  await page.route((url) => url.pathname === '/fixtures/mixed.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(mixed) }));
  await page.goto('/?data=/fixtures/mixed.json');
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).toHaveText(`${mixed.events.length} of ${mixed.events.length} events`);
  await expect(page.locator('.thaw-gauge__basis')).toHaveText(`Computed from ${shipped.events.length} curated and reviewed events and ${imported.events.length} machine-coded events.`);
  const shown = page.getByRole('combobox', { name: 'Events shown' });
  await shown.selectOption('machine');
  await expect(page).toHaveURL(/coding=machine/);
  await expect(status).toHaveText(`${imported.events.length} of ${imported.events.length} events`);
  await expect(page.locator('.thaw-gauge__basis')).toHaveText(`Computed from 0 curated and reviewed events and ${imported.events.length} machine-coded events.`);
  await page.reload();
  await expect(status).toHaveText(`${imported.events.length} of ${imported.events.length} events`);
  await shown.selectOption('curated');
  await expect(status).toHaveText(`${shipped.events.length} of ${shipped.events.length} events`);
  // The built-in dataset has no machine-coded events: nothing to choose.
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Events shown' })).toHaveCount(0);
});

test('Open a dataset… imports a zipped GDELT export in a worker, and lists its bad rows by file and line', async ({ page, watch }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('17 of 17 events');
  await page.locator('input[type="file"]').first().setInputFiles('tests/fixtures/import/gdelt-events.zip');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('5 of 5 events');
  const warnings = page.getByRole('status', { name: '4 events were skipped from gdelt-events.zip' });
  await warnings.getByText('4 events were skipped from gdelt-events.zip').click();
  await expect(warnings).toContainText('gdelt-events.zip:20251101120000.export.CSV:6: SQLDATE "20250230" is not a date (YYYYMMDD)');
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('a long import shows how far it is, and Cancel stops it and keeps the dataset there was', async ({ page }) => {
  // 300,000 GDELT rows of the two, about 60 MB: long enough to be seen and stopped.
  const { text } = gdeltFixture();
  const row = text.split('\n')[1];
  const big = `${Array.from({ length: 300_000 }, (_, i) => row.replace(/^\d+/, String(2_000_000_000 + i))).join('\n')}\n`;
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('17 of 17 events');
  const path = join(mkdtempSync(join(tmpdir(), 'import-')), 'big.export.CSV');
  writeFileSync(path, big);
  await page.locator('input[type="file"]').first().setInputFiles(path);
  const progress = page.getByRole('progressbar', { name: /^Importing big\.export\.CSV/ });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel the import' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('17 of 17 events');
});

test('the bad rows of an import are listed in the reader’s language, by file and line', async ({ page }) => {
  await page.goto('/?lang=ko');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('사건 17건 중 17건');
  await page.locator('input[type="file"]').first().setInputFiles('tests/fixtures/import/acled-events.csv');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('사건 3건 중 3건');
  const warnings = page.getByRole('status', { name: 'acled-events.csv에서 사건 3건을 건너뛰었습니다' });
  await warnings.getByText('acled-events.csv에서 사건 3건을 건너뛰었습니다').click();
  await expect(warnings).toContainText('acled-events.csv:5: event_date “2017-13-40”은(는) 날짜가 아님');
  await expect(warnings).toContainText('acled-events.csv:6: “Weather”은(는) CAMEO 대응표에 없음');
  await expect(warnings).toContainText('acled-events.csv:7: 열이 31개여야 하는데 20개');
});
