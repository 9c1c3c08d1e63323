import { kindFor } from '../../src/core/dataset/kinds';
import { SCHEMA_VERSION, type Dataset, type Evidence, type Place, type ThawEvent } from '../../src/core/dataset/schema';
import { scoreEvent } from '../thaw/score-event';
import { TOPIC_RULES, topicsOfSentence } from '../topics/taxonomy';
import type { EventDraft } from './extract';
import type { GazetteerPlace, ReadArticle } from './types';

export const INGEST_VERSION = 'thaw-ingest 1.0.0';

/** A reviewed (or proposed) event with the sentences it stands on. */
export type DraftWithSentences = { draft: EventDraft; sentences: ReadonlyArray<string>; lead: boolean };

/** Topics of an event: for each topic its sentences among the event's, in taxonomy order. */
export function topicsOf(sentences: ReadonlyArray<Evidence>): ThawEvent['topics'] {
  return TOPIC_RULES.map((rule) => {
    const evidence = sentences.filter((s) => topicsOfSentence(s.sentence, [rule]).length > 0);
    return { id: rule.id, mentions: evidence.length, evidence };
  }).filter((topic) => topic.mentions > 0);
}

/** The dataset's record of a gazetteer place. */
export function placeOf(place: GazetteerPlace): Place {
  return {
    id: place.id,
    name: place.name,
    ...(place.nameKo ? { nameKo: place.nameKo } : {}),
    ...(place.nameZh ? { nameZh: place.nameZh } : {}),
    country: place.country,
    lat: place.lat,
    lon: place.lon,
  };
}

/**
 * One event of the dataset from a draft: its quote is its first sentence,
 * its evidence its own sentences and, for the lead event, every sentence of
 * the article that no other event claims; topics and the thaw score are
 * computed from those as for curated events.
 */
export function eventOfDraft(item: DraftWithSentences, sourceId: string, unclaimed: ReadonlyArray<string>): ThawEvent {
  const { draft } = item;
  const own = [...item.sentences, ...(item.lead ? unclaimed.filter((s) => !item.sentences.includes(s)) : [])];
  const evidence = own.map((sentence) => ({ sourceId, sentence }));
  const kind = kindFor(draft.cameo);
  return {
    id: draft.id,
    title: draft.title,
    date: draft.date,
    datePrecision: draft.datePrecision,
    ...(draft.endDate ? { endDate: draft.endDate } : {}),
    status: draft.status,
    kind,
    ...(draft.placeId !== undefined ? { placeId: draft.placeId, geoPrecision: draft.geoPrecision ?? 3 } : {}),
    actors: draft.actors,
    topics: topicsOf(evidence),
    thaw: scoreEvent(kind.goldstein, evidence),
    sources: [{ sourceId, quote: item.sentences[0] ?? '' }],
  };
}

/**
 * A dataset of one article's events, in the schema of public/data/events.json:
 * the lead event first, then the others by date.
 */
export function datasetOf(
  article: ReadArticle,
  sentences: ReadonlyArray<string>,
  items: ReadonlyArray<DraftWithSentences>,
  places: ReadonlyArray<GazetteerPlace>,
  builtOn: string,
): Dataset {
  const claimed = new Set(items.filter((i) => !i.lead).flatMap((i) => i.sentences));
  const unclaimed = sentences.filter((s) => !claimed.has(s));
  const usedPlaces = new Set(items.map((i) => i.draft.placeId).filter(Boolean));
  return {
    schemaVersion: SCHEMA_VERSION,
    build: { pipeline: INGEST_VERSION, builtOn },
    sources: [{ id: article.sourceId, file: article.file, outlet: article.outlet, published: article.published, headline: article.headline }],
    places: dedupePlaces(places.filter((p) => usedPlaces.has(p.id))).map(placeOf),
    topics: TOPIC_RULES.map(({ id, label, description }) => ({ id, label, description })),
    events: items.map((item) => eventOfDraft(item, article.sourceId, unclaimed)),
  };
}

function dedupePlaces(places: ReadonlyArray<GazetteerPlace>): GazetteerPlace[] {
  return [...new Map(places.map((p) => [p.id, p])).values()].sort((a, b) => a.id.localeCompare(b.id));
}
