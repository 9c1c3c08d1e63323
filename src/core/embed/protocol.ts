import { z } from 'zod/mini';
import '../zod-messages';
import { isRealIsoDate } from '../dataset/dates';
import { LANGUAGES, type Language } from '../i18n/languages';
import { originList } from './origins';

/**
 * The postMessage protocol between an embedded Thaw Monitor and its host page.
 *
 * Frame to host: `{type: "thaw-monitor:height", height}` on load and on every
 * resize, and `{type: "thaw-monitor:filters", filters}` on every filter change.
 * Host to frame: `{type: "thaw-monitor:set-filters", filters}`, where any
 * filter left out is cleared, and `{type: "thaw-monitor:set-language", lang}`
 * with `lang` one of en, ko, zh.
 */
export const MESSAGE = {
  height: 'thaw-monitor:height',
  filters: 'thaw-monitor:filters',
  setFilters: 'thaw-monitor:set-filters',
  setLanguage: 'thaw-monitor:set-language',
} as const;

/** Caps that keep a hostile or buggy host from sending huge payloads. */
const MAX_IDS = 200;
const MAX_ID_LENGTH = 128;
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,127}$/));
const day = z.string().check(z.refine(isRealIsoDate, { error: 'expected YYYY-MM-DD' }));
const ids = z.optional(z.array(id).check(z.maxLength(MAX_IDS)));

export const embedFiltersSchema = z.strictObject({
  places: ids,
  topics: ids,
  from: z.optional(z.nullable(day)),
  to: z.optional(z.nullable(day)),
  event: z.optional(z.nullable(id)),
});

export type EmbedFilters = {
  places: string[];
  topics: string[];
  from: string | null;
  to: string | null;
  event: string | null;
};

const setFiltersSchema = z.strictObject({ type: z.literal(MESSAGE.setFilters), filters: embedFiltersSchema });
const setLanguageSchema = z.strictObject({ type: z.literal(MESSAGE.setLanguage), lang: z.enum(LANGUAGES) });

/**
 * The most a valid set-filters message can hold: two full id lists plus a
 * handful of other values, at most three levels below the message, and no
 * string longer than an id.
 */
export const MESSAGE_LIMITS: MessageLimits = { values: 2 * MAX_IDS + 16, depth: 3, stringLength: MAX_ID_LENGTH };

/** How many values, how many levels of nesting, and how long a string a message may have. */
export type MessageLimits = { values: number; depth: number; stringLength: number };

/**
 * True when `data` fits within `limits`: counts every value (the message,
 * its keys' values, array items) and stops at the first one over budget, so
 * a 5 MB string or an array of 100,000 items costs about as much to refuse
 * as a valid message does to accept. Only plain data is walked; anything
 * else counts as one value and is left to the schema.
 */
export function fitsLimits(data: unknown, limits: MessageLimits = MESSAGE_LIMITS): boolean {
  let budget = limits.values;
  const walk = (value: unknown, depth: number): boolean => {
    if (--budget < 0) return false;
    if (typeof value === 'string') return value.length <= limits.stringLength;
    if (value === null || typeof value !== 'object') return true;
    if (depth >= limits.depth) return false;
    if (Array.isArray(value)) {
      // The length is known up front: an oversized list is refused without looking inside.
      if (value.length > budget) return false;
      return value.every((item) => walk(item, depth + 1));
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return true;
    for (const key in value) {
      if (key.length > limits.stringLength || !walk((value as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return true;
  };
  return walk(data, 0);
}

/** Why a message was ignored: its origin, its size, or its shape. */
export type IgnoredKind = 'origin' | 'size' | 'shape';

export type IncomingResult = { ok: true; filters: EmbedFilters } | { ok: true; lang: Language } | { ok: false; kind: IgnoredKind; reason: string };

/**
 * Checks one incoming message event. It is accepted only when it comes from
 * an allowed origin, fits MESSAGE_LIMITS and is a well-formed set-filters
 * message; otherwise `kind` and `reason` say why it was ignored. The checks
 * run cheapest first, so a flood of foreign or oversized messages never
 * reaches the schema. Never throws.
 */
export function readIncoming(data: unknown, origin: string, allowed: ReadonlySet<string>): IncomingResult {
  if (!allowed.has(origin)) return { ok: false, kind: 'origin', reason: `origin ${origin} is not allowed` };
  if (!fitsLimits(data)) return { ok: false, kind: 'size', reason: 'the message is larger or deeper than a set-filters message can be' };
  const language = setLanguageSchema.safeParse(data);
  if (language.success) return { ok: true, lang: language.data.lang };
  const parsed = setFiltersSchema.safeParse(data);
  if (!parsed.success) return { ok: false, kind: 'shape', reason: `not a valid ${MESSAGE.setFilters} or ${MESSAGE.setLanguage} message` };
  const { places = [], topics = [], from = null, to = null, event = null } = parsed.data.filters;
  return { ok: true, filters: { places, topics, from, to, event } };
}

/**
 * The origins allowed to drive an embed: the page's own, plus those listed
 * (comma- or space-separated) in VITE_EMBED_ORIGINS at build time. Entries
 * that are not http(s) origins are left out.
 */
export function allowedOrigins(self: string, configured: string | undefined): Set<string> {
  return new Set([self, ...originList(configured)]);
}

/**
 * The host page's origin, when the browser tells it: the first ancestor
 * origin (Chromium, Safari), else the referrer's origin. Null when unknown.
 */
export function hostOrigin(ancestorOrigins: ArrayLike<string> | undefined, referrer: string): string | null {
  if (ancestorOrigins && ancestorOrigins.length > 0 && ancestorOrigins[0] !== 'null') return ancestorOrigins[0];
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

export const heightMessage = (height: number) => ({ type: MESSAGE.height, height: Math.ceil(height) });
export const filtersMessage = (filters: EmbedFilters) => ({ type: MESSAGE.filters, filters });
