import { z } from 'zod/mini';
import { datasetSchema, eventSchema } from './schema';
import { formatPath, parseJsonText, readDataset, type DatasetProblem, type DatasetResult, type SchemaChecks } from './read-dataset';

// Everything but zod's part lives in read-dataset.ts, which the first view uses without loading zod.
export * from './read-dataset';

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

/** The dataset's frame: everything but the events, which are checked one by one. */
const envelopeSchema = z.extend(datasetSchema, { events: z.array(z.unknown()) });

/**
 * The frame of a dataset whose events are a list: the list is taken as it
 * is, where `envelopeSchema` would walk and copy every row only to learn
 * that each is there (tens of milliseconds at 100,000 events).
 */
const frameSchema = z.extend(datasetSchema, { events: z.any() });

const eventsAreAList = (input: unknown) => typeof input === 'object' && input !== null && Array.isArray((input as { events?: unknown }).events);

function problemsOf(error: z.core.$ZodError, prefix: ReadonlyArray<PropertyKey> = []): DatasetProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
    ...issueCode(issue),
  }));
}

/** zod's part of reading a dataset: the frame, and the rows the fast check could not vouch for. */
const ZOD_CHECKS: SchemaChecks = {
  frame(input) {
    const envelope = eventsAreAList(input) ? frameSchema.safeParse(input) : envelopeSchema.safeParse(input);
    return envelope.success ? { ok: true, frame: envelope.data as Omit<z.infer<typeof datasetSchema>, 'events'> & { events: unknown[] } } : { ok: false, errors: problemsOf(envelope.error) };
  },
  event(raw, row) {
    const parsed = eventSchema.safeParse(raw);
    return parsed.success ? { ok: true, event: parsed.data } : { ok: false, problems: problemsOf(parsed.error, ['events', row]) };
  },
};

/** Validates a parsed JSON value as a Thaw Monitor dataset (readDataset, with zod for whatever the fast checks leave). Never throws. */
export function parseDataset(input: unknown): DatasetResult {
  return readDataset(input, ZOD_CHECKS)!;
}

/** Parses JSON text and validates it. Text over MAX_DATASET_SIZE and syntax errors become problems. Never throws. */
export function parseDatasetText(text: string): DatasetResult {
  const json = parseJsonText(text);
  return json.ok ? parseDataset(json.value) : json;
}
