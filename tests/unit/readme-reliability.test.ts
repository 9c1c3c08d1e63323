import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../../scripts/security-headers';
import { MAX_DATASET_SIZE } from '../../src/core/dataset/parse-dataset';
import { BAD_DATASETS, badDatasetRows } from '../fixtures/bad-dataset-cases';
import { URL_FUZZ, URL_PROPERTY_RUNS } from '../fixtures/url-arbitraries';

const readme = readFileSync(resolve(__dirname, '../../docs/reliability.md'), 'utf8');
type Reading = { step: number; heapUsedMB: number; domNodes: number; jsEventListeners: number; domElements: number; leafletPaneChildren: number };
const soak: { readings: Reading[]; heapGrowthPercent: number; run: { seconds: number } } = JSON.parse(readFileSync(resolve(__dirname, '../../bench/soak-results.json'), 'utf8'));

describe('the Reliability section quotes what the code and the last soak give', () => {
  it('the policy', () => expect(readme).toContain(`\n${contentSecurityPolicy()}\n`));

  it('every soak reading', () => {
    for (const r of soak.readings) {
      expect(readme).toMatch(new RegExp(`\\| ${r.step.toLocaleString('en')} \\| ${r.heapUsedMB.toFixed(2)} \\| ${r.domNodes} \\| ${r.jsEventListeners} \\| ${r.domElements} \\| ${r.leafletPaneChildren}[ |]`));
    }
  });

  it('the heap growth and the length of the run', () => {
    expect(readme).toContain(`The heap ends ${soak.heapGrowthPercent} % above its reading at step ${soak.readings[0].step}`);
    expect(readme).toContain(`${soak.readings.at(-1)!.step.toLocaleString('en')} steps in ${soak.run.seconds} s`);
  });
});

describe('the bad-input sections quote what the tests try', () => {
  it('the table of bad datasets, as the fixture list gives it', () => {
    expect(readme).toContain(`<!-- bad-datasets:start -->\n| kind | tried | refused, error names field and row | loaded in part, skipped rows counted | loaded, "no events" notice |\n| --- | --- | --- | --- | --- |\n${badDatasetRows().join('\n')}\n<!-- bad-datasets:end -->`);
    expect(readme).toContain(`lists ${BAD_DATASETS.length} malformed datasets`);
  });

  it('the size limit', () => expect(readme).toContain(`A dataset over ${MAX_DATASET_SIZE / (1024 * 1024)} MB`));

  it('how many links are tried', () => {
    expect(readme).toContain(`${URL_PROPERTY_RUNS.toLocaleString('en')} query strings made of`);
    expect(readme).toContain(`opens ${URL_FUZZ.runs} of those query strings`);
  });
});
