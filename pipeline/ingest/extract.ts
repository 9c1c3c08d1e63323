import { EVENT_KINDS, type CameoCode } from '../../src/core/dataset/kinds';
import type { Actor, EventStatus } from '../../src/core/dataset/schema';
import { cleanArticle } from '../text/clean-article';
import { findDates, tenseOf } from './dates';
import { gatheringEdition, gatheringPlace } from './gatherings';
import { CAPITAL_NAMES, capitalOf, datelinePlace, findPlaces } from './gazetteer';
import { actorAt, resolveActors } from './roster';
import { clausesOf, findTriggers, hopedFor, statusOf, type Trigger, type TriggerFamily } from './triggers';
import { fromDay, spanOf, toDay } from './spans';
import { slug } from './slug';
import type { ActorMention, DateMention, DatePrecision, EvidenceNoteId, FieldEvidence, GazetteerPlace, PlaceMention, ReadArticle } from './types';

/** The values of one proposed event, as a reviewer edits them. */
export type EventDraft = {
  id: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
  endDate?: string;
  status: EventStatus;
  cameo: CameoCode;
  /** Undefined for an event with no place, such as a phone call. */
  placeId?: string;
  geoPrecision?: 1 | 2 | 3;
  actors: Actor[];
};

/** Where each proposed field came from, or why it is empty or approximate. */
export type DraftEvidence = Partial<Record<'date' | 'place' | 'kind' | 'status' | 'actors' | 'title', FieldEvidence>>;

export type ProposedEvent = {
  draft: EventDraft;
  why: DraftEvidence;
  /** The sentences the event was read from, in article order: the first is its quote. */
  sentences: string[];
  /** True for the event the article mainly reports. */
  lead: boolean;
  /** The event's confidence: the mean of its fields'. */
  confidence: number;
  /** Places the event uses, for the dataset's place list. */
  places: GazetteerPlace[];
  /** Where the story first tells of it: the index of its first sentence (0 is the headline when there is one). */
  order: number;
};

export type Extraction = {
  /** The article's sentences after cleaning, in order. */
  sentences: string[];
  proposals: ProposedEvent[];
  /** What a reviewer should know: sentences that looked like events and were left out, and why. */
  warnings: string[];
  /** The same, as the reason and the clause, for the review to say in the reader's language. */
  leftOut: LeftOut[];
};

/** A clause that looked like an event and was left out: it does not involve both sides, or the text gives it no date. */
export type LeftOut = { reason: 'not-both' | 'no-date'; clause: string };

/** A note's English words, for the command line and an English review; the review words it from its id otherwise. */
const NOTE_TEXT: Record<EvidenceNoteId, (values: Record<string, string>) => string> = {
  'read-as-past': () => 'no future or modal verb: read as past',
  'publication-day': () => 'no date in the text: the day of publication, as the story reports it as news',
  'publication-month': () => 'no date in the text: the month of publication',
  'gathering-year': (v) => `no date in the text: the year ${v.gathering} met in the city named`,
  'country-capital': (v) => `only the country is named: placed at its capital, ${v.capital}`,
  venue: (v) => `inferred from "${v.venue}"`,
  dateline: () => 'from the dateline',
  'no-place': () => 'the text names no place',
  'phone-no-place': () => 'a phone call has no place',
  'video-no-place': () => 'a video call has no place',
  'kind-from-place': (v) => `${EVENT_KINDS[v.cameo as CameoCode].label}, from the place and status`,
  'no-one': () => 'the text names no one',
  'title-written': () => 'written from the kind, the actors and the place',
};

type Note = { id: EvidenceNoteId; values?: Record<string, string> };

type Side = 'KR' | 'CN';

/** Words that put a side in a clause. "North Korean" and "the Korean peninsula" are not South Korea. */
const SIDE_WORDS: Record<Side, RegExp> = {
  KR: /\b(?:South Korea|S\.\s?Korea|Republic of Korea|ROK|Seoul)|(?<!North\s)\bKorean?\b(?!\s+(?:[Pp]eninsula|War|war))/,
  CN: /\b(?:China|Chinese|Beijing|PRC|People's Republic)\b/,
};
/** Words that speak of both sides at once, in a story about the two. */
const BOTH_SIDES = /\b(?:both (?:countries|sides|nations|governments|leaders|ministers)|(?:the )?two (?:countries|sides|nations|neighbou?rs|leaders|ministers)|bilateral|counterparts?|three (?:nations|countries)|trilateral|three-way)\b/i;

/** Countries other than the two, as a clause names them when it is about them. */
const THIRD_COUNTRY = /\b(?:Japan(?:ese)?|Tokyo|(?:the )?United States|U\.S\.|Washington|Americans?|Russian?|Moscow|North Korean?|Pyongyang|Taiwan(?:ese)?|Taipei|India|Australia|Philippines|Vietnam)\b/;

/** A date after these words is a reference point, not the event's date ("the first visit since 2014"). */
const REFERENCE_DATE = /\b(?:since|until|till|ahead of|by the end of|before the end of|anniversary)\s+(?:[\w-]+\s+){0,8}$/i;

type Candidate = {
  order: number;
  sentence: string;
  clause: string;
  trigger: Trigger;
  status: { status: EventStatus; text: string; confidence: number };
  date?: DateMention;
  places: PlaceMention[];
  /** Everyone the event involves, the subject of a clause that goes on from the one before included. */
  actors: ActorMention[];
  /** The people the clause itself names: what groups it with other clauses. */
  own: ActorMention[];
  sides: Set<Side>;
};

/** Sides a text names, by its words and by the countries of the places and actors in it. */
function sidesIn(text: string, places: ReadonlyArray<PlaceMention>, actors: ReadonlyArray<ActorMention>, storyHasBoth: boolean, trigger: Trigger | undefined): Set<Side> {
  const sides = new Set<Side>();
  for (const side of ['KR', 'CN'] as const) if (SIDE_WORDS[side].test(text)) sides.add(side);
  for (const p of places) if (p.place.country === 'KR' || p.place.country === 'CN') sides.add(p.place.country);
  for (const a of actors) if (a.country === 'KR' || a.country === 'CN') sides.add(a.country);
  // "Both countries", "his counterpart", "the three nations" speak of both sides when they are the event's own words, near its trigger.
  const near = trigger ? text.slice(Math.max(0, trigger.index - 60), trigger.index + trigger.text.length + 60) : text;
  if (storyHasBoth && BOTH_SIDES.test(near)) {
    sides.add('KR');
    sides.add('CN');
  }
  return sides;
}

/** A capital that speaks or acts for its government ("Seoul announced", "Seoul deployed", "Beijing's objection", "Seoul officials") is an actor, not a place. */
const SPEAKS_FOR =
  /^(?:'s|’s|\s+(?:\w+ly\s+)?(?:said|says|say|announced|announces|has|have|had|is|was|were|are|will|would|wants?|sees?|saw|fears?|feared|insists?|insisted|claims?|claimed|urged?|urges|called|calls|denied|denies|objects?|objected|protested|summoned|imposed|banned|criticized|criticised|sought|seeks|pushed|deployed|decided|responded|retaliated|demanded|rejected|refused|warned|asked|requested|expressed|vowed|pledged|promised|officials?|government|authorities)\b)/;

/** "Ties with Washington", "relations between Seoul and Beijing": a party to a relationship, not a place. */
const PARTY_TO = /\b(?:ties|relations|relationship|alliance|rivalry|friction|tensions?|row|dispute)\s+(?:with|between)\s+(?:[\w’'-]+\s+(?:and\s+)?)?$/i;

/**
 * Two capitals side by side ("Seoul, Beijing agree", "Seoul and Beijing
 * pledged", "the Seoul-Beijing hotline") stand for the two governments, not
 * for where something happened, unless a preposition of place comes first
 * ("talks in Seoul and Beijing").
 */
const CAPITAL = `(?:${CAPITAL_NAMES})`;
const PAIRED_AFTER = new RegExp(`^\\s*(?:,|and|&|-|–|/)\\s*${CAPITAL}\\b`);
const PAIRED_BEFORE = new RegExp(`\\b${CAPITAL}\\s*(?:,|and|&|-|–|/)\\s*$`);
const PLACED_BEFORE = /\b(?:in|at)\s+$/i;
function pairedCapital(sentence: string, p: PlaceMention): boolean {
  const before = sentence.slice(Math.max(0, p.index - 30), p.index);
  const after = sentence.slice(p.index + p.text.length, p.index + p.text.length + 30);
  if (PAIRED_AFTER.test(after)) return !PLACED_BEFORE.test(before);
  if (PAIRED_BEFORE.test(before)) return !PLACED_BEFORE.test(before.replace(PAIRED_BEFORE, ''));
  return false;
}

/** Words that make a country a place: "visit China", "a trip to South Korea", "arrived in Japan". */
const GOVERNS_PLACE = /\b(?:to|in|into|at|from|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+)?$/i;

/**
 * The places of a clause that can be where its event happened: every city
 * and venue, and a country only where a preposition or a verb of travel
 * puts the event there ("issues including North Korea" does not). A place
 * close after the trigger ("a trip to Seoul") is surer than one further off.
 */
function placesOfClause(sentence: string, places: ReadonlyArray<PlaceMention>, triggerEnd: number): PlaceMention[] {
  return places
    .filter((p) => p.via !== 'country' || GOVERNS_PLACE.test(sentence.slice(Math.max(0, p.index - 24), p.index)))
    .filter((p) => p.via === 'country' || !SPEAKS_FOR.test(sentence.slice(p.index + p.text.length)))
    .filter((p) => !PARTY_TO.test(sentence.slice(Math.max(0, p.index - 40), p.index)))
    .filter((p) => p.via === 'country' || !pairedCapital(sentence, p))
    .map((p) => (triggerEnd >= 0 && p.index >= triggerEnd && p.index - triggerEnd <= 40 ? { ...p, confidence: Math.min(1, p.confidence + 0.05) } : p));
}

/** A verb of speech and the few words between it and a date: "said in an interview on Sunday". */
const SPOKEN = /\b(?:said|told|announced|stated|added|noted|remarked|declared|confirmed|wrote)\b(?:\s+[\w’'-]+){0,8}\s*$/i;

/** The date a clause gives its event: the most precise, surest one that is not a reference point. */
function dateOfClause(clause: string, dates: ReadonlyArray<DateMention>, trigger: Trigger, published: string): DateMention | undefined {
  const family = trigger.family;
  // A measure "since 2016" started then; a meeting "the first since 2014" did not happen then.
  const lasting = family === 'sanction' || family === 'criticise';
  // The date nearest the trigger is its date ("Kang said on Thursday that Wang will visit next week"); one right after it wins a tie.
  // A date in a relative clause after the trigger ("ties that soured in 2017") dates that clause, not the event.
  const between = (d: DateMention) => clause.slice(trigger.index + trigger.text.length, d.index);
  const relative = (d: DateMention) => d.index > trigger.index && /\b(?:that|which|who|whose|when)\b[^,;]*$/i.test(between(d));
  // "held talks with Wang, who arrived on Wednesday": what a person did in a clause of their own is not the event's date.
  const ofAPerson = (d: DateMention) => d.index > trigger.index && /\bwho\s+(?:had\s+|has\s+|also\s+)?(?!(?:is|are|was|were|will)\b)\w+[^,;]*$/i.test(between(d));
  // "agreed to hold talks next year": a time still to come after an agreement already made is that of what was agreed.
  const agreedFor = (d: DateMention) =>
    family === 'agree' && d.index > trigger.index && /^(?:agreed|pledged|vowed|promised|concurred)\b/i.test(trigger.text) && toDay(d.window?.from ?? d.date) > toDay(published);
  const own = dates
    .filter((d) => (lasting && /\bsince\s+(?:[\w’'-]+\s+){0,8}$/i.test(clause.slice(0, d.index))) || !REFERENCE_DATE.test(clause.slice(0, d.index)))
    .filter((d) => !ofAPerson(d) && !agreedFor(d));
  const distance = (d: DateMention) =>
    (d.index >= trigger.index ? d.index - trigger.index - trigger.text.length : trigger.index - d.index - d.text.length + 1) + (relative(d) ? 500 : 0);
  const rank = { day: 0, month: 1, year: 2 } as const;
  // An intent is dated by when it was spoken ("said on Sunday that a visit was possible next year"), not by the visit it hopes for.
  // The time it hopes for ("a visit next year") is the plan's, not the event's: an intent is news of the day it is reported.
  if (hopedFor(clause, family, trigger.index + trigger.text.length)) {
    const spoken = own.find((d) => SPOKEN.test(clause.slice(0, d.index)) || /^\s*,?\s*(?:said|told|announced)\b/i.test(clause.slice(d.index + d.text.length)));
    if (spoken) return spoken;
    return [...own].filter((d) => !(d.index > trigger.index && toDay(d.window?.from ?? d.date) > toDay(published))).sort((a, b) => distance(a) - distance(b) || rank[a.datePrecision] - rank[b.datePrecision])[0];
  }
  return [...own].sort((a, b) => distance(a) - distance(b) || rank[a.datePrecision] - rank[b.datePrecision])[0];
}

/** A trigger that is itself a verb in the past tense reports what happened ("met", "summoned"), whatever else the clause says will happen. */
const PAST_TRIGGER = /^(?:met|held|visited|arrived|travell?ed|hosted|signed|agreed|pledged|summoned|lodged|critici[sz]ed|condemned|denounced|imposed|banned|called off|cancell?ed|postponed|spoke|talked|phoned|received|welcomed|landed|sat down|scrapped)\b/i;
/** ...unless a modal or a plan comes right before it: "is expected to have met", "had been postponed" stays as it is. */
const MODAL_BEFORE = /\b(?:will|would|could|might|may|shall|to|be)\s+(?:\w+\s+)?$/i;

/** A clause with no subject of its own, going on from the one before: "and was set to meet...", "and on Saturday will meet...". */
const CONTINUES = /^(?:and\s+)?(?:(?:on|in|at|later|then)\s+\w+\s+)?(?:was|is|were|are|will|would|had|has|have|then|later|also|did|met|held|visited|signed|agreed|called|spoke|arrived|travell?ed)\b/i;

const inRange = (index: number, start: number, end: number) => index >= start && index < end;

/**
 * A clause that only names the event of the clause before it, a noun
 * phrase set beside it after a comma: "Cho will travel to Beijing next week, the first
 * visit by a foreign minister in six years", "Xi met Yoon, their first
 * talks since 2019". It is the same event, not one of its own (nor one
 * dated by the "said Friday" that may follow it). "…, following an August
 * trip by Yang" is another event: a preposition, not a comma, joins it.
 */
/**
 * Whether a clause names no one and nowhere its neighbour's event does not:
 * "…, the first visit to China by a South Korean foreign minister" (the
 * minister it meets, in the country of its city) restates it; "discussed
 * Moon's trip to China, a possible visit to Seoul by Xi" lists another.
 */
function namesNoOther(before: Candidate, clause: { text: string; index: number }, places: ReadonlyArray<PlaceMention>, actors: ReadonlyArray<ActorMention>): boolean {
  const end = clause.index + clause.text.length;
  const people = actors.filter((a) => inRange(a.index, clause.index, end));
  if (!people.every((a) => before.actors.some((b) => b.name === a.name))) return false;
  return places
    .filter((p) => inRange(p.index, clause.index, end))
    .every((p) => before.places.some((b) => b.place.id === p.place.id || (p.via === 'country' && b.place.country === p.place.country)));
}

const APPOSITION = /^\s*(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}$/i;

/**
 * Reads the events an article reports. Each clause with a trigger (a verb
 * or noun of a diplomatic event) that involves both South Korea and China
 * is a candidate; candidates that agree on kind, date, actors and place are
 * one event. Every field keeps the sentence it came from; a field the text
 * does not give is left empty or approximate with a note, never invented.
 */
export function extractEvents(article: ReadArticle): Extraction {
  const { sentences } = cleanArticle(article.text);
  const warnings: string[] = [];
  const leftOut: LeftOut[] = [];
  const published = article.published;
  // The headline is read first: it often names the event the story reports.
  const headline = article.headline && !sentences.some((s) => s.startsWith(article.headline)) ? article.headline : undefined;
  const units = headline ? [headline, ...sentences] : sentences;
  const actorsBySentence = resolveActors(units, published);
  const storyHasBoth = SIDE_WORDS.KR.test(units.join(' ')) && SIDE_WORDS.CN.test(units.join(' '));
  // A dateline of two cities ("Seoul / Beijing") says where the reporters were, not where the event was.
  const dateline = article.dateline && !article.dateline.includes('/') ? datelinePlace(article.dateline) : undefined;

  const candidates: Candidate[] = [];
  units.forEach((sentence, order) => {
    const isHeadline = headline !== undefined && order === 0;
    const placesInSentence = findPlaces(sentence);
    const actorsInSentence = actorsBySentence[order] ?? [];
    const clauses = clausesOf(sentence);
    let lastCandidateClause = -1;
    clauses.forEach((clause, c) => {
      const triggers = findTriggers(clause.text);
      if (triggers.length === 0) return;
      if (c > 0 && lastCandidateClause === c - 1 && /,\s*$/.test(sentence.slice(0, clause.index)) && APPOSITION.test(clause.text.slice(0, triggers[0].index)) && namesNoOther(candidates[candidates.length - 1], clause, placesInSentence, actorsInSentence)) {
        warnings.push(`Read as naming the event of the clause before it: "${clause.text.trim()}"`);
        return;
      }
      const end = clause.index + clause.text.length;
      const pastVerb = PAST_TRIGGER.test(triggers[0].text) && !MODAL_BEFORE.test(clause.text.slice(0, triggers[0].index));
      const tense = isHeadline && /\bto\s+(?:visit|meet|travel|hold)\b/i.test(clause.text) ? 'future' : pastVerb ? 'past' : tenseOf(clause.text);
      const dates = findDates(clause.text, { published, tense });
      let date = dateOfClause(clause.text, dates, triggers[0], published);
      let places = placesInSentence.filter((p) => inRange(p.index, clause.index, end));
      const own = actorsInSentence.filter((a) => inRange(a.index, clause.index, end));
      let actors = own;
      // A clause that goes on from the one before keeps that one's subject ("Wang met Kang and was set to meet Moon").
      if (c > 0 && CONTINUES.test(clause.text)) {
        const subject = actorsInSentence.filter((a) => a.index < clauses[c].index && !actors.some((own) => own.name === a.name));
        actors = [...subject.slice(0, 1), ...actors];
        // ...and its place: "will travel to China on Friday and on Saturday will meet Wang" is in China.
        if (places.length === 0) places = placesInSentence.filter((p) => p.index >= clauses[c - 1].index && p.index < clause.index);
      }
      let sides = sidesIn(clause.text, places, actors, storyHasBoth, triggers[0]);
      // A clause that names someone of a third country and only one side is about that pair ("Chung met Blinken").
      // So does one that names only other countries ("Japan and the United States discussed a summit").
      const thirdParty = (own.some((a) => a.country !== 'KR' && a.country !== 'CN') && sides.size < 2) || (sides.size === 0 && THIRD_COUNTRY.test(clause.text));
      if (sides.size < 2 && !thirdParty) {
        // The sentence, then the one before, supply a side the clause only implies ("Xi's trip ... was postponed").
        const wider = [sentence, units[order - 1] ?? ''];
        for (const text of wider) {
          if (sides.size === 2) break;
          for (const side of sidesIn(text, text === sentence ? placesInSentence : findPlaces(text), text === sentence ? actorsInSentence : actorsBySentence[order - 1] ?? [], storyHasBoth, undefined)) sides.add(side);
        }
        if (places.length === 0) places = placesInSentence.filter((p) => p.via !== 'country' || sides.has(p.place.country as Side));
      }
      if (!(sides.has('KR') && sides.has('CN'))) {
        if (triggers[0].family !== 'agree') {
          warnings.push(`Left out (does not involve both South Korea and China): "${clause.text.trim()}"`);
          leftOut.push({ reason: 'not-both', clause: clause.text.trim() });
        }
        return;
      }
      const trigger = triggers[0];
      places = placesOfClause(sentence, places, clause.index + trigger.index + trigger.text.length);
      const namedBefore = own.length > 0 && own.every((a) => (actorsBySentence[order - 1] ?? []).some((b) => b.name === a.name));
      if (places.length === 0 && namedBefore && (trigger.family === 'meeting' || trigger.family === 'intent' || trigger.family === 'cancel') && order > 0) {
        // "Xi's trip ... was postponed": the trip's place is in the sentence before, when it names one.
        places = placesOfClause(units[order - 1], findPlaces(units[order - 1]), -1).filter((p) => p.via !== 'country' || sides.has(p.place.country as Side)).map((p) => ({ ...p, confidence: p.confidence - 0.2 }));
      }
      // A clause of the day's news with no place of its own happened where the story was filed.
      if (places.length === 0 && dateline && (date ? nearPublication(date, published, 7) : order <= (headline ? 3 : 2))) places = [dateline];
      if (date) {
        const gathering = gatheringPlace(clause.text, date.date.slice(0, 4)) ?? gatheringPlace(sentence, date.date.slice(0, 4));
        if (gathering && !places.some((p) => p.via === 'name')) places = [gathering, ...places];
      }
      // No date, but a gathering in the city that hosted it once ("traveled to Gyeongju for the APEC summit"): that year.
      // Not for a hope: an intent is news of the day it is reported, whatever gathering it hopes for.
      if (!date && !hopedFor(clause.text, triggers[0].family, triggers[0].index + triggers[0].text.length)) {
        const placeIds = placesInSentence.map((p) => p.place.id);
        const edition = gatheringEdition(clause.text, placeIds) ?? gatheringEdition(sentence, placeIds);
        if (edition) date = { text: edition.text, index: edition.index, date: `${edition.year}-01-01`, datePrecision: 'year', confidence: 0.5, fromGathering: true };
      }
      const after = date ? spanOf(date.date, date.datePrecision, date.endDate)[0] > toDay(published) : false;
      const status = pastVerb
        ? { status: trigger.family === 'cancel' ? ('cancelled' as const) : ('held' as const), text: trigger.text, confidence: 0.8 }
        : statusOf(clause.text, trigger.family, { headline: isHeadline, dateIsAfterPublication: after, triggerAt: trigger.index + trigger.text.length });
      if (!date && status.status === 'held' && trigger.family === 'agree') date = undefined;
      candidates.push({ order, sentence, clause: clause.text, trigger, status, date, places, actors, own, sides });
      lastCandidateClause = c;
    });
  });

  const groups = groupCandidates(candidates, published, headline ? 3 : 2);
  const proposals = groups
    .map((group) => proposalOf(group, { published, dateline, headline, warnings, leftOut }))
    .filter((p): p is ProposedEvent => p !== undefined);
  markLead(proposals, published, headline !== undefined);
  assignIds(proposals);
  return { sentences, proposals, warnings, leftOut };
}

/** Families that report one encounter: a visit, the talks during it, what was agreed there, or the hope of one. */
const ENCOUNTER: ReadonlySet<TriggerFamily> = new Set(['meeting', 'intent', 'agree']);
const familyGroup = (family: TriggerFamily) => (ENCOUNTER.has(family) ? 'encounter' : family);

function datesAgree(a: DateMention | undefined, b: DateMention | undefined): boolean {
  if (!a || !b) return true;
  const span = (d: DateMention) => (d.window ? [toDay(d.window.from), toDay(d.window.to)] : spanOf(d.date, d.datePrecision, d.endDate));
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  // Days of one visit: an arrival and the talks the next day are one event.
  const slack = a.datePrecision === 'day' && b.datePrecision === 'day' ? 2 : 0;
  return a0 <= b1 + slack && b0 <= a1 + slack;
}

const peopleOf = (actors: ReadonlyArray<ActorMention>) => new Set(actors.map((a) => a.personId ?? a.name));

type Group = { members: Candidate[]; date?: DateMention };

/** One group a candidate belongs to: same family, dates that agree, shared or unknown actors, places that agree. */
function nearPublication(date: DateMention, published: string, days = 31): boolean {
  const [start, end] = spanOf(date.date, date.datePrecision, date.endDate);
  return end >= toDay(published) - days && start <= toDay(published) + days;
}

/** A date the text does not give: the publication day, for an encounter the story's opening reports as done. */
function assumedDate(group: Group, published: string, leadSentences: number): DateMention | undefined {
  if (group.date || !ENCOUNTER.has(group.members[0].trigger.family)) return undefined;
  if (!group.members.every((m) => m.status.status === 'held') || Math.min(...group.members.map((m) => m.order)) > leadSentences) return undefined;
  return { text: '', index: 0, date: published, datePrecision: 'day', confidence: 0.4 };
}

function groupCandidates(candidates: ReadonlyArray<Candidate>, published: string, leadSentences: number): Group[] {
  const groups: Group[] = [];
  for (const candidate of candidates) {
    const family = familyGroup(candidate.trigger.family);
    const people = peopleOf(candidate.own);
    const fits = groups.filter((group) => {
      const groupFamily = familyGroup(group.members[0].trigger.family);
      // What two sides agreed on a call or at a signing is part of it: "spoke by phone ... and agreed to keep in touch".
      const agreedThere = candidate.trigger.family === 'agree' && !candidate.date && (groupFamily === 'phone' || groupFamily === 'video' || groupFamily === 'sign');
      if (groupFamily !== family && !agreedThere) return false;
      if (!datesAgree(group.date, candidate.date)) return false;
      if (!statusesAgree(group, candidate.status.status, candidate.date, people)) return false;
      // An undated aside joins an event only when it shares someone with it.
      const groupPeople = new Set(group.members.flatMap((m) => [...peopleOf(m.own)]));
      const shared = [...people].some((p) => groupPeople.has(p));
      const adjacent = candidate.order - group.members[group.members.length - 1].order <= 1;
      // An undated clause is news of the day: it goes with an event of these weeks, or the one just told.
      if (!candidate.date && group.date && !adjacent && !nearPublication(group.date, published)) return false;
      if (candidate.date && !group.date && !adjacent && !nearPublication(candidate.date, published)) return false;
      if (!candidate.date || !group.date) return shared || (people.size === 0 && adjacent);
      if (people.size > 0 && groupPeople.size > 0 && !shared) return false;
      // A measure or a complaint is placed by the side that takes it, later: only a named city can tell two apart.
      const cold = !ENCOUNTER.has(candidate.trigger.family);
      const placesOf = (list: ReadonlyArray<PlaceMention>) => (cold ? list.filter((p) => p.via !== 'country') : list);
      const placeA = bestPlace(placesOf(group.members.flatMap((m) => m.places)), []);
      const placeB = bestPlace(placesOf(candidate.places), []);
      return !placeA || !placeB || placeA.place.country === placeB.place.country;
    });
    // Of the groups it fits, the one that shares the most people with it.
    const overlap = (group: Group) => group.members.reduce((n, m) => n + m.own.filter((a) => people.has(a.personId ?? a.name)).length, 0);
    const match = fits.sort((a, b) => overlap(b) - overlap(a))[0];
    if (match) {
      match.members.push(candidate);
      match.date = mergeDates(match.date, candidate.date);
    } else groups.push({ members: [candidate], date: candidate.date });
  }
  for (const group of groups) group.date ??= assumedDate(group, published, leadSentences);
  // A clause read before the one that dated or named its event may have started a group of its own: join such groups.
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) {
      if (!groupsAgree(groups[i], groups[j])) continue;
      groups[i].members.push(...groups[j].members);
      groups[i].members.sort((a, b) => a.order - b.order);
      groups[i].date = mergeDates(groups[i].date, groups[j].date);
      groups.splice(j, 1);
      j = i;
    }
  }
  return groups;
}

/**
 * What happened, what is planned and what is hoped for are different
 * events, unless they are days of one visit: "arrived on Monday" and "will
 * meet on Tuesday" are one, both dated to the day.
 */
function statusesAgree(group: Group, status: EventStatus, date: DateMention | undefined, people: ReadonlySet<string> = new Set()): boolean {
  if (group.members.every((m) => m.status.status === status)) return true;
  if (!(group.date?.datePrecision === 'day' && date?.datePrecision === 'day')) return false;
  // "Arrived on Monday for talks with Wang; will meet on Tuesday" is one visit; "met Kang and was set to meet Moon on
  // Thursday" is two events: what is still to come brings no one the rest does not name.
  const heldPeople = new Set(group.members.filter((m) => m.status.status === 'held').flatMap((m) => [...peopleOf(m.own)]));
  const laterPeople = new Set(group.members.filter((m) => m.status.status !== 'held').flatMap((m) => [...peopleOf(m.own)]));
  if (status === 'held') for (const p of people) heldPeople.add(p);
  else for (const p of people) laterPeople.add(p);
  return [...laterPeople].every((p) => heldPeople.has(p));
}

/** Two groups are one event when they are of one family, dated alike, of one status, share someone or one names no one, and agree on the country. */
function groupsAgree(a: Group, b: Group): boolean {
  if (familyGroup(a.members[0].trigger.family) !== familyGroup(b.members[0].trigger.family)) return false;
  if (!a.date || !b.date || !datesAgree(a.date, b.date)) return false;
  if (!b.members.every((m) => statusesAgree(a, m.status.status, b.date, peopleOf(m.own)))) return false;
  const peopleA = new Set(a.members.flatMap((m) => [...peopleOf(m.own)]));
  const peopleB = new Set(b.members.flatMap((m) => [...peopleOf(m.own)]));
  if (peopleA.size > 0 && peopleB.size > 0 && ![...peopleA].some((p) => peopleB.has(p))) return false;
  const placeA = bestPlace(a.members.flatMap((m) => m.places), []);
  const placeB = bestPlace(b.members.flatMap((m) => m.places), []);
  return !placeA || !placeB || placeA.place.country === placeB.place.country;
}

/** The more precise of two agreeing dates; two days become a span. */
function mergeDates(a: DateMention | undefined, b: DateMention | undefined): DateMention | undefined {
  if (!a || !b) return a ?? b;
  const rank = { day: 0, month: 1, year: 2 } as const;
  // A day inside a window ("over the weekend", "next week") says which day of it: the day wins.
  const within = (d: DateMention, w: DateMention) => !d.window && d.datePrecision === 'day' && !!w.window && d.date >= w.window.from && d.date <= w.window.to;
  if (within(a, b)) return a;
  if (within(b, a)) return b;
  if (a.window || b.window) return (a.window ? 1 : 0) <= (b.window ? 1 : 0) && rank[a.datePrecision] <= rank[b.datePrecision] ? a : b;
  if (a.datePrecision === 'day' && b.datePrecision === 'day') {
    const [a0, a1] = spanOf(a.date, 'day', a.endDate);
    const [b0, b1] = spanOf(b.date, 'day', b.endDate);
    const start = Math.min(a0, b0);
    const end = Math.max(a1, b1);
    const first = a0 <= b0 ? a : b;
    return { ...first, date: fromDay(start), ...(end > start ? { endDate: fromDay(end) } : { endDate: undefined }) };
  }
  return rank[a.datePrecision] <= rank[b.datePrecision] ? a : b;
}

/** The most precise place, a named city before a venue before a country; places in `avoid` countries last. */
function bestPlace(places: ReadonlyArray<PlaceMention>, avoid: ReadonlyArray<string>): PlaceMention | undefined {
  const rank = (p: PlaceMention) => (avoid.includes(p.place.country) ? 10 : 0) + p.geoPrecision + (p.via === 'dateline' ? 0.5 : 0) - p.confidence / 10;
  return [...places].sort((a, b) => rank(a) - rank(b))[0];
}

const STATUS_ORDER: ReadonlyArray<EventStatus> = ['held', 'scheduled', 'proposed', 'cancelled'];

function evidence(sentence: string, match: string, confidence: number, note?: Note): FieldEvidence {
  return { sentence, match, confidence, ...(note ? { note: NOTE_TEXT[note.id](note.values ?? {}), noteId: note.id, ...(note.values ? { noteValues: note.values } : {}) } : {}) };
}

type Context = { published: string; dateline?: PlaceMention; headline?: string; warnings: string[]; leftOut: LeftOut[] };

function proposalOf(group: Group, context: Context): ProposedEvent | undefined {
  const { members } = group;
  const main = members.find((m) => m.trigger.family === 'meeting') ?? members[0];
  const why: DraftEvidence = {};

  // Status: an encounter held on any of its days was held.
  const status = [...members].sort((a, b) => STATUS_ORDER.indexOf(a.status.status) - STATUS_ORDER.indexOf(b.status.status))[0].status;
  const statusMember = members.find((m) => m.status === status)!;
  why.status = evidence(statusMember.sentence, status.text || statusMember.trigger.text, status.confidence, status.text ? undefined : { id: 'read-as-past' });

  // Kind: the place decides between a visit, a host and a third location; a proposed encounter is an intent to meet.
  const family = main.trigger.family;
  // Offices and roles at the event's date, which a background event does not share with the article.
  const [first, last] = group.date ? spanOf(group.date.date, group.date.datePrecision, group.date.endDate) : [toDay(context.published), toDay(context.published)];
  const actors = dedupeActors(members.flatMap((m) => m.actors).map((a) => actorAt(a, fromDay(first), fromDay(last))));
  const visitorCountries = [...new Set(actors.map((a) => a.country))];
  // A visitor's trip is to the other side: prefer a place outside the country of the people named.
  const avoid = visitorCountries.length === 1 ? visitorCountries : [];

  // Date.
  let date = group.date;
  const dateMember = members.find((m) => m.date && (m.date.date === date?.date || m.date === date));
  if (date && dateMember && date.text !== '') {
    why.date = evidence(dateMember.sentence, date.text, date.confidence, date.fromGathering ? { id: 'gathering-year', values: { gathering: date.text } } : undefined);
  } else {
    const early = members.some((m) => m.order <= (context.headline ? 3 : 2));
    const news = ENCOUNTER.has(family) || family === 'phone' || family === 'video' || family === 'sign';
    if ((status.status === 'held' && !early) || !news) {
      context.warnings.push(`Left out (no date in the text): "${main.clause.trim()}"`);
      context.leftOut.push({ reason: 'no-date', clause: main.clause.trim() });
      return undefined;
    }
    const day = status.status === 'held';
    date = {
      text: '',
      index: 0,
      date: day ? context.published : `${context.published.slice(0, 7)}-01`,
      datePrecision: day ? 'day' : 'month',
      confidence: 0.4,
    };
    why.date = evidence(main.sentence, '', 0.4, { id: day ? 'publication-day' : 'publication-month' });
  }

  // Place.
  let place: PlaceMention | undefined;
  let geoPrecision: 1 | 2 | 3 | undefined;
  if (family !== 'phone' && family !== 'video') {
    // A trip of several stops is placed where the two sides met (the summit in Beijing), not at a stop of one side alone.
    const met = (m: Candidate) => m.own.some((a) => a.country === 'KR') && m.own.some((a) => a.country === 'CN') && m.places.some((p) => p.via !== 'country');
    const meetings = family === 'meeting' ? members.filter(met) : [];
    const named = (meetings.length > 0 ? meetings : members).flatMap((m) => m.places);
    place = bestPlace(named, family === 'meeting' || family === 'intent' || family === 'cancel' ? avoid : []);
    const near = nearPublication(date, context.published, 7);
    if (context.dateline && near && (!place || place.geoPrecision === 3) && (!place || place.place.country === context.dateline.place.country)) place = context.dateline;
    if (ONE_SIDED.has(family)) {
      // A measure or a complaint is put where a named city puts it, else at the capital of the side that takes it:
      // the side named last before its verb ("China claims ..., and it has reduced imports from South Korea").
      if (!place || place.via === 'country') {
        const side = actingSide(members[0]);
        const capital = side ? capitalOf(side) : undefined;
        place = capital ? { place: capital, text: side === 'KR' ? 'South Korea' : 'China', index: 0, via: 'country', geoPrecision: 3, confidence: 0.4 } : undefined;
      }
    }
    if (place) {
      geoPrecision = place.geoPrecision;
      const from = members.find((m) => m.places.includes(place!));
      why.place = evidence(
        from?.sentence ?? (place.via === 'dateline' ? `${place.text} (dateline)` : main.sentence),
        place.text,
        place.confidence,
        place.via === 'country'
          ? { id: 'country-capital', values: { capital: place.place.name, capitalId: place.place.id } }
          : place.via === 'venue'
            ? { id: 'venue', values: { venue: place.text } }
            : place.via === 'dateline'
              ? { id: 'dateline' }
              : undefined,
      );
    } else {
      why.place = evidence(main.sentence, '', 0, { id: 'no-place' });
    }
  } else {
    why.place = evidence(main.sentence, main.trigger.text, main.trigger.confidence, { id: family === 'phone' ? 'phone-no-place' : 'video-no-place' });
  }

  let cameo: CameoCode = main.trigger.cameo;
  if (ENCOUNTER.has(family)) {
    if (status.status === 'proposed') cameo = '036';
    else if (family === 'agree' && !members.some((m) => m.trigger.family === 'meeting')) cameo = '030';
    else if (place && place.place.country !== 'KR' && place.place.country !== 'CN') cameo = '044';
    else if (/\bhost(?:s|ed|ing)?\b|\bwelcomed\b|\breceived\b/i.test(main.clause) && place && actors.some((a) => a.country === place!.place.country)) cameo = '043';
    else cameo = '042';
  }
  why.kind = evidence(main.sentence, main.trigger.text, main.trigger.confidence, cameo !== main.trigger.cameo ? { id: 'kind-from-place', values: { cameo } } : undefined);
  if (actors.length > 0) why.actors = evidence(members.find((m) => m.actors.length > 0)!.sentence, actors.map((a) => a.text).join(', '), Math.min(...actors.map((a) => a.confidence)));
  else why.actors = evidence(main.sentence, '', 0, { id: 'no-one' });

  const sentences = [...new Set(members.map((m) => m.sentence))].filter((s) => s !== context.headline);
  if (sentences.length === 0) sentences.push(members[0].sentence);
  const fields = Object.values(why).map((e) => e!.confidence);
  const draft: EventDraft = {
    id: '',
    title: titleOf(cameo, status.status, actors, place?.place, geoPrecision, members),
    date: date.date,
    datePrecision: date.datePrecision,
    ...(date.endDate ? { endDate: date.endDate } : {}),
    status: status.status,
    cameo,
    ...(place ? { placeId: place.place.id, geoPrecision } : {}),
    actors: actors.map(({ name, role, country }) => ({ name, role, country })),
  };
  why.title = evidence(sentences[0], '', 0.5, { id: 'title-written' });
  return {
    draft,
    why,
    sentences,
    lead: false,
    confidence: Math.round((fields.reduce((s, c) => s + c, 0) / fields.length) * 100) / 100,
    places: place ? [place.place] : [],
    order: Math.min(...members.map((m) => m.order)),
  };
}

/** The side that acts in a clause: the one named last before its trigger in the sentence, else its actors' or the clause's first. */
function actingSide(member: Candidate): Side | undefined {
  const at = member.sentence.indexOf(member.clause) + member.trigger.index;
  const before = member.sentence.slice(0, Math.max(0, at));
  let last: { side: Side; index: number } | undefined;
  for (const side of ['KR', 'CN'] as const) {
    const pattern = new RegExp(SIDE_WORDS[side].source, 'g');
    for (const match of before.matchAll(pattern)) if (!last || (match.index ?? 0) > last.index) last = { side, index: match.index ?? 0 };
  }
  const actor = member.own.find((a) => a.index < at && (a.country === 'KR' || a.country === 'CN'));
  if (actor && (!last || actor.index > last.index)) return actor.country as Side;
  if (last) return last.side;
  const first = member.actors[0]?.country;
  return first === 'KR' || first === 'CN' ? first : undefined;
}

function dedupeActors(actors: ReadonlyArray<ActorMention>): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  for (const actor of actors) {
    const key = actor.personId ?? actor.name;
    if (!seen.has(key) || (seen.get(key)!.confidence < actor.confidence)) seen.set(key, actor);
  }
  return [...seen.values()];
}

/** What one side does to the other (a measure, its easing, a criticism, a complaint): the event belongs with the side that acts. */
const ONE_SIDED: ReadonlySet<TriggerFamily> = new Set(['sanction', 'ease', 'criticise', 'complain']);
/** Their kinds (163, 085, 111, 114), by which a title names the acting side first. */
const ONE_SIDED_KINDS: ReadonlySet<CameoCode> = new Set(['163', '085', '111', '114']);

const COUNTRY_NAME: Record<string, string> = { KR: 'South Korea', CN: 'China', JP: 'Japan', US: 'the United States', KP: 'North Korea' };

/** A short title from the kind, status, actors and place: "Wang Yi meets Kang Kyung-wha in Seoul". */
function titleOf(cameo: CameoCode, status: EventStatus, actors: ReadonlyArray<ActorMention>, place: GazetteerPlace | undefined, geoPrecision: 1 | 2 | 3 | undefined, members: ReadonlyArray<Candidate>): string {
  const names = actors.slice(0, 3).map((a) => a.name);
  const acting = ONE_SIDED_KINDS.has(cameo) ? actingSide(members[0]) : undefined;
  const sides = [...new Set([...(acting ? [acting] : []), ...members.flatMap((m) => [...m.sides])])].map((s) => COUNTRY_NAME[s]);
  // A measure, a protest or a criticism has a side that takes it and one it is aimed at: "China criticises Yoon Suk Yeol",
  // not the person it names first, who may be its target.
  const aimed = acting
    ? [actors.find((a) => a.country === acting)?.name ?? COUNTRY_NAME[acting], actors.find((a) => a.country !== acting)?.name ?? COUNTRY_NAME[acting === 'KR' ? 'CN' : 'KR']]
    : undefined;
  const who = aimed ?? (names.length > 0 ? names : sides);
  const list = (items: ReadonlyArray<string>) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
  const placeName = place && geoPrecision === 3 ? (COUNTRY_NAME[place.country] ?? place.name) : place?.name;
  const at = placeName ? ` in ${placeName}` : '';
  const future = status === 'scheduled';
  switch (cameo) {
    case '041':
      return `${list(who)} ${future ? 'to speak' : 'speak'} by phone`;
    case '040':
      return `${list(who)} ${future ? 'to hold' : 'hold'} a video call`;
    case '036':
      return `Proposed: ${who[0] ?? 'a'} ${who.length > 1 ? `meeting with ${list(who.slice(1))}` : 'visit'}${at}`;
    case '125':
      return names[0] ? `${names[0]}'s visit${placeName ? ` to ${placeName}` : ''} called off or postponed` : `A planned meeting${at} called off or postponed`;
    case '163':
      return `${who[0] ?? 'China'} ${future ? 'to impose' : 'imposes'} restrictions${who[1] ? ` on ${who[1]}` : ''}`;
    case '085':
      return `${who[0] ?? 'China'} ${future ? 'to ease' : 'eases'} restrictions${who[1] ? ` on ${who[1]}` : ''}`;
    case '114':
      return `${who[0] ?? 'A government'} ${future ? 'to lodge' : 'lodges'} a formal protest${who[1] ? ` with ${who[1]}` : ''}`;
    case '111':
      return `${who[0] ?? 'A government'} ${future ? 'to criticise' : 'criticises'} ${who[1] ?? 'the other side'}`;
    case '057':
      return `${list(who)} ${future ? 'to sign' : 'sign'} an agreement${at}`;
    case '030':
      return `${list(who)} ${future ? 'to agree' : 'agree'} to cooperate${at}`;
    default: {
      if (who.length >= 2) return `${who[0]} ${future ? 'to meet' : 'meets'} ${list(who.slice(1))}${at}`;
      return `${who[0] ?? 'An official'} ${future ? 'to visit' : 'visits'}${placeName ? ` ${placeName}` : ''}`;
    }
  }
}

/**
 * The lead is the event the headline names, when it is near the
 * publication day (within a week before, a month after); else the event the
 * story opens with among those near it; failing that, the first event. The lead goes first, the rest by date.
 */
function markLead(proposals: ProposedEvent[], published: string, hasHeadline: boolean): void {
  if (proposals.length === 0) return;
  const day = toDay(published);
  const near = proposals.filter((p) => {
    const [start, end] = spanOf(p.draft.date, p.draft.datePrecision, p.draft.endDate);
    return p.draft.datePrecision !== 'year' && end >= day - 7 && start <= day + 31 && p.draft.status !== 'cancelled';
  });
  // An event the text dates, held or scheduled, before one dated only by the publication; then the one the story tells first.
  const rank = (p: ProposedEvent) => (p.why.date && p.why.date.confidence > 0.4 ? 0 : 2) + (p.draft.status === 'held' || p.draft.status === 'scheduled' ? 0 : 1);
  // The headline says what the story is about: the event it names leads when it is news of these days.
  const headlined = hasHeadline ? near.find((p) => p.order === 0) : undefined;
  const lead = headlined ?? [...near].sort((a, b) => rank(a) - rank(b) || a.order - b.order)[0] ?? proposals[0];
  lead.lead = true;
  proposals.sort((a, b) => Number(b.lead) - Number(a.lead) || a.draft.date.localeCompare(b.draft.date));
}

function assignIds(proposals: ProposedEvent[]): void {
  const used = new Set<string>();
  for (const p of proposals) {
    const base = `${p.draft.date}-${slug(p.draft.title)}`.slice(0, 100).replace(/-+$/, '');
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    p.draft.id = id;
  }
}
