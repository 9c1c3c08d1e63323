import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { PORTS } from '../../playwright.config';
import { eventsToCsv } from '../../src/core/export/export-events';
import type { Dataset } from '../../src/core/dataset/schema';
import { expect, test } from './fixtures';

const shipped: Dataset = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8'));
const app = `http://127.0.0.1:${PORTS.app}/`;
const hostPage = (port: number, appQuery = '') => `http://127.0.0.1:${port}/embed-example.html?app=${encodeURIComponent(app + appQuery)}`;
const thaad = shipped.events.filter((e) => e.topics.some((t) => t.id === 'thaad'));

async function embeddedFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#thaw-frame');
  const frame = (await element.contentFrame())!;
  await frame.waitForSelector('.dashboard');
  return frame;
}

test.describe('embed', () => {
  test('shows the chosen panels in order, without the page chrome, and keeps the filters in its full-dashboard link', async ({ page, watch }) => {
    await page.goto('/?mode=embed&panels=topics,map&theme=dark&topics=thaad');
    const headings = page.getByRole('heading', { level: 2 });
    await expect(headings).toHaveText(['Topics', 'Map']);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reset' })).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const link = page.getByRole('link', { name: 'Open full dashboard' });
    await expect(link).toHaveAttribute('href', '/?topics=thaad');
    expect(watch.foreign).toEqual([]);
  });

  test('a host on an allowed origin gets the height, sets filters, and hears them back', async ({ page }) => {
    await page.goto(hostPage(PORTS.allowedHost));
    const frame = await embeddedFrame(page);
    await expect(page.locator('#height')).toHaveText(/^\d+ px$/);
    const reported = Number((await page.locator('#height').textContent())!.replace(' px', ''));
    const frameHeight = await page.locator('#thaw-frame').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(frameHeight - reported)).toBeLessThanOrEqual(2);
    await expect(page.locator('#filters')).toHaveText('{"places":[],"topics":[],"from":null,"to":null,"event":null}');
    const entries = await page.evaluate(() => history.length);

    await page.getByRole('button', { name: 'THAAD' }).click();
    await expect(frame.getByRole('list', { name: 'Topics' }).getByRole('button', { name: /^THAAD/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(frame.getByRole('region', { name: 'Events' }).getByRole('listitem')).toHaveCount(thaad.length);
    await expect(page.locator('#filters')).toHaveText('{"places":[],"topics":["thaad"],"from":null,"to":null,"event":null}');

    // A filter changed inside the frame is reported too.
    await frame.locator('.place-map').getByRole('button', { name: /^Seoul: / }).click();
    await expect(page.locator('#filters')).toContainText('"places":["seoul"]');
    // Both changes replaced the frame's address rather than adding to the history it shares with the host page, so the
    // reader's Back button leaves the article instead of stepping through the frame's filters.
    await expect.poll(() => page.frame({ url: /mode=embed/ })?.url()).toMatch(/[?&]places=seoul/);
    expect(page.frame({ url: /mode=embed/ })?.url()).toMatch(/[?&]topics=thaad/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Fewer events make a shorter page: the frame is told, and shrinks with it.
    await expect.poll(async () => Number((await page.locator('#height').textContent())!.replace(' px', ''))).toBeLessThan(reported);
    const shrunk = Number((await page.locator('#height').textContent())!.replace(' px', ''));
    await expect.poll(() => page.locator('#thaw-frame').evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBeGreaterThanOrEqual(shrunk - 2);
    expect(await page.locator('#thaw-frame').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(shrunk + 2);
  });

  test('the first filters a host hears are the ones its address set, not empty ones from before the data loaded', async ({ page }) => {
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      window.addEventListener('message', (event) => {
        if ((event.data as { type?: string })?.type === 'thaw-monitor:filters') heard.push((event.data as { filters: unknown }).filters);
      });
    });
    await page.goto(hostPage(PORTS.allowedHost, '?topics=thaad&from=2019-01-01'));
    const frame = await embeddedFrame(page);
    await expect(frame.getByRole('region', { name: 'Events' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('#filters')).toContainText('"topics":["thaad"]');
    const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    expect(heard).toEqual([{ places: [], topics: ['thaad'], from: '2019-01-01', to: null, event: null }]);
  });

  test('a page on an origin that is not allowed cannot frame the dashboard at all', async ({ page }) => {
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text());
    });
    await page.goto(hostPage(PORTS.foreignHost));
    const frame = (await (await page.waitForSelector('#thaw-frame')).contentFrame())!;
    await expect.poll(() => refusals.length).toBe(1);
    expect(frame.url()).not.toContain(app);
    await expect(frame.locator('.dashboard')).toHaveCount(0);
    await page.waitForTimeout(500);
    await expect(page.locator('#height')).toHaveText('not reported yet');
    await expect(page.locator('#filters')).toHaveText('not reported yet');
  });

  test('axe finds nothing in an embed', async ({ page }) => {
    await page.goto('/?mode=embed&panels=map,topics,thaw,timeline,events');
    await page.locator('.place-map .place-bubble').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    const labelInName = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(labelInName.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

test.describe('presentation', () => {
  test('steps on its own, in date order, announcing each step', async ({ page, watch }) => {
    const story = [...thaad].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    // Three seconds: long enough for the first step to be checked on a busy machine before the show moves on.
    await page.goto('/?mode=present&interval=3&topics=thaad');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(story[0].title);
    await expect(page.getByRole('progressbar', { name: 'Story progress' })).toHaveAttribute('aria-valuetext', `Step 1 of ${story.length}`);
    await expect(heading).toHaveText(story[1].title, { timeout: 8000 });
    await expect(page.locator('[aria-live="polite"]')).toContainText(`Step 2 of ${story.length}: ${story[1].title}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(watch.foreign).toEqual([]);
  });

  test('the keys step, pause and leave', async ({ page }) => {
    const story = [...shipped.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    await page.goto('/?mode=present&interval=600');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(story[0].title);
    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText(story[1].title);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(heading).toHaveText(story.at(-1)!.title);
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(page.getByRole('heading', { level: 1, name: 'Thaw Monitor' })).toBeVisible();
  });

  test('F toggles full screen', async ({ page }) => {
    await page.goto('/?mode=present&interval=600');
    await expect(page.getByRole('progressbar', { name: 'Story progress' })).toBeVisible();
    // The keys are live once the show has drawn its first step (the map included).
    await page.locator('.place-map .place-bubble').first().waitFor();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('F');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null), { timeout: 10_000 }).toBe(false);
  });

  test('the screen is kept awake while the show runs, and let go when it ends', async ({ page }) => {
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __wakeLog: string[] }).__wakeLog = log;
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: { request: async (type: string) => (log.push(`request ${type}`), { release: async () => void log.push('release') }) },
      });
    });
    await page.goto('/?mode=present&interval=600');
    await expect(page.getByRole('progressbar', { name: 'Story progress' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __wakeLog: string[] }).__wakeLog)).toEqual(['request screen']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __wakeLog: string[] }).__wakeLog)).toEqual(['request screen', 'release']);
  });

  test('an idle pointer is hidden, and shows again when it moves', async ({ page }) => {
    await page.goto('/?mode=present&interval=600');
    const show = page.locator('.presentation');
    await page.mouse.move(200, 200);
    await expect(show).not.toHaveClass(/is-idle/);
    await expect(show).toHaveClass(/is-idle/, { timeout: 6000 });
    expect(await show.evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    await page.mouse.move(300, 300);
    await expect(show).not.toHaveClass(/is-idle/);
  });

  for (const [motion, moving] of [['reduce', false], ['no-preference', true]] as const) {
    test(`with prefers-reduced-motion: ${motion} the map ${moving ? 'flies' : 'jumps'} to the next event`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      const story = [...shipped.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      // The first step whose place differs from the one before, so the map has to move.
      const step = story.findIndex((e, i) => i > 0 && e.placeId !== story[i - 1].placeId);
      await page.goto(`/?mode=present&interval=600`);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(story[0].title);
      for (let i = 1; i < step; i += 1) {
        await page.keyboard.press('ArrowRight');
        await expect(heading).toHaveText(story[i].title);
      }
      await page.waitForTimeout(2000);
      // Where the first bubble sits on screen: it moves while the map flies, and stays put once it has jumped.
      const bubble = page.locator('.place-map .place-bubble').first();
      await page.keyboard.press('ArrowRight');
      await expect(heading).toHaveText(story[step].title);
      // Sampled over the whole flight (1.5 s): on a busy machine its first frames can come late.
      const positions = new Set<string>();
      for (let i = 0; i < 10; i += 1) {
        await page.waitForTimeout(150);
        const box = (await bubble.boundingBox())!;
        positions.add(`${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)}`);
      }
      expect(positions.size > 1).toBe(moving);
    });
  }

  test('pausing stops the clock', async ({ page }) => {
    await page.goto('/?mode=present&interval=1');
    const heading = page.getByRole('heading', { level: 1 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const title = await heading.textContent();
    await page.waitForTimeout(2500);
    await expect(heading).toHaveText(title!);
  });

  test('axe finds nothing in a presentation', async ({ page }) => {
    await page.goto('/?mode=present&interval=600');
    await page.locator('.place-map .place-bubble').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

/** Saves the view as a PNG and draws it back onto a canvas in the page, left as `window.picture` for the checks that follow. */
async function savePicture(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the view as a PNG picture' }).click()]);
  const png = readFileSync((await download.path())!).toString('base64');
  await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    (window as unknown as { picture: CanvasRenderingContext2D }).picture = context;
  }, png);
}

test.describe('export', () => {
  test('CSV and JSON hold exactly the filtered events', async ({ page }) => {
    await page.goto('/?topics=thaad');
    await expect(page.getByRole('status').filter({ hasText: /of \d+ events/ })).toHaveText(`${thaad.length} of ${shipped.events.length} events`);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the events in view as CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^thaw-monitor-${thaad.length}-events-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv).toBe(eventsToCsv(shipped, thaad));

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the events in view as JSON' }).click()]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
    expect(json).toEqual({ ...shipped, events: thaad });
  });

  test('Copy link puts the address of the exact view on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?topics=thaad&places=seoul');
    await expect(page.getByRole('status').filter({ hasText: /of \d+ events/ })).toBeVisible();
    await page.getByRole('button', { name: /Copy link/ }).click();
    await expect(page.getByRole('button', { name: /Link copied/ })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    // The link opens the same view.
    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.getByRole('list', { name: 'Topics' }).getByRole('button', { name: /^THAAD/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(other.getByRole('status').filter({ hasText: /of \d+ events/ })).toHaveText(`${shipped.events.filter((e) => e.placeId === 'seoul' && thaad.includes(e)).length} of ${shipped.events.length} events`);
  });

  test('printing gives a one-page summary', async ({ page }) => {
    await page.goto('/?topics=thaad');
    await page.locator('.place-map .place-bubble').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  test('a phone prints the timeline it has not scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await page.locator('.place-map .place-bubble').first().waitFor();
    const bars = page.locator('.timeline .recharts-bar-rectangle');
    // Far below the fold, the timeline is not drawn yet.
    await expect(bars).toHaveCount(0);
    // Once the page has been quiet a few seconds the charts' code is here, with no scroll or touch, and a print draws the timeline at once.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          return bars.count();
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
  });

  test('the view saves as a PNG picture', async ({ page }) => {
    await page.goto('/?places=qingdao');
    await page.locator('.place-map .place-bubble').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the view as a PNG picture' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  test('the picture keeps the colours the stylesheet gives the map and the charts, and the page keeps its own styles', async ({ page }) => {
    await page.goto('/');
    await page.locator('.place-map .place-bubble').first().waitFor();
    await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    await page.locator('.timeline .recharts-bar-rectangle').first().waitFor();
    // Where the land and a bar are, in the picture's pixels (it is of <main>, at twice the size), and what they look like on screen.
    const spots = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const at = (box: DOMRect) => ({ x: Math.round((box.left + box.width / 2 - main.left) * 2), y: Math.round((box.top + box.height / 2 - main.top) * 2) });
      const country = document.querySelector<SVGPathElement>('.place-map .country')!;
      const bar = document.querySelector('.timeline .recharts-bar-rectangle path, .timeline .recharts-bar-rectangle rect')!;
      return { bar: at(bar.getBoundingClientRect()), barFill: getComputedStyle(bar).fill, countries: document.querySelectorAll('.place-map .country').length, countryStyle: country.style.cssText };
    });
    await savePicture(page);
    const read = await page.evaluate((bar) => {
      const context = (window as unknown as { picture: CanvasRenderingContext2D }).picture;
      // The map's box: the share of its pixels that are black (the colour of a shape that lost its stylesheet).
      const mapBox = document.querySelector('.place-map')!.getBoundingClientRect();
      const main = document.querySelector('main')!.getBoundingClientRect();
      const map = context.getImageData((mapBox.left - main.left) * 2, (mapBox.top - main.top) * 2, mapBox.width * 2, mapBox.height * 2).data;
      let black = 0;
      for (let i = 0; i < map.length; i += 4) if (map[i] < 20 && map[i + 1] < 20 && map[i + 2] < 20) black += 1;
      const [r, g, b] = context.getImageData(bar.x, bar.y, 1, 1).data;
      return { blackShare: black / (map.length / 4), bar: `rgb(${r}, ${g}, ${b})` };
    }, spots.bar);
    expect(spots.countries).toBeGreaterThan(5);
    expect(read.blackShare).toBeLessThan(0.02);
    expect(read.bar).toBe(spots.barFill);
    // The styles written in for the capture are taken out again.
    expect(await page.locator('.place-map .country').first().evaluate((country: SVGPathElement) => country.style.cssText)).toBe(spots.countryStyle);
  });

  test('on a phone the picture holds the panels far below the fold, which the page itself has not laid out', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await page.locator('.place-map .place-bubble').first().waitFor();
    await savePicture(page);
    // Drawn back onto a canvas in the page: the bottom of the picture (the events panel, thousands of pixels below the
    // fold) must hold text and lines, not an empty box the size of a skipped panel.
    const bottom = await page.evaluate(() => {
      const context = (window as unknown as { picture: CanvasRenderingContext2D }).picture;
      const image = context.canvas;
      const strip = context.getImageData(0, Math.floor(image.height * 0.85), image.width, Math.floor(image.height * 0.1)).data;
      const colours = new Set<number>();
      for (let i = 0; i < strip.length; i += 4) colours.add((strip[i] << 16) | (strip[i + 1] << 8) | strip[i + 2]);
      return { height: image.height, colours: colours.size };
    });
    const pageHeight = await page.locator('main').evaluate((main) => main.scrollHeight);
    expect(bottom.height).toBeGreaterThan(pageHeight * 2 * 0.9);
    expect(bottom.colours).toBeGreaterThan(20);
  });
});
