import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as d3 from 'd3-shape';
import * as d3Scales from '../../src/vendor-shims/d3-scale';
import * as d3Shapes from '../../src/vendor-shims/d3-shape';

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

describe('the d3-shape shim the build puts in place of recharts’ d3-shape', () => {
  const recharts = resolve(__dirname, '../../node_modules/recharts/es6');
  const modules = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []));
  const imported = modules(recharts).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'victory-vendor\/d3-shape'/g)].flatMap((m) => m[1].split(',').map((name) => name.trim().split(/\s+as\s+/)[0])),
  );

  it('exports every name recharts imports from it', () => {
    expect(imported.length).toBeGreaterThan(10);
    for (const name of imported) expect(Object.keys(d3Shapes), name).toContain(name);
  });

  it('gives d3’s own line, area, linear curve and circle, which the charts draw', () => {
    expect(d3Shapes.curveLinear).toBe(d3.curveLinear);
    expect(d3Shapes.symbolCircle).toBe(d3.symbolCircle);
    expect(d3Shapes.line).toBe(d3.line);
    expect(d3Shapes.area).toBe(d3.area);
    expect(d3Shapes.symbol).toBe(d3.symbol);
    expect(d3Shapes.line<[number, number]>().curve(d3Shapes.curveLinear)([[0, 0], [10, 5]])).toBe('M0,0L10,5');
  });

  it.each([
    ['a curve', () => d3.line().curve(d3Shapes.curveMonotoneX)([[0, 0], [1, 1]])],
    ['a symbol', () => d3.symbol(d3Shapes.symbolStar)()],
    ['a stack', () => d3Shapes.stack()],
  ])('fails loudly, naming the shim, when %s it leaves out is drawn', (_, draw) => {
    expect(draw).toThrow(/left out .*src\/vendor-shims\/d3-shape\.ts/);
  });
});
