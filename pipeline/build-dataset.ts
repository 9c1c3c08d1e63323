import { kindFor } from '../src/core/dataset/kinds';
import { SCHEMA_VERSION, type Dataset, type Evidence, type Place, type Source, type ThawEvent } from '../src/core/dataset/schema';
import type { CuratedEvent } from '../src/core/curation/curation-schema';
import { cleanArticle, sentenceKey, type CleanArticle } from './text/clean-article';
import { scoreEvent } from './thaw/score-event';
import { TOPIC_RULES, topicsOfSentence } from './topics/taxonomy';

export const PIPELINE_VERSION = 'thaw-pipeline 1.0.0';

/** One entry of the corpus manifest, as shared/corpus/manifest.json has it. */
export type ManifestArticle = { file: string; outlet: string; published: string; headline: string };

export type BuildInput = {
  articles: ReadonlyArray<ManifestArticle & { text: string }>;
  curated: ReadonlyArray<CuratedEvent>;
  places: ReadonlyArray<Place>;
  builtOn: string;
  /**
   * Reviewed events from a dataset file whose article is not in the corpus:
   * kept as the file has them (their topics and score were computed by the
   * same rules), with the sources and places they need.
   */
  carried?: { events: ReadonlyArray<ThawEvent>; sources: ReadonlyArray<Source>; places: ReadonlyArray<Place> };
};

/** A curated fact that the text does not bear out; the build stops on it. */
export class CurationError extends Error {
  override name = 'CurationError';
}

export const sourceIdOf = (file: string) => file.replace(/\.txt$/, '');

/**
 * The run of `text` that a curated quote matches, character for character
 * as the article has it: the quote is typed with plain spaces, the scraped
 * text may have a no-break space or a line break there. Undefined when the
 * quote is not in the text.
 */
export function exactRun(text: string, quote: string): string | undefined {
  const words = quote.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+')).exec(text)?.[0];
}

/**
 * Each curated event's quotes as their articles have them, in source order.
 * Throws CurationError for an unknown source or a quote not in its article.
 */
function exactQuotes(curated: ReadonlyArray<CuratedEvent>, texts: ReadonlyMap<string, string>): Map<string, string[]> {
  return new Map(
    curated.map((event) => [
      event.id,
      event.sources.map(({ sourceId, quote }) => {
        const text = texts.get(sourceId);
        if (text === undefined) throw new CurationError(`${event.id}: unknown source "${sourceId}"`);
        const exact = exactRun(text, quote);
        if (exact === undefined) throw new CurationError(`${event.id}: quote not found word for word in ${sourceId}: "${quote}"`);
        return exact;
      }),
    ]),
  );
}
/** A quote may open with the dateline, which cleaning strips from the sentence. */
const DATELINE_PREFIX = /^[A-Z]{3,}:\s+/;

function sentenceOfQuote(article: CleanArticle, quote: string): string | undefined {
  const body = sentenceKey(quote.replace(DATELINE_PREFIX, ''));
  return article.sentences.find((sentence) => sentenceKey(sentence).includes(body));
}

/** The sentences of an event: those its quotes stand in, plus the unclaimed rest of the article it leads. */
function sentencesOfEvents(
  curated: ReadonlyArray<CuratedEvent>,
  cleaned: ReadonlyMap<string, CleanArticle>,
): Map<string, Evidence[]> {
  const quoted = new Map<string, Evidence[]>();
  const claimed = new Set<string>();
  const leadOf = new Map<string, string>();

  for (const event of curated) {
    const own: Evidence[] = [];
    for (const { sourceId, quote } of event.sources) {
      const article = cleaned.get(sourceId);
      if (article === undefined) throw new CurationError(`${event.id}: unknown source "${sourceId}"`);
      const sentence = sentenceOfQuote(article, quote);
      if (!sentence) throw new CurationError(`${event.id}: the quote "${quote}" lies outside the body of ${sourceId}`);
      own.push({ sourceId, sentence });
    }
    event.sources.forEach(({ sourceId, shared }, i) => {
      if (!shared && event.lead !== sourceId) claimed.add(`${sourceId}\u0000${own[i].sentence}`);
    });
    if (event.lead) {
      const previous = leadOf.get(event.lead);
      if (previous) throw new CurationError(`${event.id}: ${event.lead} already leads with ${previous}`);
      leadOf.set(event.lead, event.id);
    }
    quoted.set(event.id, own);
  }

  const result = new Map<string, Evidence[]>();
  for (const event of curated) {
    const sentences = [...(quoted.get(event.id) ?? [])];
    if (event.lead) {
      for (const sentence of cleaned.get(event.lead)?.sentences ?? []) {
        if (!claimed.has(`${event.lead}\u0000${sentence}`)) sentences.push({ sourceId: event.lead, sentence });
      }
    }
    const seen = new Set<string>();
    result.set(
      event.id,
      sentences.filter(({ sourceId, sentence }) => {
        const key = `${sourceId}\u0000${sentence}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    );
  }
  return result;
}

/** Topics of an event: for each topic its sentences among the event's, in taxonomy order. */
function topicsOf(sentences: ReadonlyArray<Evidence>): ThawEvent['topics'] {
  return TOPIC_RULES.map((rule) => {
    const evidence = sentences.filter((s) => topicsOfSentence(s.sentence, [rule]).length > 0);
    return { id: rule.id, mentions: evidence.length, evidence };
  }).filter((topic) => topic.mentions > 0);
}

/**
 * Builds the dataset from the corpus and the curated events. Pure and
 * deterministic: the same input gives the same output, key order included.
 * Throws CurationError when a curated quote is not in its article.
 */
export function buildDataset(input: BuildInput): Dataset {
  const texts = new Map(input.articles.map((a) => [sourceIdOf(a.file), a.text]));
  const cleaned = new Map(input.articles.map((a) => [sourceIdOf(a.file), cleanArticle(a.text)]));
  const quotesByEvent = exactQuotes(input.curated, texts);
  const sentencesByEvent = sentencesOfEvents(input.curated, cleaned);

  const sources: Source[] = input.articles.map((a) => ({
    id: sourceIdOf(a.file),
    file: a.file,
    outlet: a.outlet,
    published: a.published,
    headline: a.headline,
  }));

  const events: ThawEvent[] = input.curated.map((event) => {
    const kind = kindFor(event.cameo);
    const sentences = sentencesByEvent.get(event.id) ?? [];
    return {
      id: event.id,
      title: event.title,
      date: event.date,
      datePrecision: event.datePrecision,
      ...(event.endDate ? { endDate: event.endDate } : {}),
      status: event.status,
      kind,
      ...(event.placeId !== undefined ? { placeId: event.placeId, geoPrecision: event.geoPrecision ?? 3 } : {}),
      actors: event.actors,
      topics: topicsOf(sentences),
      thaw: scoreEvent(kind.goldstein, sentences),
      // The quote as the article has it, so it can be found in the text as it stands.
      sources: event.sources.map(({ sourceId, note }, i) => ({ sourceId, quote: quotesByEvent.get(event.id)![i], ...(note ? { note } : {}) })),
    };
  });
  const places = [...input.places];
  for (const source of input.carried?.sources ?? []) if (!sources.some((s) => s.id === source.id)) sources.push(source);
  for (const place of input.carried?.places ?? []) if (!places.some((p) => p.id === place.id)) places.push(place);
  for (const event of input.carried?.events ?? []) {
    if (events.some((e) => e.id === event.id)) throw new CurationError(`${event.id}: a reviewed event has the id of another event`);
    events.push(event);
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  return {
    schemaVersion: SCHEMA_VERSION,
    build: { pipeline: PIPELINE_VERSION, builtOn: input.builtOn },
    sources,
    places,
    topics: TOPIC_RULES.map(({ id, label, description }) => ({ id, label, description })),
    events,
  };
}

/**
 * The build date to write: the previous file's when the content is the
 * same but for that date, so rebuilding an unchanged corpus reproduces the
 * committed file byte for byte; otherwise `today`. The date says when this
 * content was first built, not when a command last ran.
 */
export function buildDateFor(next: Dataset, previous: Dataset | undefined, today: string): string {
  if (!previous) return today;
  const withoutDate = (d: Dataset) => JSON.stringify({ ...d, build: { ...d.build, builtOn: '' } });
  return withoutDate(next) === withoutDate(previous) ? previous.build.builtOn : today;
}
