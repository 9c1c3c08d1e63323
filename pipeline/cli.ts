/**
 * npm run data:build [--corpus DIR] [--date YYYY-MM-DD]
 *
 * Without --date the file keeps its build date while its content is
 * unchanged, and takes today's (or SOURCE_DATE_EPOCH's) when it changes.
 * Builds public/data/events.json from the articles and the curated events,
 * checks it against the schema, and writes public/data/events.schema.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { datasetJsonSchema } from '../src/core/dataset/json-schema';
import { datasetSchema, type Dataset } from '../src/core/dataset/schema';
import { buildDataset, buildDateFor } from './build-dataset';
import { cliOptions } from './cli-options';
import { reviewedAsCuration } from './curated/reviewed';
import { readCuration } from './curated/read-curation';
import { readCorpus } from './read-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let options;
try {
  options = cliOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const values = { corpus: options.corpus ?? resolve(root, '../shared/corpus'), out: options.out ?? join(root, 'public/data'), date: options.date, curation: options.curation ?? join(root, 'pipeline/curated') };

const corpus = resolve(values.corpus);
if (!existsSync(join(corpus, 'manifest.json'))) {
  console.error(`No manifest.json in ${corpus}. Pass the corpus folder with --corpus DIR.`);
  process.exit(1);
}

const fromEpoch = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const today = fromEpoch.toISOString().slice(0, 10);
const outFile = join(values.out, 'events.json');
const previous = existsSync(outFile) ? (JSON.parse(readFileSync(outFile, 'utf8')) as Dataset) : undefined;

const articles = readCorpus(corpus);
let built: Dataset;
try {
  const curation = readCuration(resolve(values.curation), root);
  const reviewed = reviewedAsCuration(curation.datasets, articles);
  for (const note of reviewed.notes) console.error(note);
  built = buildDataset({ articles, curated: [...curation.events, ...reviewed.curated], places: [...curation.places, ...reviewed.places], builtOn: today, carried: reviewed.carried });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const builtOn = values.date ?? buildDateFor(built, previous, today);
const dataset = { ...built, build: { ...built.build, builtOn } };
const checked = datasetSchema.safeParse(dataset);
if (!checked.success) {
  console.error(z.prettifyError(checked.error));
  process.exit(1);
}

mkdirSync(values.out, { recursive: true });
writeFileSync(outFile, `${JSON.stringify(dataset, null, 2)}\n`);
writeFileSync(join(values.out, 'events.schema.json'), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);

console.log(`${dataset.events.length} events from ${dataset.sources.length} articles -> ${join(values.out, 'events.json')}`);
for (const event of dataset.events) {
  const topics = event.topics.map((t) => `${t.id}×${t.mentions}`).join(' ');
  console.log(`${event.date}  ${event.thaw.score.toFixed(1).padStart(5)}  ${event.id}  [${topics}]`);
}
