import { z } from 'zod';
import { isRealIsoDate } from '../dataset/dates';

/**
 * The postMessage protocol between an embedded Thaw Monitor and its host page.
 *
 * Frame to host: `{type: "thaw-monitor:height", height}` on load and on every
 * resize, and `{type: "thaw-monitor:filters", filters}` on every filter change.
 * Host to frame: `{type: "thaw-monitor:set-filters", filters}`, where any
 * filter left out is cleared.
 */
export const MESSAGE = {
  height: 'thaw-monitor:height',
  filters: 'thaw-monitor:filters',
  setFilters: 'thaw-monitor:set-filters',
} as const;

/** Caps that keep a hostile or buggy host from sending huge payloads. */
const MAX_IDS = 200;
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,127}$/);
const day = z.string().refine(isRealIsoDate, { error: 'expected YYYY-MM-DD' });

export const embedFiltersSchema = z
  .object({
    places: z.array(id).max(MAX_IDS).optional(),
    topics: z.array(id).max(MAX_IDS).optional(),
    from: day.nullable().optional(),
    to: day.nullable().optional(),
    event: id.nullable().optional(),
  })
  .strict();

export type EmbedFilters = {
  places: string[];
  topics: string[];
  from: string | null;
  to: string | null;
  event: string | null;
};

const setFiltersSchema = z.object({ type: z.literal(MESSAGE.setFilters), filters: embedFiltersSchema }).strict();

export type IncomingResult = { ok: true; filters: EmbedFilters } | { ok: false; reason: string };

/**
 * Checks one incoming message event. It is accepted only when it comes from
 * an allowed origin and is a well-formed set-filters message; otherwise the
 * reason says why it was ignored. Never throws.
 */
export function readIncoming(data: unknown, origin: string, allowed: ReadonlySet<string>): IncomingResult {
  if (!allowed.has(origin)) return { ok: false, reason: `origin ${origin} is not allowed` };
  const parsed = setFiltersSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: `not a valid ${MESSAGE.setFilters} message` };
  const { places = [], topics = [], from = null, to = null, event = null } = parsed.data.filters;
  return { ok: true, filters: { places, topics, from, to, event } };
}

/**
 * The origins allowed to drive an embed: the page's own, plus those listed
 * (comma- or space-separated) in VITE_EMBED_ORIGINS at build time. Entries
 * that are not http(s) origins are left out.
 */
export function allowedOrigins(self: string, configured: string | undefined): Set<string> {
  const origins = new Set([self]);
  for (const entry of (configured ?? '').split(/[\s,]+/).filter(Boolean)) {
    try {
      const url = new URL(entry);
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
    } catch {
      // Not a URL: ignored, as documented.
    }
  }
  return origins;
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
