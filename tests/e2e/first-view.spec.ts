import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The first view is HTML rendered when the app is built: painted before any
 * script runs, taken over by React without a mismatch, never shown where the
 * page asks for another view, and what the reader does before the app is
 * there is not lost.
 */

/** Records, for the next navigation, whether the first view's HTML was visible once the page's HTML had been read (before any module ran). */
async function probeFirstView(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const root = document.getElementById('root');
      (window as unknown as { firstView: unknown }).firstView = {
        prerendered: !!root?.hasAttribute('data-first-view') && !!root.querySelector('h1'),
        shown: !!root && getComputedStyle(root).display !== 'none' && !!root.querySelector('h1'),
      };
    });
  });
}

const probed = (page: Page) => page.evaluate(() => (window as unknown as { firstView: { prerendered: boolean; shown: boolean } }).firstView);

test('the built page holds the first view as HTML, painted before any script, and React takes it over without a mismatch', async ({ page, request, watch }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<h1>Thaw Monitor</h1>');
  expect(html).toMatch(/17 of 17 events/);
  // No module is fetched by the HTML itself: the entry is imported once the HTML has been painted.
  expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/);
  await probeFirstView(page);
  await page.goto('/');
  expect(await probed(page)).toEqual({ prerendered: true, shown: true });
  // Interactive: a topic click filters, which only the app can do.
  await page.getByRole('button', { name: /^THAAD and missile defence/ }).click();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('6 of 17 events');
  await expect(page).toHaveURL(/topics=thaad/);
  expect(watch.consoleErrors).toEqual([]);
});

for (const [name, path, locale] of [
  ['a shared link with filters', '/?topics=thaad', 'en-US'],
  ['an embed', '/?mode=embed&panels=map,topics', 'en-US'],
  ['the presentation', '/?mode=present', 'en-US'],
  ['a Korean reader', '/', 'ko-KR'],
] as const) {
  test(`${name} never shows the first view's HTML, and opens straight in its own view`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await probeFirstView(page);
    await page.goto(path);
    expect(await probed(page)).toEqual({ prerendered: true, shown: false });
    if (locale === 'ko-KR') await expect(page.getByRole('heading', { level: 1 })).toHaveText('해빙 모니터');
    else if (path.includes('present')) await expect(page.locator('.shell--present')).toBeVisible();
    else if (path.includes('embed')) await expect(page.locator('.shell--embed')).toBeVisible();
    else await expect(page.getByRole('banner').getByRole('status')).toHaveText('6 of 17 events');
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('a click on the first view before its code has arrived is done once the app is there', async ({ page }) => {
  // The app's code is held back, as on a slow connection, while the HTML is already on screen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.shell--dashboard')).toBeVisible();
  release();
  await expect(page.locator('.shell--present')).toBeVisible();
  await expect(page).toHaveURL(/mode=present/);
});
