import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as d3Scales from '../../src/vendor-shims/d3-scale';

const src = resolve(__dirname, '../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : []));

describe('the d3-scale shim the build puts in place of every d3 scale', () => {
  // Recharts looks a scale up by name and falls back to a point scale when the name is missing: a scale the shim lacks would draw wrongly, not fail.
  it('has every scale a chart of the app names, and those its automatic axes use', () => {
    const named = sources(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bscale=(?:"(\w+)"|\{'(\w+)'\})/g)].map((m) => m[1] ?? m[2]));
    expect(named.length).toBeGreaterThan(0);
    const wanted = new Set([...named, 'band', 'linear', 'point']);
    for (const name of wanted) expect(Object.keys(d3Scales), `scale="${name}"`).toContain(`scale${name[0].toUpperCase()}${name.slice(1)}`);
  });
});
