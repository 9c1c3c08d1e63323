import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PORTS } from '../../playwright.config';
import { firstViewScriptSources } from '../../scripts/first-view-script';
import type { Dataset } from '../../src/core/dataset/schema';
import { expect, test } from './fixtures';

/**
 * The production build under its Content-Security-Policy (served by
 * `vite preview` from scripts/security-headers.ts): every feature runs
 * without a single violation, and what the policy forbids is blocked.
 */

const shipped: Dataset = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8'));
const total = shipped.events.length;
const app = `http://127.0.0.1:${PORTS.app}/`;

type Violation = { directive: string; blocked: string; source: string };

/**
 * Records every `securitypolicyviolation` event, in every frame of the page
 * and from before its first script, and every console line that reports one.
 */
async function guard(page: Page) {
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleLines.push(message.text());
  });
  await page.addInitScript(() => {
    const record = window as unknown as { violations: Violation[] };
    record.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      record.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
  return {
    consoleLines,
    /** Violations seen so far, in the page and in its frames. */
    violations: async () => {
      const all: Violation[] = [];
      for (const frame of page.frames()) {
        all.push(...(await frame.evaluate(() => (window as unknown as { violations?: Violation[] }).violations ?? []).catch(() => [])));
      }
      return all;
    },
  };
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events?/ });

test.describe('content security', () => {
  test('the app is served with the policy, and the example host page with its own', async ({ request }) => {
    const response = await request.get('/');
    const policy = response.headers()['content-security-policy'];
    // WebAssembly may compile (DuckDB, for a large table); JavaScript may not be evaluated.
    // Two inline scripts, the first view's, are allowed by their hashes, and nothing else inline.
    expect(policy).toContain(`script-src 'self' ${firstViewScriptSources().join(' ')} 'wasm-unsafe-eval';`);
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    // The data server the engine tests start is the one origin the preview lets `?data=` fetch from (THAW_DATA_ORIGINS).
    expect(policy).toContain(`connect-src 'self' http://127.0.0.1:${PORTS.dataServer};`);
    expect(policy).toMatch(new RegExp(`frame-ancestors 'self' http://127\\.0\\.0\\.1:${PORTS.allowedHost}$`));
    expect(policy.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('same-origin');
    const host = await request.get('/embed-example.html');
    expect(host.headers()['content-security-policy']).toContain('frame-src http: https:');
  });

  test('the dashboard, its panels, exports, a dataset file and print raise no violation', async ({ page, watch }) => {
    const csp = await guard(page);
    await page.goto('/');
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    await page.locator('.place-map .place-bubble').first().waitFor();

    // Every panel: the map, the topics, the evidence, the timeline's brush and date fields, an event.
    await page.locator('.place-map').getByRole('button', { name: /^Seoul: / }).click();
    await page.getByRole('list', { name: 'Topics' }).getByRole('button', { name: /^THAAD/ }).click();
    await page.getByRole('button', { name: /Evidence: \d+ events?/ }).click();
    await page.getByLabel('From', { exact: true }).fill('2016-01-01');
    await page.getByRole('region', { name: 'Timeline' }).scrollIntoViewIfNeeded();
    const traveller = page.locator('.recharts-brush-traveller').first();
    await traveller.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('region', { name: 'Events' }).getByRole('listitem').first().getByRole('button').click();
    await expect(page.getByRole('article')).toBeVisible();
    await page.locator('.place-map').getByRole('button', { name: /^Qingdao: / }).hover();
    await expect(page.locator('.leaflet-tooltip')).toContainText('Qingdao');
    await page.getByRole('button', { name: 'Reset' }).click();

    // Exports: CSV, JSON and the PNG picture, which draws the page through a data: image and a blob.
    for (const name of ['Download the events in view as CSV', 'Download the events in view as JSON', 'Save the view as a PNG picture']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect(await download.failure()).toBeNull();
    }

    // A dataset from the disk goes through the same validation as the built-in one.
    await page.getByLabel(/Open a dataset/).setInputFiles({ name: 'events.json', mimeType: 'application/json', buffer: readFileSync(new URL('../../public/data/events.json', import.meta.url)) });
    await expect(status(page)).toHaveText(`${total} of ${total} events`);

    // Print: the print stylesheet and the map's re-fit.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    await page.waitForTimeout(300);
    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleLines).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('an embed driven by a host page, and a presentation, raise no violation', async ({ page }) => {
    const csp = await guard(page);
    await page.goto(`http://127.0.0.1:${PORTS.allowedHost}/embed-example.html?app=${encodeURIComponent(app)}`);
    const frame = (await (await page.waitForSelector('#thaw-frame')).contentFrame())!;
    await frame.waitForSelector('.place-map .place-bubble');
    await page.getByRole('button', { name: 'THAAD' }).click();
    await expect(page.locator('#filters')).toContainText('"topics":["thaad"]');
    await frame.getByRole('list', { name: 'Topics' }).getByRole('button', { name: /^Culture/ }).click();
    await expect(page.locator('#filters')).toContainText('"topics":["thaad","culture"]');
    await expect(page.locator('#height')).toHaveText(/^\d+ px$/);

    await page.goto('/?mode=present&interval=1');
    const heading = page.getByRole('heading', { level: 1 });
    const first = await heading.textContent();
    await expect(heading).not.toHaveText(first!, { timeout: 4000 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await page.mouse.move(10, 10);

    await page.waitForTimeout(300);
    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleLines).toEqual([]);
  });

  test('an injected inline script, event handler, style element and eval are all blocked', async ({ page }) => {
    const csp = await guard(page);
    await page.goto('/');
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    const outcome = await page.evaluate(async () => {
      const state = window as unknown as { ran: string[] };
      state.ran = [];
      const script = document.createElement('script');
      script.textContent = "window.ran.push('inline script')";
      document.head.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = `<img src="/favicon.svg?x" onload="window.ran.push('event handler')"><p style="--injected: yes">styled</p>`;
      document.body.append(holder);
      const style = document.createElement('style');
      style.textContent = 'body { --injected: yes; }';
      document.head.append(style);
      // Later, in a task of the page's own: code evaluated by the test runner itself may call eval.
      const evaluated = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            (0, eval)('1 + 1');
            resolve('ran');
          } catch (error) {
            resolve((error as Error).name);
          }
        }, 0),
      );
      await new Promise((r) => setTimeout(r, 300));
      const styled = holder.querySelector('p')!;
      return { ran: state.ran, injectedStyle: getComputedStyle(document.body).getPropertyValue('--injected'), injectedAttribute: getComputedStyle(styled).getPropertyValue('--injected'), evaluated };
    });
    expect(outcome).toEqual({ ran: [], injectedStyle: '', injectedAttribute: '', evaluated: 'EvalError' });
    const directives = (await csp.violations()).map((v) => v.directive).sort();
    expect(directives).toEqual(['script-src', 'script-src-attr', 'script-src-elem', 'style-src-attr', 'style-src-elem']);
  });

  test('a dataset on another origin is refused by connect-src until the host lists it, and the app says it could not be fetched', async ({ page }) => {
    const csp = await guard(page);
    const elsewhere = `http://127.0.0.1:${PORTS.foreignHost}/data/events.json`;
    await page.goto(`/?data=${encodeURIComponent(elsewhere)}`);
    await expect(page.getByRole('alert')).toContainText('The dataset could not be loaded', { timeout: 15_000 });
    await expect(page.getByRole('alert')).toContainText('the dataset could not be fetched');
    await page.getByRole('button', { name: 'Use the built-in dataset' }).click();
    await expect(status(page)).toHaveText(`${total} of ${total} events`);
    const refused = (await csp.violations()).filter((v) => v.directive === 'connect-src');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((v) => v.blocked === elsewhere)).toBe(true);
  });
});
