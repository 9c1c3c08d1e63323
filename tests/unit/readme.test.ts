import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summarizeThaw } from '../../src/core/filters/aggregate';
import type { Dataset } from '../../src/core/dataset/schema';
import { formatScore, THAW_BANDS } from '../../src/core/thaw/bands';

// The README and the docs it links to, read as one text.
const readme = ['README.md', 'docs/method.md', 'docs/performance.md'].map((file) => readFileSync(resolve(__dirname, '../..', file), 'utf8')).join('\n');
const dataset: Dataset = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8'));
const event = (id: string) => dataset.events.find((e) => e.id === id)!;

describe('the figures the README quotes are the ones the data gives', () => {
  it('the worked example', () => {
    const curbs = event('2016-china-curbs-korean-culture-and-tourism');
    expect(readme).toContain(`T = (-5 - 4 + 1) / 3 = ${curbs.thaw.components.tone.toFixed(2)}`);
    expect(readme).toContain(`stored as **${formatScore(curbs.thaw.score)}**`);
    expect(curbs.thaw.evidence.map((e) => e.tone)).toEqual([-5, -4, 1]);
  });

  it('the thaw figures of the "ice is melting" paragraph', () => {
    const visit = event('2019-12-04-wang-yi-seoul');
    expect(readme).toContain(`the visit that article reports scores ${formatScore(visit.thaw.score)}`);
    expect(readme).toContain(`the index over all events reads ${formatScore(summarizeThaw(dataset.events).mean!)}`);
    expect(readme).toContain(`the 2019 Wang Yi visit (G = +1.9, the article that quotes "the ice is melting … but spring has not yet arrived") scores ${formatScore(visit.thaw.score)}`);
  });

  it('the band table', () => {
    for (const band of THAW_BANDS) expect(readme).toMatch(new RegExp(`\\| ${band.label} \\| ${band.from === -10 ? '-10' : formatScore(band.from).replace('+', '\\+').replace(/\.0$/, '')}`));
  });

  it('the number of events', () => {
    expect(readme).toContain(`There are ${dataset.events.length} events`);
  });
});

describe('the scale table', () => {
  it.each(['README.md', 'docs/scale.md'])('%s shows the one npm run bench:scale made from bench/scale-results.json', async (file) => {
    const { withScaleTable } = await import('../../bench/scale-report');
    const text = readFileSync(resolve(__dirname, '../..', file), 'utf8');
    const results = JSON.parse(readFileSync(resolve(__dirname, '../../bench/scale-results.json'), 'utf8'));
    expect(text).toBe(withScaleTable(text, results));
  });
});

describe('the Performance table', () => {
  it('is the one npm run bench made from bench/results.json', async () => {
    const { renderReport, README_START, README_END } = await import('../../bench/report');
    const results = JSON.parse(readFileSync(resolve(__dirname, '../../bench/results.json'), 'utf8'));
    const performance = readFileSync(resolve(__dirname, '../../docs/performance.md'), 'utf8');
    const block = performance.slice(performance.indexOf(README_START) + README_START.length, performance.indexOf(README_END)).trim();
    expect(block).toBe(renderReport(results).trim());
  });
});
