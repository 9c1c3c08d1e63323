/**
 * Chromium measurements of the production build: navigation to an
 * interactive dashboard, click-to-paint for the three kinds of filter
 * change, long animation frames during a brush drag, and the map's DOM.
 */
import { chromium, type Page } from '@playwright/test';
import { summarize, type Timing } from './stats';

export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const READY_MARK = 'thaw-monitor:ready';

export type BrowserFigures = {
  label: string;
  events: number;
  /** Navigation start to the dashboard's first render with data (performance mark), median of runs. */
  readyMs: number;
  /** Navigation start until the map and the charts in view are drawn and a topic click has been answered, median of runs. */
  interactiveMs: number;
  /** Every navigation's interactiveMs, in the order run: how far one run is from the median. */
  interactiveRunsMs: number[];
  clickToPaint: { topic: Timing; place: Timing; brushStep: Timing };
  brushDrag: { frames: number; longFrames: number; longestMs: number; blockingMs: number };
  map: { markers: number; domNodes: number };
  eventRows: number;
};

const WARM_UP = 6;
/** Samples per click series: with 30, the p95 is the second slowest, and one garbage collection or one late frame set it. */
const SAMPLES = 100;
/** Navigations per dataset; the figure is their median. */
const NAVIGATIONS = 7;

/**
 * Runs `action` (which must change the status line) WARM_UP + SAMPLES times
 * in the page and times each from just before the action to the second
 * animation frame after it: the frame that shows the change has been painted.
 */
async function clickToPaint(page: Page, action: 'topic' | 'place' | 'brush'): Promise<Timing> {
  const samples = await page.evaluate(
    async ({ action, warmUp, samples }) => {
      const status = () => document.querySelector('header [role="status"]')?.textContent ?? '';
      const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const act = (i: number) => {
        if (action === 'topic') (document.querySelectorAll<HTMLButtonElement>('.topic-bars__button')[0]).click();
        else if (action === 'place') (document.querySelector<HTMLButtonElement>('.place-list button[aria-pressed="true"]') ?? document.querySelectorAll<HTMLButtonElement>('.place-list button')[0]).click();
        else {
          // Step the start handle right for ten steps, then back left: every step changes the range.
          const key = Math.floor(i / 10) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
          document.querySelector('.recharts-brush-traveller')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        }
      };
      const out: number[] = [];
      for (let i = 0; i < warmUp + samples; i += 1) {
        const before = status();
        const t0 = performance.now();
        act(i);
        await twoFrames();
        const t = performance.now() - t0;
        if (status() === before && action !== 'brush') throw new Error(`${action} #${i} did not change the view`);
        if (i >= warmUp) out.push(t);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return out;
    },
    { action, warmUp: WARM_UP, samples: SAMPLES },
  );
  return summarize(samples);
}

/** Drags the brush's end handle from right to left and back with the mouse, recording long animation frames. */
async function brushDrag(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __loaf: Array<{ duration: number; blockingDuration: number }>; __frames: number; __counting: boolean };
    w.__loaf = [];
    w.__frames = 0;
    w.__counting = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__loaf.push({ duration: entry.duration, blockingDuration: (entry as unknown as { blockingDuration: number }).blockingDuration });
    }).observe({ type: 'long-animation-frame' });
    const count = () => {
      if (!w.__counting) return;
      w.__frames += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const handles = page.locator('.recharts-brush-traveller');
  const box = (await handles.nth(1).boundingBox())!;
  const slide = (await page.locator('.recharts-brush > rect').first().boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  for (let step = 0; step <= 40; step += 1) await page.mouse.move(box.x + box.width / 2 - (step / 40) * slide.width * 0.7, y);
  for (let step = 40; step >= 0; step -= 1) await page.mouse.move(box.x + box.width / 2 - (step / 40) * slide.width * 0.7, y);
  await page.mouse.up();
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __loaf: Array<{ duration: number; blockingDuration: number }>; __frames: number; __counting: boolean };
    w.__counting = false;
    return {
      frames: w.__frames,
      longFrames: w.__loaf.length,
      longestMs: Math.round(Math.max(0, ...w.__loaf.map((l) => l.duration))),
      blockingMs: Math.round(w.__loaf.reduce((sum, l) => sum + l.blockingDuration, 0)),
    };
  });
}

/**
 * Charts are drawn when they first come near the screen: each is brought
 * into view until it is drawn, then the page goes back to the top. Clicks
 * are measured with every chart on the page answering them.
 */
async function drawEveryChart(page: Page) {
  for (const [region, drawn] of [['Thaw index', '.thaw-trend .recharts-wrapper'], ['Timeline', '.recharts-brush-traveller']] as const) {
    await page.getByRole('region', { name: region }).scrollIntoViewIfNeeded();
    await page.locator(drawn).first().waitFor({ timeout: 60_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelectorAll('.chart-placeholder').length === 0);
}

/** Measures one dataset; `query` is appended to the app's URL (e.g. `?data=/bench-data/events-100k.json`). */
export async function measureInBrowser(baseUrl: string, label: string, query: string, runs = NAVIGATIONS): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with a __name helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const ready: number[] = [];
    const interactive: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.goto(`${baseUrl}/${query}`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout: 60_000 });
      const answered = await page.evaluate(async (mark) => {
        // The map and the charts in view are drawn just after the first paint of the data: interactive waits for them too,
        // checked frame by frame in the page (a poll from the test runner would add its own delay to the figure).
        const drawn = () =>
          document.querySelector('.leaflet-marker-icon') !== null &&
          [...document.querySelectorAll('.chart-placeholder')].every((box) => box.getBoundingClientRect().top > innerHeight);
        while (!drawn()) await new Promise((resolve) => requestAnimationFrame(resolve));
        // Interactive: then the first topic click is answered on screen.
        const button = document.querySelector<HTMLButtonElement>('.topic-bars__button')!;
        const status = () => document.querySelector('header [role="status"]')?.textContent;
        const before = status();
        button.click();
        while (status() === before) await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return { ready: performance.getEntriesByName(mark)[0].startTime, interactive: performance.now() };
      }, READY_MARK);
      ready.push(answered.ready);
      interactive.push(answered.interactive);
    }
    await page.goto(`${baseUrl}/${query}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout: 60_000 });
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await drawEveryChart(page);
    const events = await page.evaluate(() => Number((document.querySelector('header [role="status"]')?.textContent ?? '').match(/of ([\d,]+)/)?.[1].replace(/,/g, '')));
    const figures: BrowserFigures = {
      label,
      events,
      readyMs: Math.round(summarize(ready).median),
      interactiveMs: Math.round(summarize(interactive).median),
      interactiveRunsMs: interactive.map(Math.round),
      clickToPaint: { topic: await clickToPaint(page, 'topic'), place: await clickToPaint(page, 'place'), brushStep: await clickToPaint(page, 'brush') },
      brushDrag: { frames: 0, longFrames: 0, longestMs: 0, blockingMs: 0 },
      map: await page.evaluate(() => ({
        markers: document.querySelectorAll('.leaflet-marker-icon').length,
        domNodes: document.querySelector('.leaflet-container')!.querySelectorAll('*').length,
      })),
      eventRows: await page.locator('.event-list > li').count(),
    };
    await page.goto(`${baseUrl}/${query}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout: 60_000 });
    await drawEveryChart(page);
    await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    figures.brushDrag = await brushDrag(page);
    return figures;
  } finally {
    await browser.close();
  }
}

/** The first tap on a phone's first view, whose code waits for the reader: what that tap costs. */
export type FirstTapFigures = {
  /** CPU slowdown Chromium applied (Lighthouse's mobile preset uses 4). */
  cpuSlowdown: number;
  /** Script bytes (as sent) fetched before the tap, median of runs: 0 where the whole screen is HTML. */
  scriptsBeforeTapBytes: number;
  /** From the tap to the frame that shows its filter applied, median of runs. */
  tapToPaintMs: number;
  tapToPaintRunsMs: number[];
};

/**
 * Opens the shipped dataset on a 390 × 844 touch screen with the processor
 * slowed `cpuSlowdown` times, waits two seconds with no input (the first
 * view, HTML only, its code not fetched), taps the first place of the list
 * under the map, and times the tap to the painted frame whose status line
 * shows the filtered count: the fetch, evaluation and hydration the page
 * put off until the reader reached for it, and the tap done again.
 */
export async function firstTapOnPhone(baseUrl: string, runs = 5, cpuSlowdown = 4): Promise<FirstTapFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
  const taps: number[] = [];
  const before: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      let scriptBytes = 0;
      let tapped = false;
      page.on('requestfinished', (request) => {
        if (tapped || request.resourceType() !== 'script') return;
        void request.sizes().then((sizes) => (scriptBytes += sizes.responseBodySize));
      });
      await page.goto(`${baseUrl}/`);
      await page.waitForTimeout(2000);
      before.push(scriptBytes);
      // The tap's time and the first frame after the status line changed, both on the page's clock.
      await page.evaluate(() => {
        const status = document.querySelector('header [role="status"]')!;
        const text = status.textContent;
        const times: { tap?: number; painted?: number } = {};
        (window as unknown as { tapTimes: typeof times }).tapTimes = times;
        document.addEventListener('touchstart', () => (times.tap ??= performance.now()), { capture: true, once: true });
        const poll = () => {
          if (document.querySelector('header [role="status"]')?.textContent !== text) requestAnimationFrame(() => (times.painted = performance.now()));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
      tapped = true;
      await page.locator('.place-list button').first().tap();
      const times = await page.waitForFunction(() => {
        const t = (window as unknown as { tapTimes: { tap?: number; painted?: number } }).tapTimes;
        return t.tap !== undefined && t.painted !== undefined ? t : null;
      }, undefined, { timeout: 30_000 });
      const { tap, painted } = (await times.jsonValue()) as { tap: number; painted: number };
      taps.push(Math.round(painted - tap));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { cpuSlowdown, scriptsBeforeTapBytes: median(before), tapToPaintMs: median(taps), tapToPaintRunsMs: taps };
}
