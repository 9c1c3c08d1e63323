import { formatScore } from '../thaw/bands';
import { scoreFromParts, weightText } from '../thaw/formula';
import { isCanonicalEvent, isCanonicalFrame } from './canonical-event';
import type { Dataset, ThawEvent } from './schema';

/**
 * One thing wrong with a dataset, located by a JSON path such as
 * `events[3].date`: the message in English, and a code with its values
 * for the interface to say it in the reader's language.
 */
export type DatasetProblem = { path: string; message: string; code?: ProblemCode; params?: Record<string, string | number> };

export type ProblemCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_option'
  | 'too_big'
  | 'too_small'
  | 'invalid_format'
  | 'unrecognized_keys'
  | 'invalid'
  | 'duplicate_id'
  | 'unknown_place'
  | 'unknown_topic'
  | 'unknown_source'
  | 'goldstein_mismatch'
  | 'score_mismatch'
  | 'too_large'
  | 'not_json'
  | 'fetch_failed'
  | 'server_status'
  | 'import_columns'
  | 'import_value'
  | 'import_mapping'
  | 'import_header'
  | 'import_more'
  | 'table_meta'
  | 'table_parquet'
  | 'table_too_large'
  | 'engine_failed';

export type DatasetResult =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[]; skippedEvents: number }
  | { ok: false; errors: DatasetProblem[] };

/** Renders a zod path as `events[3].topics[0].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function duplicateIds(list: ReadonlyArray<{ id: string }>, field: string): DatasetProblem[] {
  const firstAt = new Map<string, number>();
  const problems: DatasetProblem[] = [];
  list.forEach((item, index) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, index);
    else problems.push({ path: `${field}[${index}].id`, message: `duplicate id "${item.id}" (first used at ${field}[${first}])`, code: 'duplicate_id', params: { id: item.id, first: `${field}[${first}]` } });
  });
  return problems;
}

/** Topics an event lists twice: each would be counted twice in the topic bars. */
function repeatedTopics(event: ThawEvent, row: number): DatasetProblem[] {
  const { topics } = event;
  // An event lists a handful of topics: comparing pairs is cheaper than a map per row, and a good row allocates nothing.
  for (let i = 1; i < topics.length; i += 1) {
    for (let j = 0; j < i; j += 1) if (topics[j].id === topics[i].id) return duplicateIds(topics, `events[${row}].topics`);
  }
  return NONE;
}

/**
 * Numbers of an event's thaw score that do not add up: its Goldstein value
 * must be its kind's, and the score what the weights give (clamped to
 * -10..+10), to within the rounding of the score to 0.1 and the tone to
 * 0.01. On screen the score is shown as that sum, so a score that is not
 * one could be traced to nothing.
 */
function scoreProblems({ kind, thaw: { score, components: c } }: ThawEvent, row: number): DatasetProblem[] {
  const at = `events[${row}].thaw`;
  if (c.goldstein !== kind.goldstein) {
    const params = { value: formatScore(c.goldstein), expected: formatScore(kind.goldstein) };
    return [{ path: `${at}.components.goldstein`, message: `${params.value}, where its kind's Goldstein value is ${params.expected}`, code: 'goldstein_mismatch', params }];
  }
  const sum = scoreFromParts(c);
  return Math.abs(sum - score) > 0.051 + Math.abs(c.toneWeight) * 0.005
    ? [
        {
          path: `${at}.score`,
          message: `${formatScore(score)}, where its components give ${weightText(c.goldsteinWeight)}${formatScore(c.goldstein)} + ${weightText(c.toneWeight)}mean tone ${c.tone} = ${formatScore(sum)}`,
          code: 'score_mismatch',
          params: { value: formatScore(score), goldstein: `${weightText(c.goldsteinWeight)}${formatScore(c.goldstein)}`, tone: `${weightText(c.toneWeight)}${c.tone}`, sum: formatScore(sum) },
        },
      ]
    : NONE;
}

type Known = { places: ReadonlySet<string>; topics: ReadonlySet<string>; sources: ReadonlySet<string> };

/** Whether every reference of an event points at something in the dataset: the cheap check run on every row. */
function referencesResolve(event: ThawEvent, known: Known): boolean {
  if (event.placeId !== undefined && !known.places.has(event.placeId)) return false;
  for (const topic of event.topics) {
    if (!known.topics.has(topic.id)) return false;
    for (const evidence of topic.evidence) if (!known.sources.has(evidence.sourceId)) return false;
  }
  for (const evidence of event.thaw.evidence) if (!known.sources.has(evidence.sourceId)) return false;
  for (const source of event.sources) if (!known.sources.has(source.sourceId)) return false;
  return true;
}

const NONE: DatasetProblem[] = [];

/** The references of one event that point at nothing in the dataset. */
function danglingReferences(event: ThawEvent, row: number, known: Known): DatasetProblem[] {
  if (referencesResolve(event, known)) return NONE;
  const at = `events[${row}]`;
  const problems: DatasetProblem[] = [];
  if (event.placeId !== undefined && !known.places.has(event.placeId)) {
    problems.push({ path: `${at}.placeId`, message: `unknown place "${event.placeId}"`, code: 'unknown_place', params: { id: event.placeId } });
  }
  event.topics.forEach((topic, i) => {
    if (!known.topics.has(topic.id)) problems.push({ path: `${at}.topics[${i}].id`, message: `unknown topic "${topic.id}"`, code: 'unknown_topic', params: { id: topic.id } });
    topic.evidence.forEach((evidence, j) => {
      if (!known.sources.has(evidence.sourceId)) {
        problems.push({ path: `${at}.topics[${i}].evidence[${j}].sourceId`, message: `unknown source "${evidence.sourceId}"`, code: 'unknown_source', params: { id: evidence.sourceId } });
      }
    });
  });
  event.thaw.evidence.forEach((evidence, i) => {
    if (!known.sources.has(evidence.sourceId)) {
      problems.push({ path: `${at}.thaw.evidence[${i}].sourceId`, message: `unknown source "${evidence.sourceId}"`, code: 'unknown_source', params: { id: evidence.sourceId } });
    }
  });
  event.sources.forEach((source, i) => {
    if (!known.sources.has(source.sourceId)) {
      problems.push({ path: `${at}.sources[${i}].sourceId`, message: `unknown source "${source.sourceId}"`, code: 'unknown_source', params: { id: source.sourceId } });
    }
  });
  return problems;
}

/**
 * The checks that need zod: the frame and an event row that the fast checks
 * (canonical-event.ts) could not vouch for, each with its problems worded.
 * parse-dataset.ts supplies them; without them, such a dataset is not read.
 */
export type SchemaChecks = {
  frame(input: unknown): { ok: true; frame: Omit<Dataset, 'events'> & { events: unknown[] } } | { ok: false; errors: DatasetProblem[] };
  event(raw: unknown, row: number): { ok: true; event: ThawEvent } | { ok: false; problems: DatasetProblem[] };
};

/**
 * Validates a parsed JSON value as a Thaw Monitor dataset.
 *
 * The frame (version, sources, places, topics) must be valid or nothing
 * loads. Events are checked row by row: a row with a bad field, a duplicate
 * id, a topic listed twice, a reference to an unknown place, topic or
 * source, or a thaw score its components do not give is skipped and
 * reported as a warning naming the row and field. If every row is bad the
 * dataset is rejected with those problems as errors. Never throws.
 *
 * Without `schema` (zod not loaded), null where a part of the dataset needs
 * zod to be checked or its problem worded: the caller loads it and reads
 * again (parse-dataset.ts).
 */
export function readDataset(input: unknown, schema: SchemaChecks | null): DatasetResult | null {
  let envelope: Omit<Dataset, 'events'> & { events: unknown[] };
  if (isCanonicalFrame(input)) envelope = input;
  else if (!schema) return null;
  else {
    const frame = schema.frame(input);
    if (!frame.ok) return { ok: false, errors: frame.errors };
    envelope = frame.frame;
  }

  const { sources, places, topics } = envelope;
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

  const rows = envelope.events;
  for (let row = 0; row < rows.length; row += 1) {
    const raw = rows[row];
    let event: ThawEvent;
    // Most rows of a large file are already in the schema's form and are used as they are; zod checks the rest and words what is wrong.
    if (isCanonicalEvent(raw)) event = raw;
    else if (!schema) return null;
    else {
      const parsed = schema.event(raw, row);
      if (!parsed.ok) {
        warnings.push(...parsed.problems);
        continue;
      }
      event = parsed.event;
    }
    const firstRow = firstRowOfId.get(event.id);
    if (firstRow !== undefined) {
      warnings.push({ path: `events[${row}].id`, message: `duplicate id "${event.id}" (first used at events[${firstRow}])`, code: 'duplicate_id', params: { id: event.id, first: `events[${firstRow}]` } });
      continue;
    }
    const repeated = repeatedTopics(event, row);
    const dangling = danglingReferences(event, row, known);
    const unsound = scoreProblems(event, row);
    if (repeated.length > 0 || dangling.length > 0 || unsound.length > 0) {
      warnings.push(...repeated, ...dangling, ...unsound);
      continue;
    }
    firstRowOfId.set(event.id, row);
    events.push(event);
  }

  const skippedEvents = rows.length - events.length;
  if (events.length === 0 && skippedEvents > 0) return { ok: false, errors: warnings };
  return { ok: true, dataset: { ...envelope, events }, warnings, skippedEvents };
}

/**
 * The largest dataset opened, in bytes of UTF-8: room for an extract of
 * a few hundred thousand events (100,000 of the benchmark's synthetic events
 * take 57 MB). Past this, the text alone would cost the tab gigabytes as it
 * is parsed, so it is refused before it is read.
 */
export const MAX_DATASET_SIZE = 200 * 1024 * 1024;

/**
 * The size of `text` in bytes of UTF-8, as on disk or on the wire: 1 to 3
 * bytes per UTF-16 unit, 4 per surrogate pair (a lone surrogate counts 3, as
 * the U+FFFD an encoder writes for it).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The UTF-8 size of `text` when it is over MAX_DATASET_SIZE, else null; bytes are counted only when the length leaves it in doubt. */
function bytesOverLimit(text: string): number | null {
  if (text.length * 3 <= MAX_DATASET_SIZE) return null;
  const bytes = utf8Length(text);
  return bytes > MAX_DATASET_SIZE ? bytes : null;
}

const megabytes = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`;

/**
 * The problem with a dataset of `size` bytes, or null when it is small
 * enough to open. Callers that know the size before reading (a file, a
 * Content-Length) check it first so that nothing is read at all.
 */
export function sizeProblem(size: number, limit = MAX_DATASET_SIZE): DatasetProblem | null {
  // Written so that an unknown size (NaN from a garbled header) passes.
  if (!(size > limit)) return null;
  return { path: '(file)', message: `the dataset is ${megabytes(size)}; the largest Thaw Monitor opens is ${megabytes(limit)}`, code: 'too_large', params: { size: megabytes(size), limit: megabytes(limit) } };
}

/**
 * The largest Arrow table a page opens: its bytes are held while DuckDB
 * copies them in, about 160 bytes an event for a GDELT import, so this is
 * about BROWSER_ROWS (src/core/engine/engine.ts) events.
 */
export const MAX_TABLE_SIZE = 400 * 1024 * 1024;

/**
 * A JSON.parse message that gives a character offset ("at position 1342")
 * with the line and column added, as newer engines do themselves: nobody
 * finds character 1342 of a file by counting.
 */
export function withLineAndColumn(message: string, text: string): string {
  const match = /at position (\d+)$/.exec(message);
  if (!match) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}

/**
 * Parses a dataset's JSON text: the value, or the problem with the text
 * (over MAX_DATASET_SIZE, or not JSON), never an exception.
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; errors: DatasetProblem[] } {
  const bytes = bytesOverLimit(text);
  if (bytes !== null) return { ok: false, errors: [sizeProblem(bytes)!] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const detail = withLineAndColumn(reason, text);
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${detail}`, code: 'not_json', params: { detail } }] };
  }
}
