import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS } from './browser';

/** `scriptBytes`: what the page fetched of JavaScript before any interaction, as sent (compressed), from Lighthouse's network requests. */
export type LighthouseFigures = { performance: number; accessibility: number; bestPractices: number; lcpMs: number; tbtMs: number; cls: number; scriptBytes: number };

type NetworkRequest = { resourceType?: string; transferSize?: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse's default (mobile) preset on `url`, `runs` times in a fresh Chromium each; the median of each figure. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures & { runs: LighthouseFigures[] }> {
  const all: LighthouseFigures[] = [];
  // A run in which Lighthouse could not compute the metrics is reported and run again, at most twice: it is not a measurement.
  let failures = 0;
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROME_ARGS] });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      if (!result) throw new Error('Lighthouse returned nothing');
      const { categories, audits, runtimeError } = result.lhr;
      const lcp = audits['largest-contentful-paint'];
      if (runtimeError || typeof lcp.numericValue !== 'number') {
        failures += 1;
        console.warn(`Lighthouse run ${run + 1} gave no metrics: ${runtimeError?.message ?? lcp.errorMessage ?? 'no reason given'}`);
        if (failures > 2) throw new Error('Lighthouse failed three times');
        run -= 1;
        continue;
      }
      all.push({
        performance: Math.round((categories.performance.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
        bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue ?? NaN),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift'].numericValue ?? NaN).toFixed(3)),
        scriptBytes: ((audits['network-requests'].details as { items?: NetworkRequest[] } | undefined)?.items ?? [])
          .filter((item) => item.resourceType === 'Script')
          .reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (key: keyof LighthouseFigures) => median(all.map((r) => r[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    scriptBytes: pick('scriptBytes'),
    runs: all,
  };
}
