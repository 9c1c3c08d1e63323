import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { overlapsRange } from '../../src/core/filters/filters';
import type { ThawEvent } from '../../src/core/dataset/schema';
import { eventRows, expect, test } from './fixtures';

type Event = { id: string; title: string; placeId: string; date: string; topics: { id: string }[]; thaw: { score: number } };
const shipped: { events: Event[] } = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8'));
const total = shipped.events.length;
const withTopic = (id: string) => shipped.events.filter((e) => e.topics.some((t) => t.id === id));
const meanOf = (events: Event[]) => Math.round((events.reduce((s, e) => s + e.thaw.score, 0) / events.length) * 10) / 10;

const status = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events?/ });
const mapBubble = (page: Page, name: string) => page.locator('.place-map').getByRole('button', { name: new RegExp(`^${name}: `) });
const gauge = (page: Page) => page.getByRole('meter', { name: 'Thaw index' });
const topicButton = (page: Page, label: RegExp) => page.getByRole('list', { name: 'Topics' }).getByRole('button', { name: label });

async function ready(page: Page, path = '/') {
  await page.goto(path);
  // Where the whole first view is HTML (a phone's screen), the page's code comes when the reader first reaches for it.
  // The page listens for that after its first frame: the pointer moves once it has been drawn (a load event can come
  // before it, and a move then would leave the page waiting out its quiet time).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await page.mouse.move(1, 1);
  await expect(status(page)).toContainText(`of ${total} events`);
  // The live map comes after the code has been fetched, run and hydrated: how soon is the benchmark's business, and a
  // loaded two-core machine running two browsers can take more than the default five seconds.
  await expect(page.locator('.place-map .place-bubble').first()).toBeVisible({ timeout: 15_000 });
}

test('the dashboard loads with every panel and nothing from elsewhere', async ({ page, watch }) => {
  await ready(page);
  for (const name of ['Map', 'Thaw index', 'Topics', 'Timeline', 'Events']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  await expect(gauge(page)).toHaveAttribute('aria-valuenow', String(meanOf(shipped.events)));
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  expect(watch.foreign).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('a topic click changes the map, gauge, list, status and URL, and a reload restores it', async ({ page, watch }) => {
  await ready(page);
  const seoulBefore = await mapBubble(page, 'Seoul').getAttribute('aria-label');
  const thaad = withTopic('thaad');

  await topicButton(page, /^THAAD and missile defence/).click();

  await expect(status(page)).toHaveText(`${thaad.length} of ${total} events`);
  await expect(page).toHaveURL(/[?&]topics=thaad(&|$)/);
  await expect(eventRows(page)).toHaveCount(thaad.length);
  await expect(gauge(page)).toHaveAttribute('aria-valuenow', String(meanOf(thaad)));
  const seoulThaad = thaad.filter((e) => e.placeId === 'seoul').length;
  await expect(mapBubble(page, 'Seoul')).toHaveAttribute('aria-label', new RegExp(`^Seoul: ${seoulThaad} events?`));
  expect(await mapBubble(page, 'Seoul').getAttribute('aria-label')).not.toBe(seoulBefore);
  await expect(topicButton(page, /^THAAD and missile defence/)).toHaveAttribute('aria-pressed', 'true');
  // The bars beside the buttons show the same selection: THAAD's bar in one colour, every other bar dimmed in another.
  const barFills = () => page.locator('.topic-bars__bar').evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).backgroundColor));
  const thaadRow = await page.getByRole('list', { name: 'Topics' }).getByRole('button').evaluateAll((buttons) => buttons.findIndex((b) => b.textContent?.startsWith('THAAD')));
  await expect.poll(async () => new Set((await barFills()).filter((_, i) => i !== thaadRow)).size).toBe(1);
  expect((await barFills())[thaadRow]).not.toBe((await barFills())[thaadRow === 0 ? 1 : 0]);

  await page.reload();
  await expect(status(page)).toHaveText(`${thaad.length} of ${total} events`);
  await expect(topicButton(page, /^THAAD and missile defence/)).toHaveAttribute('aria-pressed', 'true');
  await expect(eventRows(page)).toHaveCount(thaad.length);

  await page.goBack();
  await expect(status(page)).toHaveText(`${total} of ${total} events`);
  await page.goForward();
  await expect(status(page)).toHaveText(`${thaad.length} of ${total} events`);
  expect(watch.consoleErrors).toEqual([]);
});

test('a place click on the map filters the other panels but not the map', async ({ page }) => {
  await ready(page);
  // The map's box, which the keyboard reaches to move and zoom it, says so.
  await expect(page.getByRole('group', { name: 'Map: arrow keys move it, + and − zoom' })).toHaveAttribute('tabindex', '0');
  const qingdao = shipped.events.filter((e) => e.placeId === 'qingdao');
  await mapBubble(page, 'Qingdao').click();
  await expect(page).toHaveURL(/[?&]places=qingdao(&|$)/);
  await expect(status(page)).toHaveText(`${qingdao.length} of ${total} events`);
  await expect(eventRows(page)).toHaveCount(qingdao.length);
  await expect(mapBubble(page, 'Qingdao')).toHaveAttribute('aria-pressed', 'true');
  // Cross-filtering: the map still shows every place under the other (empty) filters.
  await expect(mapBubble(page, 'Seoul')).toBeVisible();
  await mapBubble(page, 'Qingdao').click();
  await expect(status(page)).toHaveText(`${total} of ${total} events`);
});

test('the brush sets the date range by mouse and by keyboard', async ({ page }) => {
  await ready(page);
  // Charts are drawn when they come near the viewport.
  await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  const traveller = page.locator('.recharts-brush-traveller').first();
  await traveller.scrollIntoViewIfNeeded();
  const box = (await traveller.boundingBox())!;
  const slide = (await page.locator('.recharts-brush-slide').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + slide.width * 0.6, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]from=\d{4}-01-01/);
  // The address is written at most every 50 ms, so during a drag it can name a step the brush has passed:
  // read it once it names the range the From field shows.
  const fromField = page.getByLabel('From', { exact: true });
  await expect.poll(async () => new URL(page.url()).searchParams.get('from') === (await fromField.inputValue())).toBe(true);
  const { from, to } = Object.fromEntries(new URL(page.url()).searchParams) as { from: string; to?: string };
  expect(from).toMatch(/^\d{4}-01-01$/);
  const inRange = shipped.events.filter((e) => overlapsRange(e as unknown as ThawEvent, from, to ?? null));
  await expect(status(page)).toHaveText(`${inRange.length} of ${total} events`);
  await expect(fromField).toHaveValue(from);

  // Each handle is a slider named by the years at the two ends of the range.
  await expect(traveller).toHaveAttribute('role', 'slider');
  await expect(traveller).toHaveAttribute('aria-label', `Min value: ${from.slice(0, 4)}, Max value: 2023`);
  // Its value is the date it stands on (a day number since 1970), not a pixel position, and says so in words.
  await expect(traveller).toHaveAttribute('aria-valuenow', String(Date.parse(from) / 86_400_000));
  await expect(traveller).toHaveAttribute('aria-valuetext', `From 1 Jan ${from.slice(0, 4)}`);
  await expect(page.locator('.recharts-brush-traveller').last()).toHaveAttribute('aria-valuetext', 'To 31 Dec 2023');
  await traveller.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
  await expect(traveller).not.toHaveAttribute('aria-label', `Min value: ${from.slice(0, 4)}, Max value: 2023`);
  await expect(fromField).not.toHaveValue(from);
  await expect(traveller).toHaveAttribute('aria-valuetext', `From 1 Jan ${Number(from.slice(0, 4)) - 1}`);
});

test('the timeline keeps every year in view and marks the bars of the chosen range', async ({ page }) => {
  const from = '2016-01-01';
  const to = '2019-12-31';
  await ready(page, `/?from=${from}&to=${to}`);
  await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  const years = [...new Set(shipped.events.map((e) => e.date.slice(0, 4)))].sort();
  const expected = years.map((year) => (year >= from.slice(0, 4) && year <= to.slice(0, 4) ? 'is-selected' : 'is-dimmed'));
  expect(expected).toContain('is-dimmed');
  const bars = page.locator('.panel--timeline .recharts-bar-rectangle path');
  await expect(bars).toHaveCount(years.length);
  const marks = await bars.evaluateAll((paths) => paths.map((path) => (path.classList.contains('is-selected') ? 'is-selected' : 'is-dimmed')));
  expect(marks).toEqual(expected);
});

test('a range that misses every event dims every bar, and a brush step starts afresh from there', async ({ page }) => {
  await page.goto('/?from=2030-01-01');
  await expect(status(page)).toHaveText(`0 of ${total} events`);
  await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  const bars = page.locator('.panel--timeline .recharts-bar-rectangle path');
  await expect(bars.first()).toBeVisible();
  expect(await bars.evaluateAll((paths) => paths.filter((path) => !path.classList.contains('is-dimmed')).length)).toBe(0);
  // The brush spans every year; a step of its end handle gives a range that covers events again.
  await page.locator('.recharts-brush-traveller').last().focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
  await expect(status(page)).not.toHaveText(`0 of ${total} events`);
});

test('quick brush steps with the timeline off screen all reach the filters: there and back leaves every date', async ({ page }) => {
  await ready(page);
  // Drawn once near the screen, then scrolled away: the panel then follows the filters only once they settle.
  await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
  await page.locator('.recharts-brush-traveller').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(async () => {
    const traveller = document.querySelector('.recharts-brush-traveller')!;
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      traveller.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  await expect(status(page)).toHaveText(`${total} of ${total} events`);
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
});

test('the date fields set the range and refuse an end before the start', async ({ page }) => {
  await ready(page);
  await page.getByLabel('From', { exact: true }).fill('2019-01-01');
  await expect(page).toHaveURL(/from=2019-01-01/);
  const since2019 = shipped.events.filter((e) => overlapsRange(e as unknown as ThawEvent, '2019-01-01', null));
  await expect(status(page)).toHaveText(`${since2019.length} of ${total} events`);
  await page.getByLabel('To', { exact: true }).fill('2018-01-01');
  await expect(page.getByRole('alert')).toHaveText('The start date must be on or before the end date.');
  await expect(page).not.toHaveURL(/to=2018/);
});

/**
 * Presses Tab until `target` has the focus, and returns the names of the
 * controls passed on the way; fails if it is not reached in `limit` presses.
 */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return passed;
    passed.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.tagName.toLowerCase()} ${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? ''}`;
    }));
  }
  throw new Error(`not reached in ${limit} presses of Tab; passed: ${passed.slice(-10).join(' | ')}`);
}

test('keyboard only: the skip link, a place on the map, a topic and an event, in the order of the page', async ({ page }) => {
  await ready(page);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the dashboard' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // The map comes first: its bubbles, then its list of places.
  const seoul = mapBubble(page, 'Seoul');
  const beforeSeoul = await tabTo(page, seoul);
  expect(beforeSeoul.some((name) => /Copy link|Reset/.test(name))).toBe(false);
  await expect(page.locator('.leaflet-tooltip')).toContainText('Seoul');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/places=seoul/);
  await expect(seoul).toBeFocused();
  await expect(seoul).toHaveAttribute('aria-pressed', 'true');

  // Then the thaw index and the topics.
  const culture = topicButton(page, /^Culture and the Korean wave/);
  const beforeCulture = await tabTo(page, culture);
  expect(beforeCulture.some((name) => name.includes('Evidence'))).toBe(true);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/topics=culture/);
  await expect(culture).toHaveAttribute('aria-pressed', 'true');

  // Then the timeline, and the events.
  const firstRow = eventRows(page).first().getByRole('button');
  const beforeRow = await tabTo(page, firstRow);
  expect(beforeRow.some((name) => name.includes('Min value: 2014, Max value: 2023'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toBeVisible();
  await expect(page).toHaveURL(/event=/);
  // The chosen event stands out on the map and the timeline.
  await expect(page.locator('.place-bubble.is-chosen')).toHaveCount(1);
  await expect(page.locator('.recharts-reference-line.chosen-line')).toHaveCount(1);

  // Shift+Tab goes back the same way.
  await page.keyboard.press('Shift+Tab');
  await expect(firstRow).not.toBeFocused();
});

test('the thaw trend\'s tooltip reaches every event, with the others whose dots overlap it', async ({ page }) => {
  await ready(page);
  const trend = page.locator('.thaw-trend');
  await trend.scrollIntoViewIfNeeded();
  const plot = (await trend.locator('.recharts-cartesian-grid').boundingBox())!;
  const seen = new Set<string>();
  const together: string[][] = [];
  for (let x = plot.x; x <= plot.x + plot.width; x += 2) {
    await page.mouse.move(x, plot.y + plot.height / 2);
    const headings = await trend.locator('.trend-tooltip__heading').allTextContents();
    headings.forEach((heading) => seen.add(heading));
    if (headings.length > 1) together.push(headings);
  }
  expect([...seen].sort()).toEqual(shipped.events.map((e) => `${e.date} · ${e.title}`).sort());
  const shared = [...new Set(shipped.events.map((e) => e.date))].map((date) => shipped.events.filter((e) => e.date === date)).filter((events) => events.length > 1);
  expect(shared.length).toBeGreaterThan(0);
  for (const events of shared) expect(together).toContainEqual(expect.arrayContaining(events.map((e) => `${e.date} · ${e.title}`)));
});

test('the gauge leads to the evidence in one step', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: /Evidence: \d+ events/ }).click();
  const evidence = page.getByRole('region', { name: 'Evidence behind the thaw index' });
  await expect(evidence.getByRole('listitem').filter({ has: page.getByRole('button') })).toHaveCount(total);
  await expect(evidence).toContainText('The ice is melting');
});

test('an event chosen from the evidence is brought into view; one named by the address leaves the page where it is', async ({ page }) => {
  await ready(page, '/?event=2019-12-04-wang-yi-seoul');
  await expect(page.getByRole('article')).toBeAttached();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.getByRole('button', { name: /Evidence: \d+ events/ }).click();
  const evidence = page.getByRole('region', { name: 'Evidence behind the thaw index' });
  const choice = evidence.getByRole('listitem').getByRole('button').nth(2);
  const title = (await choice.textContent())!;
  await choice.click();
  const heading = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeInViewport();
});

for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) {
  test(`on a ${viewport.width}x${viewport.height} screen an event tapped low in the list shows its details at once`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await ready(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bottoms = await eventRows(page).evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom));
    const lowest = bottoms.findLastIndex((bottom) => bottom <= viewport.height);
    await eventRows(page).nth(lowest).getByRole('button').click();
    await expect(page.getByRole('article').getByRole('heading', { level: 3 })).toBeInViewport();
  });
}

// The last one matches no event: empty panels must be as accessible as full ones.
for (const path of ['/', '/?topics=thaad&event=2019-12-04-wang-yi-seoul', '/?places=qingdao&topics=trade']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await ready(page, path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    // Label in name (WCAG 2.5.3) is an experimental rule axe does not run by default: run it on its own.
    const labelInName = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(labelInName.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test('on a phone one finger scrolls the page over the map, and on a desktop it drags the map', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36' });
  const desk = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const touchAction = async (context: BrowserContext) => {
    const page = await context.newPage();
    await ready(page);
    return page.locator('.place-map').evaluate((map) => getComputedStyle(map).touchAction);
  };
  expect(await touchAction(phone)).toBe('pan-x pan-y');
  expect(await touchAction(desk)).toBe('none');
  await Promise.all([phone.close(), desk.close()]);
});

test('on a phone text with no place to break (a long word, an address) wraps instead of widening the page', async ({ page }) => {
  const long = structuredClone(shipped) as unknown as { places: Array<{ id: string; name: string }>; events: Array<{ id: string; placeId: string; title: string; sources: Array<{ quote: string }> }> };
  const word = 'Unbroken'.repeat(40);
  long.events[0].title = `${word} title`;
  long.events[0].sources[0].quote = `See https://example.org/${'path/'.repeat(60)}`;
  long.places.find((p) => p.id === long.events[0].placeId)!.name = word.slice(0, 120);
  await page.route((url) => url.pathname === '/fixtures/long.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?data=/fixtures/long.json&event=${long.events[0].id}`);
  await expect(page.getByRole('article').getByRole('heading', { level: 3 })).toHaveText(`${word} title`);
  await page.getByRole('region', { name: 'Events' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Nor is any of it cut off inside a panel.
  const overflowing = await page.locator('.panel').evaluateAll((panels) => panels.filter((panel) => panel.scrollWidth > panel.clientWidth).map((panel) => panel.getAttribute('data-panel')));
  expect(overflowing).toEqual([]);
  // What may break is the dataset's text, not the page's own short labels and numbers beside it.
  expect((await page.getByRole('button', { name: 'Close the event details' }).boundingBox())!.height).toBeLessThan(48);
  await page.getByRole('button', { name: /Evidence: \d+ events/ }).click();
  const scores = await page.locator('.thaw-evidence__score').evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
  expect(new Set(scores)).toEqual(new Set([1]));
});

test('no horizontal scroll on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await ready(page);
  // Polled: the panels below the map are still being drawn, one per task, when the map's bubbles show.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // A topic's button ends where its bar begins, so a long label is cut short rather than its count hidden under the bar.
  const overlaps = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.topic-bars li')]
        .filter((row) => row.querySelector('.topic-bars__button')!.getBoundingClientRect().right > row.querySelector('.topic-bars__track')!.getBoundingClientRect().left)
        .map((row) => row.textContent),
    );
  await expect.poll(overlaps).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
