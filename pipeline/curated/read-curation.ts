import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CuratedEvent } from '../../src/core/curation/curation-schema';
import { validateCuration, type CurationFile } from '../../src/core/curation/validate-curation';
import { parseDataset } from '../../src/core/dataset/parse-dataset';
import type { Dataset, Place } from '../../src/core/dataset/schema';
import { CurationError } from '../build-dataset';

export type Curation = { events: CuratedEvent[]; places: Place[]; datasets: Array<{ path: string; dataset: Dataset }> };

const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

/**
 * The curation of a folder: one file per event in events/, the places in
 * places.json, and reviewed datasets (as Add article… exports them) in
 * datasets/. Throws one CurationError listing every problem, each naming
 * the file, the event and the field.
 */
export function readCuration(dir: string, root = dir): Curation {
  const read = (path: string): CurationFile => ({ path: relative(root, path) || path, text: readFileSync(path, 'utf8') });
  const { events, places, problems } = validateCuration(
    jsonFiles(join(dir, 'events')).map((f) => read(join(dir, 'events', f))),
    read(join(dir, 'places.json')),
  );
  const datasets: Curation['datasets'] = [];
  for (const file of jsonFiles(join(dir, 'datasets'))) {
    const { path, text } = read(join(dir, 'datasets', file));
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.push(`${path}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = parseDataset(value);
    if (!result.ok) {
      for (const p of result.errors) problems.push(`${path}: ${p.path}: ${p.message}`);
      continue;
    }
    for (const p of result.warnings) problems.push(`${path}: ${p.path}: ${p.message}`);
    datasets.push({ path, dataset: result.dataset });
  }
  if (problems.length > 0) throw new CurationError(`The curation has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return { events, places, datasets };
}
