/**
 * npm run bench:ingest [-- --corpus DIR]
 *
 * Ingests the corpus articles and compares what the ingest proposes with the
 * curated events (public/data/events.json, built from the hand-coded
 * curation) as the gold standard. A proposed event matches a gold event
 * when its dates overlap the gold event's at the gold's precision and its
 * place is the same; each gold event matches at most one proposal. Prints
 * recall, precision, the share of matched events right on each field, the
 * lead event of each article, and the time per article. A benchmark, not a
 * test: it prints figures and asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Dataset, ThawEvent } from '../src/core/dataset/schema';
import { spanOf } from '../pipeline/ingest/spans';
import { ingestArticle } from '../pipeline/ingest/ingest';
import { mergeDatasets } from '../pipeline/ingest/merge';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ args: process.argv.slice(2), options: { corpus: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(root, '../shared/corpus'));
if (!existsSync(join(corpus, 'manifest.json'))) {
  console.error(`No manifest.json in ${corpus}: pass the folder of the corpus articles with --corpus DIR.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { articles: Array<{ file: string; published: string; outlet: string }> };
const gold = JSON.parse(readFileSync(join(root, 'public/data/events.json'), 'utf8')) as Dataset;

const overlaps = (a: ThawEvent, g: ThawEvent) => {
  const [a0, a1] = spanOf(a.date, a.datePrecision, a.endDate);
  const [g0, g1] = spanOf(g.date, g.datePrecision, g.endDate);
  return a0 <= g1 && g0 <= a1;
};
const matches = (a: ThawEvent, g: ThawEvent) => overlaps(a, g) && a.placeId === g.placeId;
/** Right on the date: the same first day at the gold's precision, and no coarser. */
const dateRight = (a: ThawEvent, g: ThawEvent) => {
  const cut = g.datePrecision === 'day' ? 10 : g.datePrecision === 'month' ? 7 : 4;
  const rank = { day: 0, month: 1, year: 2 } as const;
  return a.date.slice(0, cut) === g.date.slice(0, cut) && rank[a.datePrecision] <= rank[g.datePrecision];
};

let merged: Dataset | undefined;
const times: number[] = [];
const leads: string[] = [];
let leadsRight = 0;
// Each article is read once to warm up the rules' regular expressions, then timed over five runs.
for (const entry of manifest.articles) {
  const content = readFileSync(join(corpus, entry.file), 'utf8');
  // The corpus records the publication date, how it was established included; an article that does not print it gets it as --published would give it.
  const input = { name: entry.file, content, published: entry.published, outlet: entry.outlet };
  ingestArticle(input, '2026-01-01');
  const runs: number[] = [];
  let result;
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    result = ingestArticle(input, '2026-01-01');
    runs.push(performance.now() - started);
  }
  times.push(runs.sort((a, b) => a - b)[2]);
  const dataset = result!.dataset;
  merged = merged ? mergeDatasets(merged, dataset) : dataset;

  const sourceId = dataset.sources[0].id;
  const goldLead = gold.events.find((g) => isLeadOf(g, sourceId));
  const lead = dataset.events[0];
  const right = goldLead && lead ? dateRight(lead, goldLead) && overlaps(lead, goldLead) && lead.placeId === goldLead.placeId : false;
  if (right) leadsRight += 1;
  leads.push(`| ${entry.file} | ${goldLead ? `${goldLead.date} ${goldLead.placeId}` : '—'} | ${lead ? `${lead.date} ${lead.placeId ?? 'no place'}` : 'none'} | ${right ? 'yes' : 'no'} |`);
}

/** The gold lead of an article: the curated event that takes the article's unclaimed sentences, so has the most of them. */
function isLeadOf(event: ThawEvent, sourceId: string): boolean {
  const count = (e: ThawEvent) => new Set([...e.topics.flatMap((t) => t.evidence), ...e.thaw.evidence].filter((x) => x.sourceId === sourceId).map((x) => x.sentence)).size;
  const fromArticle = gold.events.filter((e) => e.sources.some((s) => s.sourceId === sourceId));
  const best = [...fromArticle].sort((a, b) => count(b) - count(a))[0];
  return best?.id === event.id;
}

const proposed = merged?.events ?? [];
const unmatched = new Set(proposed);
const pairs: Array<[ThawEvent, ThawEvent]> = [];
const missed: ThawEvent[] = [];
// The most precise gold events first, each to the proposal that agrees with it best: a year-long proposal should not take a day's match.
const closeness = (a: ThawEvent, g: ThawEvent) =>
  (dateRight(a, g) ? 4 : 0) + (a.kind.cameo === g.kind.cameo ? 2 : 0) + (a.status === g.status ? 1 : 0) + (a.actors.some((x) => g.actors.some((y) => y.name === x.name)) ? 2 : 0);
const rankOf = { day: 0, month: 1, year: 2 } as const;
for (const g of [...gold.events].sort((x, y) => rankOf[x.datePrecision] - rankOf[y.datePrecision])) {
  const hit = [...unmatched].filter((a) => matches(a, g)).sort((a, b) => closeness(b, g) - closeness(a, g))[0];
  if (hit) {
    unmatched.delete(hit);
    pairs.push([hit, g]);
  } else missed.push(g);
}
const share = (test: (a: ThawEvent, g: ThawEvent) => boolean) => (pairs.length === 0 ? 0 : pairs.filter(([a, g]) => test(a, g)).length / pairs.length);
const fmt = (x: number) => x.toFixed(2);
const sorted = [...times].sort((a, b) => a - b);

console.log(`Ingest benchmark: ${manifest.articles.length} articles, ${gold.events.length} gold events, ${proposed.length} proposed after merging\n`);
console.log('| measure | value |');
console.log('| --- | --- |');
console.log(`| event recall | ${fmt(pairs.length / gold.events.length)} (${pairs.length} of ${gold.events.length}) |`);
console.log(`| event precision | ${fmt(proposed.length === 0 ? 0 : pairs.length / proposed.length)} (${pairs.length} of ${proposed.length}) |`);
console.log(`| date right | ${fmt(share(dateRight))} |`);
console.log(`| place right | ${fmt(share((a, g) => a.placeId === g.placeId && a.geoPrecision === g.geoPrecision))} (same place and geoPrecision) |`);
console.log(`| kind right | ${fmt(share((a, g) => a.kind.cameo === g.kind.cameo))} |`);
console.log(`| status right | ${fmt(share((a, g) => a.status === g.status))} |`);
console.log(`| thaw sign right | ${fmt(share((a, g) => Math.sign(a.thaw.score) === Math.sign(g.thaw.score)))} |`);
console.log(`| lead event's date and place right | ${leadsRight} of ${manifest.articles.length} |`);
console.log(`| time per article (median of 5 runs each) | ${sorted.map((t) => `${t.toFixed(0)} ms`).join(', ')} |`);
console.log('\n| article | gold lead | proposed lead | right |');
console.log('| --- | --- | --- | --- |');
for (const line of leads) console.log(line);
console.log('\nMissed gold events:');
for (const g of missed) console.log(`  ${g.date} (${g.datePrecision}) ${g.placeId} ${g.kind.cameo} ${g.status}: ${g.title}`);
console.log('\nProposed events with no gold match:');
for (const a of unmatched) console.log(`  ${a.date} (${a.datePrecision}) ${a.placeId ?? 'no place'} ${a.kind.cameo} ${a.status}: ${a.title}`);
