/**
 * The Performance table of the README, made from bench/results.json: every
 * budget of the project with the figure measured and whether it is met.
 * npm run bench writes it between the README's bench markers.
 */
import type { BrowserFigures, FirstTapFigures } from './browser';
import type { LighthouseFigures } from './lighthouse';

export type BenchResults = {
  machine?: { cpu?: string; cores?: number; memoryGiB?: number; node?: string; chromium?: string };
  measuredAt?: string;
  filterCompute?: Array<{ events: number; oursMedianMs: number; oursP95Ms: number; crossfilterMedianMs: number; crossfilterP95Ms: number; ratioMedian: number; ratioP95: number }>;
  browser?: BrowserFigures[];
  bundle?: { jsGzipKB: number; cssGzipKB: number; chunks: Array<{ file: string; kind: string; gzip: number; gzipKB: number }> };
  lighthouse?: LighthouseFigures & { runs?: LighthouseFigures[] };
  firstTap?: FirstTapFigures;
};

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

const mark = (met: boolean) => (met ? 'met' : '**not met**');
const ms = (value: number) => `${Math.round(value)} ms`;

/** The markdown between the README's bench markers. */
export function renderReport(results: BenchResults): string {
  const rows: string[] = ['| what | budget | measured | |', '| --- | --- | --- | --- |'];
  for (const f of results.filterCompute ?? []) {
    const worst = Math.max(f.ratioMedian, f.ratioP95);
    rows.push(
      `| filter compute, ${f.events.toLocaleString('en')} events, 50 changes | ratio ≤ 1.0 against crossfilter2 | ours ${f.oursMedianMs} ms median, ${f.oursP95Ms} ms p95; crossfilter2 ${f.crossfilterMedianMs} / ${f.crossfilterP95Ms} ms; ratio ${f.ratioMedian} / ${f.ratioP95} | ${mark(worst <= 1)} |`,
    );
  }
  for (const f of results.browser ?? []) {
    const big = f.events >= 100_000;
    const limit = big ? 100 : 50;
    const { topic, place, brushStep } = f.clickToPaint;
    const worst = Math.max(topic.p95, place.p95, brushStep.p95);
    rows.push(
      `| click-to-paint p95, ${f.label} (${f.events.toLocaleString('en')} events) | ≤ ${limit} ms | topic ${ms(topic.median)} p50 / ${ms(topic.p95)} p95; place ${ms(place.median)} / ${ms(place.p95)}; brush step ${ms(brushStep.median)} / ${ms(brushStep.p95)} | ${mark(worst <= limit)} |`,
    );
    if (big) {
      const runs = f.interactiveRunsMs;
      const spread = runs.length > 1 ? `, median of ${runs.length} from ${ms(Math.min(...runs))} to ${ms(Math.max(...runs))}` : '';
      rows.push(`| navigation to interactive, ${f.label} | ≤ 2 s | ${ms(f.interactiveMs)}${spread} (first render with data at ${ms(f.readyMs)}) | ${mark(f.interactiveMs <= 2000)} |`);
    }
    rows.push(`| brush drag, ${f.label} | (recorded) | ${f.brushDrag.longFrames} long animation ${f.brushDrag.longFrames === 1 ? 'frame' : 'frames'} of ${f.brushDrag.frames}, longest ${ms(f.brushDrag.longestMs)}, blocking ${ms(f.brushDrag.blockingMs)} | |`);
    rows.push(`| map, ${f.label} | ≤ 500 markers | ${f.map.markers} markers, ${f.map.domNodes} DOM nodes in the map | ${mark(f.map.markers <= 500)} |`);
    rows.push(`| event list, ${f.label} | < 100 rendered rows | ${f.eventRows} rows | ${mark(f.eventRows < 100)} |`);
  }
  if (results.bundle) {
    const chunks = results.bundle.chunks.map((c) => `${c.file.replace(/-[\w-]{8}\./, '.')} ${c.gzipKB}`).join(', ');
    const jsBytes = results.bundle.chunks.filter((c) => c.kind === 'js').reduce((sum, c) => sum + c.gzip, 0);
    rows.push(`| JS shipped, gzip, all chunks | (recorded) | ${(jsBytes / 1024).toFixed(2)} KB (${chunks}) | |`);
  }
  const lh = results.lighthouse;
  if (lh) {
    const runs = lh.runs ?? [];
    const range = (key: keyof LighthouseFigures, unit = '') =>
      runs.length > 1 ? ` (${Math.min(...runs.map((r) => r[key]))} to ${Math.max(...runs.map((r) => r[key]))}${unit})` : '';
    const everyRun = runs.length > 0 ? runs.every((r) => r.performance >= 95) : lh.performance >= 95;
    rows.push(
      `| Lighthouse mobile, shipped dataset, median of ${Math.max(runs.length, 1)} (spread) | performance ≥ 95 in every run, accessibility 100, best practices 100 | performance ${lh.performance}${range('performance')}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices} | ${mark(everyRun && lh.accessibility === 100 && lh.bestPractices === 100)} |`,
      `| first view, Lighthouse mobile | TBT ≤ 150 ms, LCP ≤ 1.5 s, CLS 0 | TBT ${ms(lh.tbtMs)}${range('tbtMs', ' ms')}, LCP ${ms(lh.lcpMs)}${range('lcpMs', ' ms')}, CLS ${lh.cls} | ${mark(lh.tbtMs <= 150 && lh.lcpMs <= 1500 && lh.cls === 0)} |`,
      `| first view's JS, as fetched before any interaction (Lighthouse mobile) | (recorded) | ${lh.scriptBytes === undefined ? 'not measured in this run' : `${(lh.scriptBytes / 1024).toFixed(1)} KB`} | |`,
    );
  }
  const tap = results.firstTap;
  if (tap) {
    const runs = tap.tapToPaintRunsMs;
    rows.push(
      `| first tap on a phone's first view, ${tap.cpuSlowdown}× CPU slowdown (its code fetched, run and hydrated then) | (recorded) | ${ms(tap.tapToPaintMs)} from tap to the filtered frame, median of ${runs.length} (${ms(Math.min(...runs))} to ${ms(Math.max(...runs))}); ${(tap.scriptsBeforeTapBytes / 1024).toFixed(1)} KB of script fetched before the tap | |`,
    );
  }
  const m = results.machine;
  const machine = m ? `Measured ${results.measuredAt?.slice(0, 10) ?? ''} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), Node ${m.node}, ${m.chromium}.` : '';
  return [machine, '', ...rows].join('\n');
}

/** The README with the text between the bench markers replaced by `report`. */
export function withReport(readme: string, report: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`the README has no ${README_START} … ${README_END} block`);
  return `${readme.slice(0, start + README_START.length)}\n${report}\n${readme.slice(end)}`;
}
