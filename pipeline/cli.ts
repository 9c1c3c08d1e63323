/**
 * npm run data:build [-- --corpus DIR] [--date YYYY-MM-DD]
 *
 * Builds public/data/events.json from the articles and the curated events,
 * checks it against the schema, and writes public/data/events.schema.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { datasetJsonSchema } from '../src/core/dataset/json-schema';
import { datasetSchema } from '../src/core/dataset/schema';
import { buildDataset } from './build-dataset';
import { CURATED_EVENTS } from './curated/events';
import { PLACES } from './curated/places';
import { readCorpus } from './read-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(root, '../shared/corpus') },
    date: { type: 'string' },
    out: { type: 'string', default: join(root, 'public/data') },
  },
});

const corpus = resolve(values.corpus);
if (!existsSync(join(corpus, 'manifest.json'))) {
  console.error(`No manifest.json in ${corpus}. Pass the corpus folder with --corpus DIR.`);
  process.exit(1);
}

const fromEpoch = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const builtOn = values.date ?? fromEpoch.toISOString().slice(0, 10);

const dataset = buildDataset({ articles: readCorpus(corpus), curated: CURATED_EVENTS, places: PLACES, builtOn });
const checked = datasetSchema.safeParse(dataset);
if (!checked.success) {
  console.error(z.prettifyError(checked.error));
  process.exit(1);
}

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'events.json'), `${JSON.stringify(dataset, null, 2)}\n`);
writeFileSync(join(values.out, 'events.schema.json'), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);

console.log(`${dataset.events.length} events from ${dataset.sources.length} articles -> ${join(values.out, 'events.json')}`);
for (const event of dataset.events) {
  const topics = event.topics.map((t) => `${t.id}×${t.mentions}`).join(' ');
  console.log(`${event.date}  ${event.thaw.score.toFixed(1).padStart(5)}  ${event.id}  [${topics}]`);
}
