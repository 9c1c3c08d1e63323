import '../zod-messages';
import { formatPath } from '../dataset/parse-dataset';
import type { Place } from '../dataset/schema';
import { curatedEventSchema, curatedPlacesSchema, type CuratedEvent } from './curation-schema';

/** One curation file as read: its path and its text. */
export type CurationFile = { path: string; text: string };

export type CurationResult = { events: CuratedEvent[]; places: Place[]; problems: string[] };

function parseJson(file: CurationFile, problems: string[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    problems.push(`${file.path}: not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Checks the curation files: each event file against the schema, its id
 * against its file name, ids unique, places known. Returns what is valid
 * and every problem, each naming the file, the event and the field, e.g.
 * `events/x.json: event "x": datePrecision: expected one of ...`.
 */
export function validateCuration(eventFiles: ReadonlyArray<CurationFile>, placesFile: CurationFile): CurationResult {
  const problems: string[] = [];
  const placesValue = parseJson(placesFile, problems);
  let places: Place[] = [];
  if (placesValue !== undefined) {
    const parsed = curatedPlacesSchema.safeParse(placesValue);
    if (parsed.success) places = parsed.data;
    else for (const issue of parsed.error.issues) problems.push(`${placesFile.path}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  const known = new Set(places.map((p) => p.id));
  const seen = new Map<string, string>();
  const events: CuratedEvent[] = [];
  for (const file of eventFiles) {
    const value = parseJson(file, problems);
    if (value === undefined) continue;
    const named = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
    const where = `${file.path}: ${named ? `event "${named}"` : 'event'}`;
    const parsed = curatedEventSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${formatPath(issue.path) || '(the event)'}: ${issue.message}`);
      continue;
    }
    const event = parsed.data as CuratedEvent;
    const base = file.path.split('/').pop()!.replace(/\.json$/, '');
    if (event.id !== base) problems.push(`${where}: id: "${event.id}" differs from the file name "${base}.json"`);
    const other = seen.get(event.id);
    if (other) problems.push(`${where}: id: "${event.id}" is also the id of the event in ${other}`);
    seen.set(event.id, file.path);
    if (event.placeId !== undefined && !known.has(event.placeId)) problems.push(`${where}: placeId: unknown place "${event.placeId}"; add it to ${placesFile.path}`);
    events.push(event);
  }
  return { events, places, problems };
}

