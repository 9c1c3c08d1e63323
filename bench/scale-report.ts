import type { Timing } from './stats';

/** One engine at one size, as bench:scale measured it. */
export type ScaleRow = {
  engine: string;
  events: number;
  loadMs: number | null;
  memoryMb: number | null;
  clicks: Record<'place' | 'topic' | 'brush', Timing> | null;
  /** For a DuckDB engine in the page: the engine's query alone, p50 / p95 over every click. */
  query?: Timing;
  note?: string;
};
export type ScaleResults = { cores: number; measured: string; rows: ScaleRow[] };

export const SCALE_START = '<!-- scale:start -->';
export const SCALE_END = '<!-- scale:end -->';

const fmt = (t: Timing | undefined) => (t ? `${Math.round(t.median)} / ${Math.round(t.p95)}` : '—');

/** The table of bench/scale-results.json, as the README and docs/scale.md show it. */
export function renderScaleTable(results: ScaleResults): string {
  const lines = [
    `Measured ${results.measured} on ${results.cores} cores (\`npm run bench:scale\`). Clicks in ms, p50 / p95: compute only for the Node rows, click-to-paint for the others; "query" is the DuckDB query alone, over all of a row's clicks.`,
    '',
    '| engine | events | load | memory | place click | topic click | brush step | query |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results.rows) {
    const load = r.loadMs === null ? '—' : `${(r.loadMs / 1000).toFixed(1)} s`;
    const memory = r.memoryMb === null ? '—' : `${r.memoryMb.toLocaleString('en')} MB`;
    const clicks = r.clicks ? `${fmt(r.clicks.place)} | ${fmt(r.clicks.topic)} | ${fmt(r.clicks.brush)} | ${fmt(r.query)}` : `${r.note ?? '—'} | | | `;
    lines.push(`| ${r.engine} | ${r.events.toLocaleString('en')} | ${load} | ${memory} | ${clicks} |`);
  }
  return lines.join('\n');
}

/** The text with the part between the markers replaced by the table. */
export function withScaleTable(text: string, results: ScaleResults): string {
  const start = text.indexOf(SCALE_START);
  const end = text.indexOf(SCALE_END);
  if (start < 0 || end < start) throw new Error(`no ${SCALE_START} … ${SCALE_END} markers`);
  return `${text.slice(0, start + SCALE_START.length)}\n${renderScaleTable(results)}\n${text.slice(end)}`;
}
