import { z } from 'zod';
import { ISO_DATE_PATTERN, isRealIsoDate } from './dates';

/** Bumped whenever a change to the schema would make older files invalid. */
export const SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id (letters, digits, hyphens)' });

const text = z.string().trim().min(1, { error: 'expected non-empty text' });

export const isoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, { error: 'expected YYYY-MM-DD', abort: true })
  .refine(isRealIsoDate, { error: 'expected a date that exists in the calendar' });

/** A sentence of an article, cited by the source it came from. */
export const evidenceSchema = z.object({
  sourceId: id,
  sentence: text,
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
  nameKo: text.optional(),
  nameZh: text.optional(),
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 alpha-2 code such as KR' }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const topicSchema = z.object({
  id,
  label: text,
  description: text,
});

export const actorSchema = z.object({
  name: text,
  role: text,
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 alpha-2 code such as CN' }),
});

export const eventTopicSchema = z.object({
  id,
  mentions: z.int().min(1),
  evidence: z.array(evidenceSchema),
});

export const thawSchema = z.object({
  score: z.number().min(-10).max(10),
  components: z.object({
    goldstein: z.number().min(-10).max(10),
    goldsteinWeight: z.number(),
    tone: z.number(),
    toneWeight: z.number(),
    sentences: z.int().min(0),
  }),
  evidence: z.array(evidenceSchema.extend({ tone: z.number(), contribution: z.number() })),
});

export const eventSourceSchema = z.object({
  sourceId: id,
  quote: text,
  note: text.optional(),
});

export const eventSchema = z
  .object({
    id,
    title: text,
    date: isoDateSchema,
    datePrecision: z.enum(['day', 'month', 'year']),
    endDate: isoDateSchema.optional(),
    status: z.enum(['held', 'scheduled', 'proposed']),
    kind: z.object({
      cameo: z.string().regex(/^\d{2,4}$/, { error: 'expected a CAMEO code such as 042' }),
      label: text,
      goldstein: z.number().min(-10).max(10),
    }),
    placeId: id,
    geoPrecision: z.literal([1, 2, 3], { error: 'expected 1, 2 or 3 (city named, city inferred, country only)' }),
    actors: z.array(actorSchema),
    topics: z.array(eventTopicSchema),
    thaw: thawSchema,
    sources: z.array(eventSourceSchema).min(1, { error: 'expected at least one source' }),
  })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
    error: 'expected endDate on or after date',
    path: ['endDate'],
  });

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  build: z.object({
    pipeline: text,
    builtOn: isoDateSchema,
  }),
  sources: z.array(sourceSchema),
  places: z.array(placeSchema),
  topics: z.array(topicSchema),
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
export type GeoPrecision = ThawEvent['geoPrecision'];
