import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { PORTS } from '../../playwright.config';
import type { Dataset } from '../../src/core/dataset/schema';
import type { EmbedFilters } from '../../src/core/embed/protocol';
import { expect, test } from './fixtures';

/**
 * Hostile and careless hosts: messages from a foreign origin, malformed and
 * oversized payloads, and floods, sent to an embed framed by a host page on
 * an allowed origin. The host counts what it sent and hears back: every
 * accepted message changes the filters, and the frame reports each change.
 */

const shipped: Dataset = JSON.parse(readFileSync(new URL('../../public/data/events.json', import.meta.url), 'utf8'));
const app = `http://127.0.0.1:${PORTS.app}/`;
const hostPage = `http://127.0.0.1:${PORTS.allowedHost}/embed-example.html?app=${encodeURIComponent(app)}`;
const foreignPage = `http://127.0.0.1:${PORTS.foreignHost}/favicon.svg`;
const EMPTY: EmbedFilters = { places: [], topics: [], from: null, to: null, event: null };
const withTopic = (topic: string): EmbedFilters => ({ ...EMPTY, topics: [topic] });
const count = (topic: string) => shipped.events.filter((e) => e.topics.some((t) => t.id === topic)).length;

type Host = { page: Page; frame: Frame; foreign: Frame; logs: string[]; errors: string[] };

/**
 * Opens the host page, waits for the frame's first report, starts counting
 * the frame's filter reports, and adds a frame from a foreign origin beside
 * the embed, the way an ad on a news page would sit next to it.
 */
async function openHost(page: Page): Promise<Host> {
  const logs: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    logs.push(message.text());
    // The example host page has no icon, so the browser's request for /favicon.ico fails; that is not the frame's doing.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(hostPage);
  const frame = (await (await page.waitForSelector('#thaw-frame')).contentFrame())!;
  await frame.waitForSelector('.dashboard');
  await expect(page.locator('#filters')).toHaveText(JSON.stringify(EMPTY));
  await page.evaluate((url) => {
    const state = window as unknown as { replies: string[] };
    state.replies = [];
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'thaw-monitor:filters') state.replies.push(JSON.stringify(event.data.filters));
    });
    const sibling = document.createElement('iframe');
    sibling.src = url;
    sibling.title = 'Another origin';
    document.body.append(sibling);
  }, foreignPage);
  const foreign = (await page.locator('iframe[title="Another origin"]').elementHandle().then((element) => element!.contentFrame()))!;
  await foreign.waitForLoadState();
  return { page, frame, foreign, logs, errors };
}

const replies = (page: Page) => page.evaluate(() => (window as unknown as { replies: string[] }).replies);

/** Posts a valid set-filters message from the host and waits for the frame to report it; returns the milliseconds that took. */
async function sentinel(host: Host, filters: EmbedFilters): Promise<number> {
  const before = (await replies(host.page)).length;
  const started = Date.now();
  await host.page.evaluate((f) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'thaw-monitor:set-filters', filters: f }, '*'), filters);
  await expect.poll(async () => (await replies(host.page)).slice(before)).toEqual([JSON.stringify(filters)]);
  return Date.now() - started;
}

/** Asserts what the frame shows: the pressed topics and the number of events. */
async function expectView(frame: Frame, topic: string | null) {
  const pressed = frame.getByRole('list', { name: 'Topics' }).locator('button[aria-pressed="true"]');
  if (topic === null) await expect(pressed).toHaveCount(0);
  else await expect(pressed).toHaveText([new RegExp(`^${shipped.topics.find((t) => t.id === topic)!.label}`)]);
  await expect(frame.getByRole('status')).toHaveText(`${topic === null ? shipped.events.length : count(topic)} of ${shipped.events.length} events`);
}

test.describe('messages to an embed', () => {
  test('foreign, malformed and oversized messages change nothing, throw nothing and log once per kind', async ({ page }) => {
    const host = await openHost(page);

    // Everything here is built in the page, since a Map, undefined or a 5 MB string do not survive a trip through JSON.
    const malformed = await page.evaluate(() => {
      const frame = document.querySelector('iframe')!.contentWindow!;
      const type = 'thaw-monitor:set-filters';
      const messages: unknown[] = [
        // Wrong type, or no type.
        { type: 'thaw-monitor:height', height: 3 },
        { type: 'THAW-MONITOR:SET-FILTERS', filters: { topics: ['thaad'] } },
        { type: 'thaw-monitor:filters', filters: { topics: ['thaad'] } },
        { filters: { topics: ['thaad'] } },
        // Wrong shapes.
        { type },
        { type, filters: null },
        { type, filters: 'topics=thaad' },
        { type, filters: ['thaad'] },
        { type, filters: { topics: 'thaad' } },
        { type, filters: { topics: [7] } },
        { type, filters: { topics: [null] } },
        { type, filters: { topics: ['THAAD'] } },
        { type, filters: { topics: ['<img src=x onerror=alert(1)>'] } },
        { type, filters: { topics: ['thaad'] }, extra: true },
        [{ type, filters: { topics: ['thaad'] } }],
        // Unknown filter keys.
        { type, filters: { topics: ['thaad'], mode: 'present' } },
        { type, filters: { topic: ['thaad'] } },
        { type, filters: { data: 'https://evil.example/events.json' } },
        // Bad dates.
        { type, filters: { from: '2023-02-30' } },
        { type, filters: { from: '2019-1-1' } },
        { type, filters: { from: '2019-01-01T00:00:00Z' } },
        { type, filters: { from: 20190101 } },
        { type, filters: { from: new Date('2019-01-01') } },
        // Prototype pollution.
        JSON.parse('{"__proto__":{"polluted":true},"type":"thaw-monitor:set-filters","filters":{"topics":["thaad"]}}'),
        JSON.parse('{"type":"thaw-monitor:set-filters","filters":{"__proto__":{"polluted":true},"topics":["thaad"]}}'),
        JSON.parse('{"type":"thaw-monitor:set-filters","filters":{"constructor":{"prototype":{"polluted":true}}}}'),
        // Not objects at all.
        JSON.stringify({ type, filters: { topics: ['thaad'] } }),
        'thaw-monitor:set-filters',
        42,
        Number.NaN,
        true,
        null,
        undefined,
        new Map([['type', type]]),
        new ArrayBuffer(16),
        new Blob(['{}']),
        // Oversized.
        'x'.repeat(5 * 2 ** 20),
        { type, filters: { topics: Array.from({ length: 100_000 }, (_, i) => `topic-${i}`) } },
        { type, filters: { places: ['x'.repeat(5 * 2 ** 20)] } },
        { type, filters: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])) },
        { type, filters: { topics: [[[[[[[[['thaad']]]]]]]]] } },
      ];
      for (const message of messages) frame.postMessage(message, '*');
      return messages.length;
    });
    const foreign = await host.foreign.evaluate(() => {
      const messages = [{ type: 'thaw-monitor:set-filters', filters: { topics: ['thaad'] } }, { type: 'thaw-monitor:set-filters', filters: {} }];
      for (const message of messages) window.parent.frames[0].postMessage(message, '*');
      return messages.length;
    });

    // A valid message after them all: once the frame reports it, every message before it has been handled.
    const answeredInMs = await sentinel(host, withTopic('culture'));
    await page.waitForTimeout(300);
    expect(await replies(page)).toEqual([JSON.stringify(withTopic('culture'))]);
    await expectView(host.frame, 'culture');
    expect(await host.frame.evaluate(() => ({ polluted: ({} as Record<string, unknown>).polluted, keys: Object.keys(Object.prototype) }))).toEqual({ keys: [] });
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(answeredInMs).toBeLessThan(2000);

    const ignored = host.logs.filter((l) => l.startsWith('Thaw Monitor ignored a message'));
    expect(ignored).toHaveLength(3);
    expect(ignored.join('\n')).toMatch(/origin http:\/\/127\.0\.0\.1:\d+ is not allowed/);
    expect(ignored.join('\n')).toContain('larger or deeper');
    expect(ignored.join('\n')).toContain('not a valid thaw-monitor:set-filters or thaw-monitor:set-language message');
    expect(host.errors).toEqual([]);
    console.log(`malformed: sent ${malformed + foreign + 1} (${malformed} malformed or oversized, ${foreign} foreign, 1 valid), accepted ${(await replies(page)).length}; answered the next valid one in ${answeredInMs} ms`);
  });

  test('a flood of 10,000 messages: only valid ones from an allowed origin count, and the frame still answers at once', async ({ page }) => {
    test.setTimeout(90_000);
    const host = await openHost(page);
    const rounds = 10;
    const perRound = 1000;
    let sent = 0;

    // From the allowed host: ten rounds of 999 malformed messages with one valid message in the middle.
    const roundMs: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const topic = round % 2 === 0 ? 'thaad' : 'culture';
      const before = (await replies(page)).length;
      const started = Date.now();
      sent += await page.evaluate(
        ({ perRound, topic }) => {
          const frame = document.querySelector('iframe')!.contentWindow!;
          const type = 'thaw-monitor:set-filters';
          const bad = [null, 'x', 7, { type }, { type, filters: { topics: 'thaad' } }, { type, filters: { from: '2023-02-30' } }, { type, filters: { mode: 'present' } }, { type: 'other' }];
          for (let i = 0; i < perRound; i += 1) {
            frame.postMessage(i === perRound / 2 ? { type, filters: { topics: [topic] } } : bad[i % bad.length], '*');
          }
          return perRound;
        },
        { perRound, topic },
      );
      await expect.poll(async () => (await replies(page)).slice(before)).toEqual([JSON.stringify(withTopic(topic))]);
      roundMs.push(Date.now() - started);
    }
    const fromHost = (await replies(page)).length;
    expect(fromHost).toBe(rounds);
    await expectView(host.frame, 'culture');

    // From the foreign frame: 10,000 well-formed messages at once, all refused.
    const foreignStarted = Date.now();
    const foreign = await host.foreign.evaluate((n) => {
      for (let i = 0; i < n; i += 1) window.parent.frames[0].postMessage({ type: 'thaw-monitor:set-filters', filters: { topics: [i % 2 ? 'thaad' : 'trade'] } }, '*');
      return n;
    }, rounds * perRound);
    sent += foreign;
    // Well past the time the frame needs to handle them; nothing may be heard.
    await page.waitForTimeout(1000);
    expect(await replies(page)).toHaveLength(rounds);
    await expectView(host.frame, 'culture');
    const foreignMs = Date.now() - foreignStarted;

    // The frame still answers a reader at once: a click on a topic updates the view and the host hears of it.
    const clickStarted = Date.now();
    await host.frame.getByRole('list', { name: 'Topics' }).getByRole('button', { name: /^THAAD/ }).click();
    await expect(host.frame.getByRole('status')).toHaveText(`${shipped.events.filter((e) => e.topics.some((t) => t.id === 'thaad' || t.id === 'culture')).length} of ${shipped.events.length} events`, { timeout: 2000 });
    await expect.poll(async () => (await replies(page)).length, { timeout: 2000 }).toBe(rounds + 1);
    const clickMs = Date.now() - clickStarted;
    expect(clickMs).toBeLessThan(2000);

    const ignored = host.logs.filter((l) => l.startsWith('Thaw Monitor ignored a message'));
    expect(ignored).toHaveLength(2);
    expect(host.errors).toEqual([]);
    console.log(
      `flood: sent ${sent} (${rounds * perRound} from the allowed host, ${rounds} of them valid; ${foreign} from a foreign origin), accepted ${fromHost}; ` +
        `a round of ${perRound} took ${Math.min(...roundMs)}-${Math.max(...roundMs)} ms to answer, the foreign flood was over within ${foreignMs} ms, a click then answered in ${clickMs} ms; ${ignored.length} console lines`,
    );
  });
});
