import AxeBuilder from '@axe-core/playwright';
import { eventRows, expect, test } from './fixtures';

// An article written for this test, about a real event, with the noise a scrape carries. Its dateline has no year, so the reader must ask for the date.
const ARTICLE = `Xi and Lee hold first summit in Gyeongju

GYEONGJU, Nov 1 (Yonhap) -- Chinese President Xi Jinping held talks with South Korean President Lee Jae-myung on Saturday on the sidelines of the Asia-Pacific Economic Cooperation forum, the first summit between the two leaders.

Advertisement

The two leaders agreed to expand cultural exchanges and to keep close communication on North Korea, Lee's office said in a statement.`;

const TITLE = 'Xi and Lee meet in Gyeongju';

test('Add article…: paste, review, edit, accept, see it in every panel and the address, reload, export, load back, clear', async ({ page, watch }) => {
  await page.goto('/');
  await expect(eventRows(page).first()).toBeVisible();
  const before = await eventRows(page).count();
  const events = page.getByRole('region', { name: 'Events' });
  const places = page.getByRole('list', { name: 'Places' });

  const addArticle = page.getByRole('button', { name: 'Add article…' });
  await addArticle.click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expect(dialog.getByRole('status')).toHaveText('No reviewed events are kept in this browser.');
  await dialog.getByLabel('Article text or saved web page (HTML)').fill(ARTICLE);

  // No year anywhere: the reader asks for the date, and nothing changes in the dashboard.
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no publication date found');
  const published = dialog.getByLabel('Publication date (if the article does not say)');
  await expect(published).toBeFocused();
  await expect(eventRows(page)).toHaveCount(before);
  await published.fill('2025-11-01');
  await dialog.getByRole('button', { name: 'Read article' }).click();

  const article = dialog.getByRole('region', { name: 'The article' });
  await expect(article).toContainText('Yonhap, published 2025-11-01');
  await expect(article.locator('mark').first()).toContainText('Xi Jinping held talks');
  const first = dialog.getByRole('region', { name: 'Proposed events' }).getByRole('article').first();
  await expect(first.getByLabel('Date', { exact: true })).toHaveValue('2025-11-01');
  await expect(first.getByLabel('Place', { exact: true })).toHaveValue('Gyeongju');
  // Each field says where it came from.
  await expect(first.getByText(/^Place: from “Gyeongju”/)).toBeVisible();
  expect(await new AxeBuilder({ page }).include('dialog').analyze().then((r) => r.violations)).toEqual([]);

  await first.getByLabel('Title').fill(TITLE);
  await first.getByRole('button', { name: 'Accept' }).click();
  await expect(first.getByText('Accepted')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Reviewed events in this browser' })).toContainText('1 reviewed event kept in this browser.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(addArticle).toBeFocused();

  // Joined into the dataset in view: the list, the map's places, the count.
  await expect(eventRows(page)).toHaveCount(before + 1);
  await expect(events.getByText(TITLE)).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(`of ${before + 1} events, 1 reviewed in this browser`);
  await places.getByRole('button', { name: /^Gyeongju / }).click();
  await expect(page).toHaveURL(/[?&]places=gyeongju(&|$)/);
  await expect(eventRows(page)).toHaveCount(1);

  // Kept in this browser across a reload, with the view in the address.
  await page.reload();
  await expect(eventRows(page)).toHaveCount(1);
  await expect(events.getByText(TITLE)).toBeVisible();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(eventRows(page)).toHaveCount(before + 1);

  await addArticle.click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export reviewed events' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('thaw-monitor-reviewed.json');
  const exported = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  const dataset = JSON.parse(exported);
  expect(dataset.events.map((e: { title: string }) => e.title)).toEqual([TITLE]);
  expect(dataset.sources[0].outlet).toBe('Yonhap');

  await dialog.getByRole('button', { name: 'Clear reviewed events' }).click();
  await dialog.getByRole('button', { name: /^Confirm: clear 1 reviewed event$/ }).click();
  await expect(dialog.getByRole('status')).toHaveText('The reviewed events were cleared from this browser.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(eventRows(page)).toHaveCount(before);
  await page.reload();
  await expect(eventRows(page)).toHaveCount(before);
  await expect(events.getByText(TITLE)).toHaveCount(0);

  // The export is a dataset of the app's schema: it opens on its own.
  await page.getByLabel('Open a dataset…').setInputFiles({ name: 'thaw-monitor-reviewed.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(eventRows(page)).toHaveCount(1);
  await expect(events.getByText(TITLE)).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('Add article… says what is wrong with a file it cannot read, and changes nothing', async ({ page }) => {
  await page.goto('/');
  await expect(eventRows(page).first()).toBeVisible();
  const before = await eventRows(page).count();
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByLabel('Or choose a file').setInputFiles({ name: 'seoul.txt', mimeType: 'text/plain', buffer: Buffer.from('한국과 중국 외교장관이 월요일 서울에서 만나 무역 문제를 논의했다.') });
  await dialog.getByLabel('Publication date (if the article does not say)').fill('2024-01-01');
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('seoul.txt: looks like Korean; only English articles are read for now');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add article…' })).toBeFocused();
  await expect(eventRows(page)).toHaveCount(before);
});

test('Add article… says so when an article has no event between South Korea and China', async ({ page }) => {
  await page.goto('/');
  await expect(eventRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByLabel('Article text or saved web page (HTML)').fill('Rain expected in Busan\n\nBUSAN -- Heavy rain is expected in Busan on Friday, the weather agency said on Wednesday.');
  await dialog.getByLabel('Publication date (if the article does not say)').fill('2025-07-02');
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog.getByRole('region', { name: 'Proposed events' })).toHaveText('No event between South Korea and China was found in this article.');
  await expect(dialog.getByRole('region', { name: 'Proposed events' }).getByRole('article')).toHaveCount(0);
});
