/**
 * npm run screenshots [-- PATH_AND_QUERY ...]
 *
 * Takes screenshots of the production build (served by `vite preview` on
 * port 4173, started separately) in Debian's Chromium at the three sizes the
 * dashboard is designed for (or SIZES="1920x1080,400x600"), light and dark,
 * into screenshots/. FULL=1 takes the whole page.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const sizes = (process.env.SIZES ?? '1440x900,1024x768,390x844').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
});

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const path of paths) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of sizes) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(Number(process.env.WAIT ?? 300));
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${viewport.width}x${viewport.height}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(`${name}${overflow ? '  (horizontal scroll!)' : ''}`);
      await page.close();
    }
  }
}
await browser.close();
