import { formatScore } from '../thaw/bands';
import { scoreFromParts } from '../thaw/formula';
import type { Dataset, Place, Source, ThawEvent } from '../dataset/schema';
import { MAX_ITEMS } from '../dataset/schema';

/**
 * A row an import could not use, by its line in the file, and why: in
 * English, and as a code with its values for the page to say in the
 * reader's language (columns: the count is off; value: a column's value is
 * not what it must be; mapping: a code or type the mapping does not know).
 */
export type BadRow = { file: string; line: number; reason: string; code?: 'columns' | 'value' | 'mapping' | 'header'; params?: Record<string, string | number> };

/** What one file gave: its events (with their places and sources), the rows that were bad, and how many rows it read. */
export type ImportPart = { events: ThawEvent[]; places: Place[]; sources: Source[]; bad: BadRow[]; rows: number; otherDyads: number };

/** The weights an imported event's thaw score is made with: the same as a curated event's. */
export const GOLDSTEIN_WEIGHT = 0.5;
export const TONE_WEIGHT = 1;

/** The thaw of an imported event: its kind's Goldstein value and a tone (GDELT's, scaled to -10..+10), with no sentence behind it. */
export function machineThaw(goldstein: number, tone: number): ThawEvent['thaw'] {
  const components = { goldstein, goldsteinWeight: GOLDSTEIN_WEIGHT, tone, toneWeight: TONE_WEIGHT, sentences: 0 };
  return { score: Number(formatScore(scoreFromParts(components))), components, evidence: [] };
}

/** A lower-case id from any text: what the schema accepts. */
export function idOf(prefix: string, text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix}-${slug || 'x'}`.slice(0, 120).replace(/-+$/, '');
}

/**
 * The parts of one or more files as one dataset. Places past what a
 * dataset may hold (MAX_ITEMS.places) are the least used ones: their events
 * are put at their country, as when only the country is named.
 */
export function assembleImport(parts: ReadonlyArray<ImportPart>, builtOn: string, pipeline: string): { dataset: Dataset; bad: BadRow[]; rows: number; otherDyads: number; pooled: number } {
  const events = parts.flatMap((p) => p.events);
  const places = new Map<string, Place>();
  for (const part of parts) for (const place of part.places) places.set(place.id, place);
  const sources = new Map<string, Source>();
  for (const part of parts) for (const source of part.sources) sources.set(source.id, source);
  const uses = new Map<string, number>();
  for (const event of events) if (event.placeId) uses.set(event.placeId, (uses.get(event.placeId) ?? 0) + 1);
  let pooled = 0;
  if (places.size > MAX_ITEMS.places) {
    const countries = [...new Set([...places.values()].map((p) => p.country))];
    const keep = new Set([...uses.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_ITEMS.places - countries.length).map(([id]) => id));
    const countryPlace = (place: Place): Place => ({ id: idOf('country', place.country), name: place.country, country: place.country, lat: place.lat, lon: place.lon });
    for (const event of events) {
      const place = event.placeId ? places.get(event.placeId) : undefined;
      if (!place || keep.has(place.id)) continue;
      const pool = countryPlace(place);
      if (!places.has(pool.id) || !keep.has(pool.id)) places.set(pool.id, places.get(pool.id) ?? pool);
      keep.add(pool.id);
      event.placeId = pool.id;
      event.geoPrecision = 3;
      pooled += 1;
    }
    for (const id of [...places.keys()]) if (!keep.has(id)) places.delete(id);
  }
  return {
    dataset: { schemaVersion: 1, build: { pipeline, builtOn }, sources: [...sources.values()], places: [...places.values()], topics: [], events },
    bad: parts.flatMap((p) => p.bad),
    rows: parts.reduce((n, p) => n + p.rows, 0),
    otherDyads: parts.reduce((n, p) => n + p.otherDyads, 0),
    pooled,
  };
}
