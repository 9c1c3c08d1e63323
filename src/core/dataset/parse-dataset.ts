import { z } from 'zod/mini';
import { formatScore } from '../thaw/bands';
import { scoreFromParts, weightText } from '../thaw/formula';
import { isCanonicalEvent } from './canonical-event';
import { datasetSchema, eventSchema, type Dataset, type ThawEvent } from './schema';

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

/** The code and values of a zod issue, read from the issue and the English message it was given. */
function issueCode(issue: z.core.$ZodIssue): Pick<DatasetProblem, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', params: { expected: issue.expected, received: /received (\S+)$/.exec(issue.message)?.[1] ?? '?' } };
    case 'invalid_value':
      return issue.values.length === 1
        ? { code: 'invalid_value', params: { expected: String(issue.values[0]) } }
        : { code: 'invalid_option', params: { expected: issue.values.map(String).join(' | ') } };
    case 'too_big':
    case 'too_small':
      return { code: issue.code, params: { limit: Number(issue.code === 'too_big' ? issue.maximum : issue.minimum), origin: issue.origin ?? 'value' } };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: issue.format === 'regex' ? String((issue as { pattern?: string }).pattern ?? 'regex') : issue.format } };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { keys: issue.keys.join(', '), count: issue.keys.length } };
    default:
      return { code: 'invalid' };
  }
}

export type DatasetResult =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[]; skippedEvents: number }
  | { ok: false; errors: DatasetProblem[] };

/** The dataset's frame: everything but the events, which are checked one by one. */
const envelopeSchema = z.extend(datasetSchema, { events: z.array(z.unknown()) });

/**
 * The frame of a dataset whose events are a list: the list is taken as it
 * is, where `envelopeSchema` would walk and copy every row only to learn
 * that each is there (tens of milliseconds at 100,000 events).
 */
const frameSchema = z.extend(datasetSchema, { events: z.any() });

const eventsAreAList = (input: unknown) => typeof input === 'object' && input !== null && Array.isArray((input as { events?: unknown }).events);

/** Renders a zod path as `events[3].topics[0].id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function problemsOf(error: z.core.$ZodError, prefix: ReadonlyArray<PropertyKey> = []): DatasetProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
    ...issueCode(issue),
  }));
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
 * Validates a parsed JSON value as a Thaw Monitor dataset.
 *
 * The frame (version, sources, places, topics) must be valid or nothing
 * loads. Events are checked row by row: a row with a bad field, a duplicate
 * id, a topic listed twice, a reference to an unknown place, topic or
 * source, or a thaw score its components do not give is skipped and
 * reported as a warning naming the row and field. If every row is bad the
 * dataset is rejected with those problems as errors. Never throws.
 */
export function parseDataset(input: unknown): DatasetResult {
  const envelope = eventsAreAList(input) ? frameSchema.safeParse(input) : envelopeSchema.safeParse(input);
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

  const rows = envelope.data.events;
  for (let row = 0; row < rows.length; row += 1) {
    const raw = rows[row];
    let event: ThawEvent;
    // Most rows of a large file are already in the schema's form and are used as they are; zod checks the rest and words what is wrong.
    if (isCanonicalEvent(raw)) event = raw;
    else {
      const parsed = eventSchema.safeParse(raw);
      if (!parsed.success) {
        warnings.push(...problemsOf(parsed.error, ['events', row]));
        continue;
      }
      event = parsed.data;
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

  const skippedEvents = envelope.data.events.length - events.length;
  if (events.length === 0 && skippedEvents > 0) return { ok: false, errors: warnings };
  return { ok: true, dataset: { ...envelope.data, events }, warnings, skippedEvents };
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
 * Parses JSON text and validates it. Text over MAX_DATASET_SIZE and syntax
 * errors become problems, never exceptions.
 */
export function parseDatasetText(text: string): DatasetResult {
  const bytes = bytesOverLimit(text);
  if (bytes !== null) return { ok: false, errors: [sizeProblem(bytes)!] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const detail = withLineAndColumn(reason, text);
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${detail}`, code: 'not_json', params: { detail } }] };
  }
  return parseDataset(value);
}
