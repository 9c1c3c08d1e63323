import { z } from 'zod/mini';
import { EVENT_KINDS, type CameoCode } from '../dataset/kinds';
import { actorSchema, isoDateSchema, MAX_LENGTH, placeSchema } from '../dataset/schema';

const id = z.string().check(z.maxLength(MAX_LENGTH.id, { abort: true }), z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id (letters, digits, hyphens)' }));
const text = z.string().check(z.maxLength(MAX_LENGTH.prose, { abort: true }), z.trim(), z.minLength(1, { error: 'expected non-empty text' }));
const cameo = z.string().check(
  z.refine((code) => Object.hasOwn(EVENT_KINDS, code), { error: `expected a CAMEO code of the kinds table: ${Object.keys(EVENT_KINDS).join(', ')}` }),
);

/**
 * A quote that supports a curated fact; its sentence becomes evidence for
 * the event. `shared` keeps the sentence with the lead event of the same
 * article too, for sentences that report the lead meeting as well.
 */
export const curatedSourceSchema = z.object({
  sourceId: id,
  quote: text,
  note: z.optional(text),
  shared: z.optional(z.literal(true)),
});

/**
 * An event as coded by hand, or as reviewed from the ingest: one file of
 * pipeline/curated/events/. `lead` names the article it is the main event
 * of; its evidence is then every sentence of that article no other event
 * claims. Topics and the thaw score are computed by data:build.
 */
export const curatedEventSchema = z
  .object({
    id,
    title: text,
    date: isoDateSchema,
    datePrecision: z.enum(['day', 'month', 'year']),
    endDate: z.optional(isoDateSchema),
    status: z.enum(['held', 'scheduled', 'proposed', 'cancelled']),
    cameo,
    placeId: z.optional(id),
    geoPrecision: z.optional(z.literal([1, 2, 3], { error: 'expected 1, 2 or 3 (city named, city inferred, country only)' })),
    actors: z.array(actorSchema),
    lead: z.optional(id),
    sources: z.array(curatedSourceSchema).check(z.minLength(1, { error: 'expected at least one source' })),
  })
  .check(
    z.refine((e) => e.endDate === undefined || e.endDate >= e.date, { error: 'expected endDate on or after date', path: ['endDate'] }),
    z.refine((e) => (e.placeId === undefined) === (e.geoPrecision === undefined), { error: 'expected placeId and geoPrecision together, or neither', path: ['geoPrecision'] }),
  );

export const curatedPlacesSchema = z.array(placeSchema);

export type CuratedSource = z.infer<typeof curatedSourceSchema>;
export type CuratedEvent = Omit<z.infer<typeof curatedEventSchema>, 'cameo'> & { cameo: CameoCode };
