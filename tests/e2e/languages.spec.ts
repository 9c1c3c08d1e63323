import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PORTS } from '../../playwright.config';
import { expect, test } from './fixtures';

/**
 * The dashboard, the embed and the presentation in Korean and Chinese: what
 * a reader meets is in that language (names of places from the dataset,
 * everything else from the catalogs), dataset text stays in its own language
 * and says so, and the language is part of the address.
 */

type Words = {
  lang: 'ko' | 'zh';
  tag: string;
  title: string;
  seoul: string;
  meter: string;
  topic: string;
  panels: string[];
  date: string;
  status: RegExp;
  present: string;
};

const LANGUAGES: Words[] = [
  {
    lang: 'ko',
    tag: 'ko',
    title: '해빙 모니터',
    seoul: '서울',
    meter: '해빙 지수',
    topic: '북한과 비핵화',
    panels: ['지도', '해빙 지수', '주제', '연표', '사건'],
    date: '2023년 9월 26일',
    status: /^사건 17건 중 \d+건$/,
    present: '발표',
  },
  {
    lang: 'zh',
    tag: 'zh-Hans',
    title: '解冻监测',
    seoul: '首尔',
    meter: '解冻指数',
    topic: '朝鲜与无核化',
    panels: ['地图', '解冻指数', '议题', '时间线', '事件'],
    date: '2023年9月26日',
    status: /^共 17 个事件，显示 \d+ 个$/,
    present: '演示',
  },
];

const shots = 'test-results/languages';
mkdirSync(shots, { recursive: true });

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.place-map .place-bubble').first()).toBeVisible();
}

/** Visible text of the page that is neither the dataset's (marked with its own lang) nor a code, number or brand. */
async function englishWordsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const ALLOWED = ['CSV', 'JSON', 'PNG', 'CAMEO', 'THAAD', 'COVID', 'pop', 'Natural', 'Earth', 'HTML', 'txt', 'html'];
    const check = (text: string) => {
      for (const word of text.match(/[A-Za-z]{3,}/g) ?? []) if (!ALLOWED.includes(word)) found.push(word);
    };
    // What assistive technology reads out: names, descriptions, values and hints, outside the dataset's own text.
    for (const element of document.querySelectorAll('.shell [aria-label], .shell [title], .shell [placeholder], .shell [aria-valuetext], .shell [aria-roledescription]')) {
      if (element.closest('[lang="en"]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'aria-roledescription']) {
        const value = element.getAttribute(name);
        // A place's name is the dataset's: the English one stands where it has none in the language.
        if (value && !element.closest('.place-bubble')) check(value);
      }
    }
    check(document.title);
    const walker = document.createTreeWalker(document.querySelector('.shell')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (element.closest('[lang="en"], script, style, .leaflet-control-attribution, [aria-hidden="true"]')) continue;
      if (!element.checkVisibility()) continue;
      check(node.textContent!);
    }
    return found;
  });
}

for (const words of LANGUAGES) {
  test.describe(`?lang=${words.lang}`, () => {
    test('the header, a place, the thaw meter, the topics and the events speak it, and a filter keeps it in the address', async ({ page, watch }) => {
      await ready(page, `/?lang=${words.lang}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(words.tag);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      await expect(page.getByRole('status').first()).toHaveText(words.status);
      for (const name of words.panels) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
      await expect(page.getByRole('meter', { name: words.meter })).toBeVisible();
      await expect(page.getByRole('button', { name: new RegExp(`^${words.topic}`) })).toBeVisible();
      const events = page.getByRole('region', { name: words.panels[4], exact: true });
      await expect(events.getByText(words.date).first()).toBeVisible();
      // The event's title is the article's, marked as English for screen readers.
      await expect(events.locator('.event-row__title').first()).toHaveAttribute('lang', 'en');
      expect(await englishWordsOnScreen(page)).toEqual([]);
      // The brush's handles are named in it too (Recharts names them in English).
      await page.locator('.timeline').scrollIntoViewIfNeeded();
      const handle = page.locator('.recharts-brush-traveller').first();
      await expect(handle).toHaveAttribute('aria-label', words.lang === 'ko' ? '기간 손잡이: 2014부터 2023까지' : '区间手柄：2014 至 2023');
      await expect(handle).toHaveAttribute('aria-valuetext', words.lang === 'ko' ? '시작 2014년 1월 1일' : '起 2014年1月1日');

      // The place button's name starts with its visible text, the place's name in this language.
      const seoul = page.getByRole('list', { name: undefined }).getByRole('button', { name: new RegExp(`^${words.seoul}`) });
      await seoul.click();
      await expect(seoul).toHaveAttribute('aria-pressed', 'true');
      await expect(page).toHaveURL(/places=seoul/);
      await expect(page).toHaveURL(new RegExp(`lang=${words.lang}`));
      await expect(page.getByRole('status').first()).toHaveText(words.status);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test('the event details speak it, and axe finds no violations', async ({ page }) => {
      await ready(page, `/?lang=${words.lang}&event=2023-09-23-xi-han-asian-games`);
      // The event's details too: the actors from the roster, the roles, the kind and the score's parts.
      await expect(page.getByRole('article')).toContainText(words.lang === 'ko' ? '시진핑' : '习近平');
      expect(await englishWordsOnScreen(page)).toEqual([]);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      const labelInName = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
      expect(labelInName.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });

    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      test(`at ${width} px nothing scrolls sideways or is cut off`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await ready(page, `/?lang=${words.lang}&event=2019-12-04-wang-yi-seoul`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const overflowing = await page.locator('.panel, .shell__header').evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.className));
        expect(overflowing).toEqual([]);
        await page.screenshot({ path: `${shots}/${words.lang}-${width}.png`, fullPage: true });
      });
    }

    test('the presentation speaks it', async ({ page }) => {
      await page.goto(`/?lang=${words.lang}&mode=present`);
      await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', words.lang === 'ko' ? /단계/ : /第 1 步/);
      await expect(page.getByRole('meter', { name: words.meter })).toBeVisible();
      expect(await englishWordsOnScreen(page)).toEqual([]);
      await page.screenshot({ path: `${shots}/${words.lang}-present.png` });
    });
  });
}

test('the language menu names each language in itself, and changes the page, its lang and the address', async ({ page }) => {
  await ready(page, '/?topics=thaad');
  const menu = page.getByRole('combobox', { name: 'Language' });
  await expect(menu.getByRole('option')).toHaveText(['English', '한국어', '中文（简体）']);
  await menu.selectOption('zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('解冻监测');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page).toHaveURL(/topics=thaad/);
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
  // The address keeps it: a reload opens in Chinese.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('解冻监测');
});

test('without ?lang the reader’s preferred language is used where it is one of the three', async ({ browser }) => {
  for (const [locale, title] of [
    ['ko-KR', '해빙 모니터'],
    ['zh-TW', '解冻监测'],
    ['fr-FR', 'Thaw Monitor'],
  ]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await context.close();
  }
});

test('the Korean and Chinese catalogs are fetched only when chosen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await ready(page, '/');
  expect(scripts.filter((path) => /\/(ko|zh)-[\w-]+\.js$/.test(path))).toEqual([]);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('해빙 모니터');
  expect(scripts.filter((path) => /\/ko-[\w-]+\.js$/.test(path))).toHaveLength(1);
  expect(scripts.filter((path) => /\/zh-[\w-]+\.js$/.test(path))).toEqual([]);
});

test('an embed takes lang in its address and from its host', async ({ page }) => {
  const app = `http://127.0.0.1:${PORTS.app}/`;
  await page.goto(`http://127.0.0.1:${PORTS.allowedHost}/embed-example.html?app=${encodeURIComponent(`${app}?lang=ko`)}`);
  const frame = (await (await page.waitForSelector('#thaw-frame')).contentFrame())!;
  await frame.waitForSelector('.dashboard');
  expect(await frame.locator('html').getAttribute('lang')).toBe('ko');
  await expect(frame.getByRole('region', { name: '지도', exact: true })).toBeVisible();
  await page.evaluate((origin) => {
    const target = (document.getElementById('thaw-frame') as HTMLIFrameElement).contentWindow!;
    target.postMessage({ type: 'thaw-monitor:set-language', lang: 'zh' }, origin);
  }, new URL(app).origin);
  await expect(frame.getByRole('region', { name: '地图', exact: true })).toBeVisible();
  expect(await frame.locator('html').getAttribute('lang')).toBe('zh-Hans');
});

test('CSV and JSON exports keep English headers and the dataset’s identifiers in any language', async ({ page }) => {
  await ready(page, '/?lang=ko&topics=thaad');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^id,title,date,/);
  expect(text).toContain('thaad');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON/ }).click()]);
  const dataset = JSON.parse(await (await json.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(dataset.places.find((p: { id: string }) => p.id === 'seoul').name).toBe('Seoul');
});

test('Add article… speaks the page’s language, its words loaded with it', async ({ page }) => {
  await ready(page, '/?lang=ko');
  await page.getByRole('button', { name: '기사 추가…' }).click();
  const dialog = page.getByRole('dialog', { name: '기사 추가' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('기사 본문 또는 저장한 웹 페이지(HTML)')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('이 브라우저에 저장된 검토된 사건이 없습니다.');
  await dialog.getByLabel('기사 본문 또는 저장한 웹 페이지(HTML)').fill('서울 — 한국어 기사입니다. 외교부 장관이 베이징을 방문했다.');
  await dialog.getByLabel('발행일(기사에 없을 경우)').fill('2024-05-13');
  await dialog.getByRole('button', { name: '기사 읽기' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/지금은 영어 기사만 읽습니다/);
  expect(await new AxeBuilder({ page }).include('dialog').analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
});
