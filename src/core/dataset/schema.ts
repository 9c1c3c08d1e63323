import { z } from 'zod/mini';
import '../zod-messages';
import { DATE_RANGE, ISO_DATE_PATTERN, isInDateRange, isRealIsoDate } from './dates';
import { MAX_ITEMS, MAX_LENGTH, SCHEMA_VERSION } from './limits';

// The limits live in a module without zod, for the checks that run before zod is loaded (canonical-event.ts).
export { MAX_ITEMS, MAX_LENGTH, SCHEMA_VERSION };

const id = z
  .string()
  .check(z.maxLength(MAX_LENGTH.id, { abort: true }), z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id (letters, digits, hyphens)' }));

const nonEmpty = { error: 'expected non-empty text' } as const;
const text = z.string().check(z.maxLength(MAX_LENGTH.line, { abort: true }), z.trim(), z.minLength(1, nonEmpty));
const prose = z.string().check(z.maxLength(MAX_LENGTH.prose, { abort: true }), z.trim(), z.minLength(1, nonEmpty));
const country = (example: string) => z.string().check(z.regex(/^[A-Z]{2}$/, { error: `expected an ISO 3166 alpha-2 code such as ${example}` }));
/** A number from `min` to `max` inclusive. */
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

export const isoDateSchema = z
  .string()
  .check(
    z.regex(ISO_DATE_PATTERN, { error: 'expected YYYY-MM-DD', abort: true }),
    z.refine(isRealIsoDate, { error: 'expected a date that exists in the calendar', abort: true }),
    z.refine(isInDateRange, { error: `expected a date from ${DATE_RANGE.from} to ${DATE_RANGE.to}` }),
  );

/** A sentence of an article, cited by the source it came from. */
export const evidenceSchema = z.object({
  sourceId: id,
  sentence: prose,
});

export const sourceSchema = z.object({
  id,
  file: text,
  outlet: text,
  published: isoDateSchema,
  headline: text,
});

export const placeSchema = z.object({
  id,
  name: text,
  nameKo: z.optional(text),
  nameZh: z.optional(text),
  country: country('KR'),
  lat: between(-90, 90),
  lon: between(-180, 180),
});

export const topicSchema = z.object({
  id,
  label: text,
  description: prose,
});

export const actorSchema = z.object({
  name: text,
  role: text,
  country: country('CN'),
});

export const eventTopicSchema = z.object({
  id,
  mentions: z.int().check(z.gte(1)),
  evidence: z.array(evidenceSchema),
});

export const thawSchema = z.object({
  score: between(-10, 10),
  components: z.object({
    goldstein: between(-10, 10),
    goldsteinWeight: z.number(),
    tone: z.number(),
    toneWeight: z.number(),
    sentences: z.int().check(z.gte(0)),
  }),
  evidence: z.array(z.extend(evidenceSchema, { tone: z.number(), contribution: z.number() })),
});

export const eventSourceSchema = z.object({
  sourceId: id,
  /** Word for word from the source; a machine-coded event has none. */
  quote: z.optional(prose),
  note: z.optional(prose),
});

/**
 * Where a machine-coded event comes from: GDELT or ACLED, its id there, the
 * address of the report it was coded from, and GDELT's weights (how many
 * mentions, sources and articles carried it). Such an event has no quote.
 */
export const machineSchema = z.object({
  system: z.enum(['gdelt', 'acled']),
  id: text,
  url: z.optional(text),
  mentions: z.optional(z.int().check(z.gte(0))),
  sources: z.optional(z.int().check(z.gte(0))),
  articles: z.optional(z.int().check(z.gte(0))),
});

export const eventSchema = z
  .object({
    id,
    title: text,
    date: isoDateSchema,
    datePrecision: z.enum(['day', 'month', 'year']),
    endDate: z.optional(isoDateSchema),
    status: z.enum(['held', 'scheduled', 'proposed', 'cancelled']),
    kind: z.object({
      cameo: z.string().check(z.regex(/^\d{2,4}$/, { error: 'expected a CAMEO code such as 042' })),
      label: text,
      goldstein: between(-10, 10),
    }),
    /** Left out for an event that has no place, such as a phone call. */
    placeId: z.optional(id),
    geoPrecision: z.optional(z.literal([1, 2, 3], { error: 'expected 1, 2 or 3 (city named, city inferred, country only)' })),
    actors: z.array(actorSchema),
    topics: z.array(eventTopicSchema),
    thaw: thawSchema,
    sources: z.array(eventSourceSchema).check(z.minLength(1, { error: 'expected at least one source' })),
    machine: z.optional(machineSchema),
  })
  .check(
    z.refine((event) => event.machine !== undefined || event.sources.every((source) => source.quote !== undefined), {
      error: 'expected a quote for every source of an event that is not machine-coded',
      path: ['sources'],
    }),
    z.refine((event) => event.endDate === undefined || event.endDate >= event.date, {
      error: 'expected endDate on or after date',
      path: ['endDate'],
    }),
    z.refine((event) => (event.placeId === undefined) === (event.geoPrecision === undefined), {
      error: 'expected placeId and geoPrecision together, or neither for an event with no place',
      path: ['geoPrecision'],
    }),
  );

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  build: z.object({
    pipeline: text,
    builtOn: isoDateSchema,
  }),
  sources: z.array(sourceSchema),
  places: z.array(placeSchema).check(z.maxLength(MAX_ITEMS.places)),
  topics: z.array(topicSchema).check(z.maxLength(MAX_ITEMS.topics)),
  events: z.array(eventSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type EventTopic = z.infer<typeof eventTopicSchema>;
export type Thaw = z.infer<typeof thawSchema>;
export type ThawEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type EventStatus = ThawEvent['status'];
export type GeoPrecision = NonNullable<ThawEvent['geoPrecision']>;
