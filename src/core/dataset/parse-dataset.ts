import { z } from 'zod';
import { datasetSchema, eventSchema, type Dataset, type ThawEvent } from './schema';

/** One thing wrong with a dataset, located by a JSON path such as `events[3].date`. */
export type DatasetProblem = { path: string; message: string };

export type DatasetResult =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[]; skippedEvents: number }
  | { ok: false; errors: DatasetProblem[] };

/** The dataset's frame: everything but the events, which are checked one by one. */
const envelopeSchema = datasetSchema.extend({ events: z.array(z.unknown()) });

/** Renders a zod path as `events[3].topics[0].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function problemsOf(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): DatasetProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
  }));
}

function duplicateIds(list: ReadonlyArray<{ id: string }>, field: string): DatasetProblem[] {
  const firstAt = new Map<string, number>();
  const problems: DatasetProblem[] = [];
  list.forEach((item, index) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, index);
    else problems.push({ path: `${field}[${index}].id`, message: `duplicate id "${item.id}" (first used at ${field}[${first}])` });
  });
  return problems;
}

/** The references of one event that point at nothing in the dataset. */
function danglingReferences(
  event: ThawEvent,
  row: number,
  known: { places: Set<string>; topics: Set<string>; sources: Set<string> },
): DatasetProblem[] {
  const at = `events[${row}]`;
  const problems: DatasetProblem[] = [];
  if (!known.places.has(event.placeId)) {
    problems.push({ path: `${at}.placeId`, message: `unknown place "${event.placeId}"` });
  }
  event.topics.forEach((topic, i) => {
    if (!known.topics.has(topic.id)) problems.push({ path: `${at}.topics[${i}].id`, message: `unknown topic "${topic.id}"` });
    topic.evidence.forEach((evidence, j) => {
      if (!known.sources.has(evidence.sourceId)) {
        problems.push({ path: `${at}.topics[${i}].evidence[${j}].sourceId`, message: `unknown source "${evidence.sourceId}"` });
      }
    });
  });
  event.thaw.evidence.forEach((evidence, i) => {
    if (!known.sources.has(evidence.sourceId)) {
      problems.push({ path: `${at}.thaw.evidence[${i}].sourceId`, message: `unknown source "${evidence.sourceId}"` });
    }
  });
  event.sources.forEach((source, i) => {
    if (!known.sources.has(source.sourceId)) {
      problems.push({ path: `${at}.sources[${i}].sourceId`, message: `unknown source "${source.sourceId}"` });
    }
  });
  return problems;
}

/**
 * Validates a parsed JSON value as a Thaw Monitor dataset.
 *
 * The frame (version, sources, places, topics) must be valid or nothing
 * loads. Events are checked row by row: a row with a bad field, a duplicate
 * id or a reference to an unknown place, topic or source is skipped and
 * reported as a warning naming the row and field. If every row is bad the
 * dataset is rejected with those problems as errors. Never throws.
 */
export function parseDataset(input: unknown): DatasetResult {
  const envelope = envelopeSchema.safeParse(input);
  if (!envelope.success) return { ok: false, errors: problemsOf(envelope.error) };

  const { sources, places, topics } = envelope.data;
  const frameProblems = [
    ...duplicateIds(sources, 'sources'),
    ...duplicateIds(places, 'places'),
    ...duplicateIds(topics, 'topics'),
  ];
  if (frameProblems.length > 0) return { ok: false, errors: frameProblems };

  const known = {
    places: new Set(places.map((p) => p.id)),
    topics: new Set(topics.map((t) => t.id)),
    sources: new Set(sources.map((s) => s.id)),
  };
  const warnings: DatasetProblem[] = [];
  const events: ThawEvent[] = [];
  const firstRowOfId = new Map<string, number>();

  envelope.data.events.forEach((raw, row) => {
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) {
      warnings.push(...problemsOf(parsed.error, ['events', row]));
      return;
    }
    const event = parsed.data;
    const firstRow = firstRowOfId.get(event.id);
    if (firstRow !== undefined) {
      warnings.push({ path: `events[${row}].id`, message: `duplicate id "${event.id}" (first used at events[${firstRow}])` });
      return;
    }
    const dangling = danglingReferences(event, row, known);
    if (dangling.length > 0) {
      warnings.push(...dangling);
      return;
    }
    firstRowOfId.set(event.id, row);
    events.push(event);
  });

  const skippedEvents = envelope.data.events.length - events.length;
  if (events.length === 0 && skippedEvents > 0) return { ok: false, errors: warnings };
  return { ok: true, dataset: { ...envelope.data, events }, warnings, skippedEvents };
}

/** Parses JSON text and validates it; a syntax error becomes a problem, not an exception. */
export function parseDatasetText(text: string): DatasetResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${reason}` }] };
  }
  return parseDataset(value);
}
