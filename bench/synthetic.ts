import { EVENT_KINDS, kindFor, type CameoCode } from '../src/core/dataset/kinds';
import { SCHEMA_VERSION, type Dataset, type Place, type ThawEvent, type Topic } from '../src/core/dataset/schema';
import { scoreFromParts } from '../src/core/thaw/formula';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index with probability proportional to its weight, from cumulative weights. */
function pick(cumulative: Float64Array, random: () => number): number {
  const target = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cumulative Zipf weights 1/k^s for k = 1..n: a few items dominate, as capitals do in event data. */
function zipf(n: number, s: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 1; k <= n; k += 1) {
    sum += 1 / k ** s;
    cumulative[k - 1] = sum;
  }
  return cumulative;
}

const COUNTRIES = ['CN', 'KR', 'JP', 'KP', 'TW', 'MN', 'RU', 'US'];
const DAY = 86_400_000;
const FIRST = Date.UTC(1992, 0, 1);
const LAST = Date.UTC(2026, 11, 31);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export type SyntheticOptions = {
  events: number;
  places?: number;
  seed?: number;
  topics: ReadonlyArray<Topic>;
  /** Events shaped like a GDELT import: machine-coded, no quote, a report's address and GDELT's weights. */
  machine?: boolean;
};

/**
 * A synthetic dataset valid against the schema, for benchmarks: `events`
 * events over `places` places (Zipf-skewed, so a few capitals dominate),
 * the given topics (also skewed), dates from 1992 to 2026 growing denser
 * towards the present, and the kinds of the CAMEO table. Deterministic for
 * a seed.
 */
export function syntheticDataset({ events, places: placeCount = 200, seed = 1, topics, machine = false }: SyntheticOptions): Dataset {
  const random = mulberry32(seed);
  const places: Place[] = Array.from({ length: placeCount }, (_, i) => ({
    id: `p${i}`,
    name: `Place ${i}`,
    country: COUNTRIES[i % COUNTRIES.length],
    lat: Math.round((20 + random() * 30) * 1e4) / 1e4,
    lon: Math.round((100 + random() * 45) * 1e4) / 1e4,
  }));
  const placeWeights = zipf(placeCount, 1.1);
  const topicWeights = zipf(topics.length, 0.8);
  const kinds = Object.keys(EVENT_KINDS) as CameoCode[];
  const list: ThawEvent[] = new Array(events);
  for (let i = 0; i < events; i += 1) {
    // sqrt skews dates towards the present.
    const start = FIRST + Math.floor(Math.sqrt(random()) * ((LAST - FIRST) / DAY)) * DAY;
    const precisionRoll = random();
    const datePrecision = precisionRoll < 0.93 ? 'day' : precisionRoll < 0.98 ? 'month' : 'year';
    const date = datePrecision === 'day' ? iso(start) : datePrecision === 'month' ? `${iso(start).slice(0, 7)}-01` : `${iso(start).slice(0, 4)}-01-01`;
    const kind = kindFor(kinds[Math.floor(random() * kinds.length)]);
    const topicCount = 1 + Math.floor(random() * 3);
    const topicIds = new Set<string>();
    for (let t = 0; t < topicCount; t += 1) topicIds.add(topics[pick(topicWeights, random)].id);
    // "+ 0" turns a rounded -0 into 0, as a JSON round trip would.
    const tone = Math.round((random() * 6 - 3) * 100) / 100 + 0;
    const components = { goldstein: kind.goldstein, goldsteinWeight: 0.5, tone, toneWeight: 1, sentences: machine ? 0 : 1 };
    const score = Math.round(scoreFromParts(components) * 10) / 10 + 0;
    const roll = random();
    list[i] = {
      id: `e${i}`,
      title: `Synthetic event ${i}`,
      date,
      datePrecision,
      ...(datePrecision === 'day' && random() < 0.1 ? { endDate: iso(start + (1 + Math.floor(random() * 3)) * DAY) } : {}),
      status: roll < 0.85 ? 'held' : roll < 0.95 ? 'scheduled' : 'proposed',
      kind,
      placeId: places[pick(placeWeights, random)].id,
      geoPrecision: roll < 0.8 ? 1 : roll < 0.9 ? 2 : 3,
      actors: [{ name: 'Actor', role: 'official', country: 'KR' }],
      topics: [...topicIds].map((id) => ({ id, mentions: machine ? 1 : 1 + Math.floor(random() * 4), evidence: [] })),
      thaw: { score, components, evidence: [] },
      sources: machine ? [{ sourceId: 'synthetic' }] : [{ sourceId: 'synthetic', quote: `Synthetic event ${i}.` }],
      ...(machine
        ? { machine: { system: 'gdelt' as const, id: String(100_000_000 + i), url: `https://news.example/${i}`, mentions: 1 + (i % 20), sources: 1 + (i % 5), articles: 1 + (i % 10) } }
        : {}),
    };
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    build: { pipeline: `synthetic seed ${seed}`, builtOn: '2026-01-01' },
    sources: [{ id: 'synthetic', file: 'synthetic', outlet: 'Synthetic generator', published: '2026-01-01', headline: 'Synthetic events for benchmarks' }],
    places,
    topics: [...topics],
    events: list,
  };
}
