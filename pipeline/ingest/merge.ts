import { kindFor, type CameoCode } from '../../src/core/dataset/kinds';
import type { Dataset, EventStatus, Evidence, Place, ThawEvent } from '../../src/core/dataset/schema';
import { scoreFromParts } from '../../src/core/thaw/formula';
import { spanOf } from './spans';

/** Kinds that report one encounter: a visit, hosting one, a meeting, the talks, the intent or agreement to meet. */
const ENCOUNTER: ReadonlySet<string> = new Set(['030', '036', '042', '043', '044', '046']);
const kindGroup = (cameo: string) => (ENCOUNTER.has(cameo) ? 'encounter' : cameo);

const STATUS_ORDER: ReadonlyArray<EventStatus> = ['held', 'scheduled', 'proposed', 'cancelled'];

/**
 * Whether two events are one: the same kind of event (any two kinds of an
 * encounter count as one kind), the same status unless both are dated to
 * the day, at least one actor in common when both
 * name any, dates within each other's precision (a day either side for two
 * day dates: reports count an arrival, the talks or the departure), and
 * the same place, or one placed only by its country in the other's country.
 */
export function sameEvent(a: ThawEvent, b: ThawEvent, countryOf: (placeId: string) => string | undefined): boolean {
  if (kindGroup(a.kind.cameo) !== kindGroup(b.kind.cameo)) return false;
  // What happened and what was hoped for are two events, unless both are dated to the day (an arrival, then the talks).
  if (a.status !== b.status && !(a.datePrecision === 'day' && b.datePrecision === 'day')) return false;
  if (a.actors.length > 0 && b.actors.length > 0 && !a.actors.some((x) => b.actors.some((y) => y.name === x.name))) return false;
  const [a0, a1] = spanOf(a.date, a.datePrecision, a.endDate);
  const [b0, b1] = spanOf(b.date, b.datePrecision, b.endDate);
  const slack = a.datePrecision === 'day' && b.datePrecision === 'day' ? 1 : 0;
  if (a0 > b1 + slack || b0 > a1 + slack) return false;
  if (a.placeId === undefined || b.placeId === undefined || a.placeId === b.placeId) return true;
  const coarse = a.geoPrecision === 3 || b.geoPrecision === 3;
  return coarse && countryOf(a.placeId) !== undefined && countryOf(a.placeId) === countryOf(b.placeId);
}

const keyOf = (e: Evidence) => `${e.sourceId}\u0000${e.sentence}`;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits || 0;

/**
 * One event from two reports of it. The better attested status wins (held
 * over scheduled over proposed) and brings its kind; the more precise date
 * and place win; actors, sources and topic evidence are the union; the
 * thaw score is recomputed over the sentences of both, so it stays the sum
 * of its parts.
 */
export function mergeEvents(a: ThawEvent, b: ThawEvent): ThawEvent {
  const statusFirst = STATUS_ORDER.indexOf(b.status) < STATUS_ORDER.indexOf(a.status) ? b : a;
  const rank = { day: 0, month: 1, year: 2 } as const;
  const dated = rank[b.datePrecision] < rank[a.datePrecision] ? b : a;
  const placed = a.placeId === undefined || (b.placeId !== undefined && (b.geoPrecision ?? 3) < (a.geoPrecision ?? 3)) ? b : a;
  const kind = kindFor(statusFirst.kind.cameo as CameoCode);

  const topics = new Map<string, Evidence[]>();
  for (const topic of [...a.topics, ...b.topics]) {
    const list = topics.get(topic.id) ?? [];
    for (const e of topic.evidence) if (!list.some((x) => keyOf(x) === keyOf(e))) list.push(e);
    topics.set(topic.id, list);
  }

  // The mean tone over both events' sentences: each event's sum of tones is its mean times its count.
  const seen = new Set(a.thaw.evidence.map(keyOf));
  const repeated = b.thaw.evidence.filter((e) => seen.has(keyOf(e)));
  const n = a.thaw.components.sentences + b.thaw.components.sentences - repeated.length;
  const toneSum = a.thaw.components.tone * a.thaw.components.sentences + b.thaw.components.tone * b.thaw.components.sentences - repeated.reduce((s, e) => s + e.tone, 0);
  const tone = n === 0 ? 0 : toneSum / n;
  const { goldsteinWeight, toneWeight } = a.thaw.components;
  const evidence = [...a.thaw.evidence, ...b.thaw.evidence.filter((e) => !seen.has(keyOf(e)))].map((e) => ({
    ...e,
    contribution: round((toneWeight * e.tone) / Math.max(n, 1), 2),
  }));

  const sources = [...a.sources];
  for (const s of b.sources) if (!sources.some((x) => x.sourceId === s.sourceId && x.quote === s.quote)) sources.push(s);
  const actors = [...a.actors];
  for (const actor of b.actors) if (!actors.some((x) => x.name === actor.name)) actors.push(actor);

  return {
    id: a.id,
    title: statusFirst.title,
    date: dated.date,
    datePrecision: dated.datePrecision,
    ...(dated.endDate ? { endDate: dated.endDate } : {}),
    status: statusFirst.status,
    kind,
    ...(placed.placeId !== undefined ? { placeId: placed.placeId, geoPrecision: placed.geoPrecision } : {}),
    actors,
    topics: [...topics].map(([id, list]) => ({ id, mentions: list.length, evidence: list })),
    thaw: {
      score: round(scoreFromParts({ goldstein: kind.goldstein, goldsteinWeight, tone, toneWeight }), 1),
      components: { goldstein: kind.goldstein, goldsteinWeight, tone: round(tone, 2), toneWeight, sentences: n },
      evidence,
    },
    sources,
  };
}

/** How far apart two records of one town may put it, in km: a city's centre as two gazetteers give it. */
export const SAME_PLACE_KM = 50;

/** A place name as compared: no case, no diacritics, no punctuation or spaces ("Gyeongju-si" is not "Gyeongju"). */
const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Great-circle distance in km. */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether two place records with different ids are one place: the same
 * country, a name in common (in any of the languages either gives), and
 * within SAME_PLACE_KM of each other. A curated "Seoul" and the "Seoul" of
 * a GDELT import are one; the two Gwangju of South Korea, 250 km apart,
 * are not, nor are two towns across a border.
 */
export function samePlace(a: Place, b: Place): boolean {
  if (a.country !== b.country) return false;
  const names = (p: Place) => [p.name, p.nameKo, p.nameZh].filter((n): n is string => !!n).map(nameKey).filter(Boolean);
  const theirs = new Set(names(b));
  return names(a).some((n) => theirs.has(n)) && distanceKm(a, b) <= SAME_PLACE_KM;
}

/**
 * `added` merged into `base`: its sources, places and topics join where
 * their ids are new; a place of `added` that is one of the base's under
 * another id (samePlace) becomes the base's, and its events move to it;
 * each of its events that is the same as one of the base's (sameEvent) is
 * merged into that one, the rest are appended (with a suffix where the id
 * is taken). Pure: neither input is changed.
 */
export function mergeDatasets(base: Dataset, added: Dataset): Dataset {
  const places = [...base.places];
  const placeOf = new Map<string, string>();
  for (const p of added.places) {
    if (places.some((x) => x.id === p.id)) continue;
    const same = base.places.find((x) => samePlace(x, p));
    if (same) placeOf.set(p.id, same.id);
    else places.push(p);
  }
  const sources = [...base.sources];
  for (const s of added.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  const topics = [...base.topics];
  for (const t of added.topics) if (!topics.some((x) => x.id === t.id)) topics.push(t);
  const countryOf = (id: string) => places.find((p) => p.id === id)?.country;

  const events = [...base.events];
  const ids = new Set(events.map((e) => e.id));
  for (const given of added.events) {
    const moved = given.placeId !== undefined ? placeOf.get(given.placeId) : undefined;
    const event = moved ? { ...given, placeId: moved } : given;
    const at = events.findIndex((e) => sameEvent(e, event, countryOf));
    if (at >= 0) {
      events[at] = mergeEvents(events[at], event);
      continue;
    }
    let id = event.id;
    for (let n = 2; ids.has(id); n += 1) id = `${event.id.slice(0, 120)}-${n}`;
    ids.add(id);
    events.push({ ...event, id });
  }
  return { ...base, sources, places, topics, events };
}
