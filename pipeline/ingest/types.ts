/**
 * The shapes the ingest passes between its steps. Everything under
 * pipeline/ingest/ is pure and runs in node and in the browser alike: no
 * node: imports, no network, no globals but the ECMAScript ones.
 */

/** How sure a rule is of a value, from 0 (a guess) to 1 (the text says it outright). */
export type Confidence = number;

/** The sentence a proposed value came from, as the cleaned article has it. */
export type FieldEvidence = {
  /** A sentence of the cleaned article, word for word (or the headline or dateline). */
  sentence: string;
  /** The run of that sentence the rule read, e.g. "on Monday" or "Qingdao". */
  match: string;
  confidence: Confidence;
  /** Why the value is approximate or was inferred, in a reader's words. */
  note?: string;
  /** The same note as a message id of the interface's catalogs and its values, so the review can say it in the reader's language. */
  noteId?: EvidenceNoteId;
  noteValues?: Record<string, string>;
};

/** The notes a field's evidence can carry: see NOTE_TEXT in extract.ts. */
export type EvidenceNoteId =
  | 'read-as-past'
  | 'publication-day'
  | 'publication-month'
  | 'gathering-year'
  | 'country-capital'
  | 'venue'
  | 'dateline'
  | 'no-place'
  | 'phone-no-place'
  | 'video-no-place'
  | 'kind-from-place'
  | 'no-one'
  | 'title-written';

/** A proposed value with its evidence; `value` is undefined when the text does not support one, and `note` says why. */
export type Proposed<T> = { value: T | undefined; evidence?: FieldEvidence; note?: string };

export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression found in a sentence and resolved against the publication date. */
export type DateMention = {
  /** The text of the expression as it stands in the sentence ("on Monday", "in July 2014"). */
  text: string;
  /** Its offset in the sentence. */
  index: number;
  /** YYYY-MM-DD: the day, or the first day of the month or year. */
  date: string;
  datePrecision: DatePrecision;
  /** The last day of a span ("a four-day visit from Sunday"), YYYY-MM-DD. */
  endDate?: string;
  /** For a week ("this week"), the days it may fall on, to tell whether two reports agree; the date itself is the week's month. */
  window?: { from: string; to: string };
  /** Set where the text gives no date but names a gathering in its host city: the year of that edition ("the APEC summit" in Gyeongju). */
  fromGathering?: boolean;
  confidence: Confidence;
};

/** A place of the gazetteer. The id is the schema's place id. */
export type GazetteerPlace = {
  id: string;
  name: string;
  nameKo?: string;
  nameZh?: string;
  /** ISO 3166 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  /** GeoNames population, to choose between places of one name. */
  population: number;
  /** True for a national capital. */
  capital?: true;
};

/**
 * A place found in a sentence. geoPrecision follows ACLED: 1 the city is
 * named, 2 it is inferred (a venue, a part of a city, "the capital"), 3 only
 * the country is known and the event is put at its capital.
 */
export type PlaceMention = {
  place: GazetteerPlace;
  text: string;
  index: number;
  via: 'name' | 'venue' | 'dateline' | 'country';
  geoPrecision: 1 | 2 | 3;
  confidence: Confidence;
};

export type CountryCode = 'KR' | 'CN' | 'JP' | 'US' | 'KP';

/** An actor found in a sentence and resolved to a person of the roster where possible. */
export type ActorMention = {
  /** The roster id, when the mention resolves to one person. */
  personId?: string;
  /** As the schema's Actor: full name, role at the date, country. */
  name: string;
  role: string;
  country: CountryCode | string;
  nameKo?: string;
  nameZh?: string;
  /** The text that named them ("Wang", "his Chinese counterpart", "President Moon Jae-in"). */
  text: string;
  /** For a title or a counterpart ("the Chinese foreign minister"), the office named: who held it depends on the event's date. */
  office?: { country: string; title: string };
  index: number;
  confidence: Confidence;
};

/** What a person hands the ingest: a file's name and text, and what they override. */
export type ArticleInput = {
  /** The file name (article.txt, page.html) or "pasted text". */
  name: string;
  content: string;
  /** Read from the name's ending when left out; pasted text that starts with "<" is HTML. */
  format?: 'txt' | 'html';
  /** YYYY-MM-DD; overrides what the article says. */
  published?: string;
  outlet?: string;
};

/** An article as the ingest reads it, before extraction. */
export type ReadArticle = {
  /** A lower-case id for the source, from the file name or the headline. */
  sourceId: string;
  file: string;
  outlet: string;
  published: string;
  /** How the publication date was established, for the reader ("--published", "<meta property=article:published_time>", "printed: date 2020-11-26"). */
  publishedBasis: string;
  headline: string;
  /** The body as plain text, paragraphs separated by blank lines, noise still in (cleanArticle drops it). */
  text: string;
  /** The dateline's place as printed ("SEOUL", "Seoul / Beijing"), when the story opens with one. */
  dateline?: string;
};

/** Why an input cannot be read; `code` decides the exit status and the message names the file. */
export type IngestProblemCode = 'empty' | 'binary' | 'too-large' | 'not-english' | 'no-date' | 'bad-published' | 'unreadable';

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: IngestProblemCode,
    message: string,
  ) {
    super(message);
  }
}
