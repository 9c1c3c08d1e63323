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

test('the first frame is painted once the HTML and the script that gives its styles back have been read, not before', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<head>[^]*<link rel="expect" href="#first-view-end" blocking="render">[^]*<\/head>/);
  // The element waited for comes after the script that gives the styles back.
  const end = html.indexOf('<template id="first-view-end"></template>');
  const styles = html.lastIndexOf("document.querySelectorAll('[data-first-view-style]')");
  expect(styles).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(html.indexOf('</script>', styles));
  // The first animation frame comes with the first rendering: by then every moved style is back and nothing is left to lay out again.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        view: !!document.querySelector('#root[data-first-view] h1'),
        end: !!document.getElementById('first-view-end'),
        unstyled: document.querySelectorAll('[data-first-view-style]').length,
      };
    });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstFrame?: unknown }).firstFrame)).toEqual({ view: true, end: true, unstyled: 0 });
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

/** The centres of the bubbles `selector` finds, rounded to the pixel, west to east. */
const bubbleCentres = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((bubbles) =>
    bubbles
      .map((bubble) => {
        const box = bubble.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, size: Math.round(box.width) };
      })
      .sort((a, b) => a.x - b.x),
  );

test('on a phone the page runs no code until the reader reaches for it; the first tap is done, and the live map opens where its picture was', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto('/');
  // The screen holds the header and the map's picture, all HTML: nothing waits for code, so none is fetched.
  await expect(page.locator('.map-picture__bubble')).toHaveCount(4);
  // Every style the build moved out of the HTML is back, and with it the picture's bubbles are seen.
  await expect(page.locator('[data-first-view-style]')).toHaveCount(0);
  await expect(page.locator('.map-picture__bubble').first()).toBeVisible();
  await page.waitForTimeout(1500);
  expect(scripts).toEqual([]);
  const picture = await bubbleCentres(page, '.map-picture__bubble');

  await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: /^Qingdao/ }).tap();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('1 of 17 events');
  expect(scripts.length).toBeGreaterThan(0);

  // The live map, once drawn, puts every bubble where the picture had it (to within a pixel), and at its size.
  await page.locator('.place-map .place-bubble').first().waitFor();
  const live = await bubbleCentres(page, '.place-map .place-bubble');
  expect(live.map((bubble) => bubble.size)).toEqual(picture.map((bubble) => bubble.size));
  live.forEach((bubble, i) => {
    expect(Math.abs(bubble.x - picture[i].x)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(bubble.y - picture[i].y)).toBeLessThanOrEqual(1.5);
  });
  await context.close();
});

test('on a wide screen, where a chart is on screen and only code can draw it, the code is fetched at once', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  // No input at all: the thaw trend (a chart, on screen at this width) is drawn.
  await expect(page.locator('.thaw-trend .recharts-surface')).toBeVisible();
  await expect(page.locator('.place-map .place-bubble').first()).toBeVisible();
  await context.close();
});
