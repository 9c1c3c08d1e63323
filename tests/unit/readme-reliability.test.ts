import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../../scripts/security-headers';

const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
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
