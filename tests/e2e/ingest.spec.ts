import AxeBuilder from '@axe-core/playwright';
import { eventRows, expect, test } from './fixtures';

// An article written for this test, about a real event, with the noise a scrape carries.
const ARTICLE = `Xi and Lee hold first summit in Gyeongju

GYEONGJU, Nov 1 (Yonhap) -- Chinese President Xi Jinping held talks with South Korean President Lee Jae-myung on Saturday on the sidelines of the Asia-Pacific Economic Cooperation forum, the first summit between the two leaders.

Advertisement

The two leaders agreed to expand cultural exchanges and to keep close communication on North Korea, Lee's office said in a statement.`;

test('Add article…: paste, review, edit, accept, see it in every panel, reload, export, clear', async ({ page, watch }) => {
  await page.goto('/');
  await expect(eventRows(page).first()).toBeVisible();
  const before = await eventRows(page).count();

  await page.getByRole('button', { name: 'Add article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Article text or saved web page (HTML)').fill(ARTICLE);

  // The dateline gives no year: the reader is asked for the date, and nothing changes in the dashboard.
  await dialog.getByRole('button', { name: 'Read article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no publication date found');
  await dialog.getByLabel('Publication date (if the article does not say)').fill('2025-11-01');
  await dialog.getByRole('button', { name: 'Read article' }).click();

  const proposals = dialog.getByRole('region', { name: 'Proposed events' });
  const first = proposals.getByRole('article').first();
  await expect(first.getByLabel('Date', { exact: true })).toHaveValue('2025-11-01');
  await expect(first.getByLabel('Place', { exact: true })).toHaveValue('Gyeongju');
  await expect(dialog.getByRole('region', { name: 'The article' }).locator('mark').first()).toContainText('Xi Jinping held talks');
  expect(await new AxeBuilder({ page }).include('dialog').analyze().then((r) => r.violations)).toEqual([]);

  await first.getByLabel('Title').fill('Xi and Lee meet in Gyeongju');
  await first.getByRole('button', { name: 'Accept' }).click();
  await expect(first.getByText('Accepted')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await expect(eventRows(page)).toHaveCount(before + 1);
  await expect(page.getByRole('region', { name: 'Events' }).getByText('Xi and Lee meet in Gyeongju')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Places' }).getByRole('button', { name: /^Gyeongju / })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('1 reviewed in this browser');

  // Kept in this browser across a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Events' }).getByText('Xi and Lee meet in Gyeongju')).toBeVisible();

  await page.getByRole('button', { name: 'Add article…' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export reviewed events' }).click();
  const file = await download;
  const exported = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(exported.events.map((e: { title: string }) => e.title)).toEqual(['Xi and Lee meet in Gyeongju']);
  expect(exported.sources[0].outlet).toBe('Yonhap');

  await dialog.getByRole('button', { name: 'Clear reviewed events' }).click();
  await dialog.getByRole('button', { name: /^Confirm: clear 1 reviewed event$/ }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(eventRows(page)).toHaveCount(before);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Events' }).getByText('Xi and Lee meet in Gyeongju')).toHaveCount(0);
  expect(watch.foreign).toEqual([]);
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
