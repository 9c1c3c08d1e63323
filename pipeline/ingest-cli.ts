/**
 * npm run --silent ingest -- FILE... [--published YYYY-MM-DD] [--outlet NAME] [--out FILE] [--into FILE]
 *
 * Proposes events from news articles (.txt or .html) and writes them as a
 * dataset in the schema of public/data/events.json: to standard output, or
 * to --out. With --into, the events are merged into that dataset. What was
 * read, each field's evidence and the warnings go to standard error.
 * Exit status: 0 on success (also when an article reports no event), 1 for
 * a wrong command line, 2 for input that cannot be used.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { datasetSchema, type Dataset } from '../src/core/dataset/schema';
import { ingestArticle } from './ingest/ingest';
import { mergeDatasets } from './ingest/merge';
import { MAX_ARTICLE_BYTES } from './ingest/read-article';
import { IngestError, type ArticleInput } from './ingest/types';

const USAGE = 'Usage: npm run --silent ingest -- FILE... [--published YYYY-MM-DD] [--outlet NAME] [--out FILE] [--into FILE]';

function fail(message: string, status: number): never {
  console.error(message);
  process.exit(status);
}

let args;
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: { published: { type: 'string' }, outlet: { type: 'string' }, out: { type: 'string' }, into: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 1);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length === 0) fail(`No article given.\n${USAGE}`, 1);

/** A file's text, refused before it is read whole when it is too large or not text. */
function readInput(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new IngestError('unreadable', `${path}: cannot be read (no such file, or no permission)`);
  }
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (size > MAX_ARTICLE_BYTES) throw new IngestError('too-large', `${path}: is ${mb(size)}; the limit is ${mb(MAX_ARTICLE_BYTES)} for one article`);
  const head = Buffer.alloc(Math.min(size, 8192));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.includes(0)) throw new IngestError('binary', `${path}: looks like a binary file, not an article`);
  return readFileSync(path, 'utf8');
}

const fromEpoch = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const today = fromEpoch.toISOString().slice(0, 10);

let dataset: Dataset | undefined;
if (args.values.into) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(args.values.into, 'utf8'));
  } catch (error) {
    fail(`${args.values.into}: not a dataset: ${(error as Error).message}`, 2);
  }
  const checked = datasetSchema.safeParse(parsed);
  if (!checked.success) fail(`${args.values.into}: not a valid dataset:\n${z.prettifyError(checked.error)}`, 2);
  dataset = checked.data;
}

let failed = false;
for (const path of args.positionals) {
  try {
    const input: ArticleInput = {
      name: basename(path),
      content: readInput(path),
      ...(args.values.published ? { published: args.values.published } : {}),
      ...(args.values.outlet ? { outlet: args.values.outlet } : {}),
    };
    const started = performance.now();
    const result = ingestArticle(input, today);
    const { article, extraction } = result;
    console.error(`${path}: ${article.outlet}, published ${article.published} (${article.publishedBasis}); "${article.headline}"`);
    console.error(`  ${extraction.sentences.length} sentences, ${extraction.proposals.length} events proposed in ${Math.round(performance.now() - started)} ms`);
    if (extraction.proposals.length === 0) console.error(`  ${path}: no event between South Korea and China found in this article.`);
    for (const p of extraction.proposals) {
      const d = p.draft;
      console.error(`  ${p.lead ? '*' : '-'} ${d.date}${d.endDate ? `..${d.endDate}` : ''} (${d.datePrecision}) ${d.status} ${d.cameo} ${d.placeId ?? 'no place'}: ${d.title} [confidence ${p.confidence}]`);
      for (const [field, e] of Object.entries(p.why)) {
        if (!e) continue;
        const match = e.match ? `"${e.match}"` : '—';
        console.error(`      ${field.padEnd(7)} ${match} (${e.confidence})${e.note ? `: ${e.note}` : ''}`);
      }
    }
    for (const warning of extraction.warnings) console.error(`  note: ${warning}`);
    dataset = dataset ? mergeDatasets(dataset, result.dataset) : result.dataset;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(error.message);
    failed = true;
  }
}
// The articles that could be read are written even when another could not, so no work is lost; the status still says 2.
if (dataset) {
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  if (args.values.out) {
    writeFileSync(args.values.out, text);
    console.error(`${dataset.events.length} events -> ${args.values.out}`);
  } else process.stdout.write(text);
}
process.exit(failed ? 2 : 0);
