import type { CameoCode } from '../../src/core/dataset/kinds';
import type { EventStatus } from '../../src/core/dataset/schema';

/**
 * What kind of thing a clause reports, before the place decides between a
 * visit, a host and a third location. `meeting` is any in-person encounter.
 */
export type TriggerFamily = 'meeting' | 'phone' | 'video' | 'intent' | 'agree' | 'sign' | 'criticise' | 'complain' | 'sanction' | 'ease' | 'cancel';

/** A trigger found in a clause: the family, its CAMEO code and the words that fired it. */
export type Trigger = { family: TriggerFamily; cameo: CameoCode; text: string; index: number; confidence: number };

type TriggerRule = { family: TriggerFamily; cameo: CameoCode; pattern: RegExp; confidence: number };

/**
 * The verbs and nouns that report a diplomatic event, by family. The order
 * is the order of precedence when one clause fires several: a cancelled
 * visit is a cancellation, a ban announced at a meeting is a ban. Patterns
 * are case-insensitive and word-bounded; each is a general English phrasing
 * of its kind, not a phrase of one article.
 */
const RULES: ReadonlyArray<TriggerRule> = [
  {
    // A measure lifted: before a cancellation ("scrapped the ban" is no meeting called off) and before the measure it ends.
    family: 'ease',
    cameo: '085',
    pattern:
      /\b(?:(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|scrap(?:s|ped|ping)?|roll(?:s|ed|ing)? back|withdr(?:aw|aws|ew|awn|awing))\s+(?:\w+\s+){0,4}?(?:ban|bans|sanctions?|restrictions?|curbs?|embargo(?:es)?|boycotts?|limits|retaliat\w*|measures)|(?:resum(?:e|es|ed|ing)|resumption of|reopen(?:s|ed|ing)?|allow(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}?(?:group tours|package tours|tour groups|imports? of|exports? of|flights))\b/i,
    confidence: 0.75,
  },
  {
    family: 'cancel',
    cameo: '125',
    pattern:
      /\b(?:cancel(?:s|led|ed|ling|ing|lation)?|call(?:s|ed|ing)? off|postpon(?:e|es|ed|ing|ement)|put off|scrapp(?:ed|ing)|shelved|indefinitely delayed|(?:cannot|can't|could not|couldn't|will not|won't|would not|unable to|declined to|refused to)\s+(?:\w+\s+){0,2}?(?:host|hold|attend|meet|visit|go ahead))\b/i,
    confidence: 0.8,
  },
  {
    family: 'sanction',
    cameo: '163',
    pattern:
      /\b(?:(?:impos|slapp|announc|introduc|extend)\w*\s+(?:\w+\s+){0,3}(?:ban|bans|sanctions?|embargo(?:es)?|boycotts?|tariffs?|restrictions?|curbs?)|sanction(?:s|ed|ing)\b(?!\s+(?:regime|relief))|embargo(?:es|ed)?|boycott(?:s|ed|ing)?|(?:banned|bans|barred|blocked)\s+(?:\w+\s+){0,3}(?:imports?|exports?|tours?|tourists?|groups?|shows?|concerts?|content|dramas|films|games|products|firms|companies)|(?:(?:dramatically|sharply)\s+)?(?:reduc|cut|curb|halt|restrict|suspend)\w*\s+(?:\w+\s+){0,4}(?:imports?|exports?|tourism|tour groups|trade|commerce|flights|licen[cs]es)|retaliat\w*|economic (?:coercion|retaliation)|unofficial (?:ban|boycott))\b/i,
    confidence: 0.7,
  },
  {
    family: 'complain',
    cameo: '114',
    pattern:
      /\b(?:summon(?:s|ed|ing)?|(?:lodg|fil|launch|mak|issu)\w*\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:protests?|complaints?|representations|démarche|demarche)|protest(?:s|ed|ing)?\s+(?:against|over|to)|complain(?:s|ed)?\s+(?:to|about|that))\b/i,
    confidence: 0.8,
  },
  {
    family: 'criticise',
    cameo: '111',
    pattern:
      /\b(?:critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|slamm?(?:s|ed|ing)?|blast(?:s|ed)|accus(?:e|es|ed|ing)|lambast\w*|(?:dispute|row|spat|feud|rift|standoff)\s+(?:\w+\s+){0,2}(?:erupted|blew up|broke out|flared|began|started)|(?:erupted|blew up|broke out)\s+(?:\w+\s+){0,3}(?:dispute|row|spat|feud))\b/i,
    confidence: 0.7,
  },
  {
    family: 'sign',
    cameo: '057',
    pattern: /\bsign(?:s|ed|ing)?\s+(?:\w+\s+){0,5}(?:agreements?|deals?|accords?|pacts?|treaty|treaties|memorand\w*|MOUs?|MoUs?|contracts?|joint statements?)\b/i,
    confidence: 0.85,
  },
  {
    family: 'phone',
    cameo: '041',
    pattern:
      /\b(?:(?:tele)?phone (?:call|calls|talks|conversation|conversations)|(?:spoke|speak|speaks|speaking|talked|talks?|held talks|hold talks|conversed)\s+(?:\w+\s+){0,6}(?:by|over the|on the)\s+(?:tele)?phone|by (?:tele)?phone|phoned)\b/i,
    confidence: 0.9,
  },
  {
    family: 'video',
    cameo: '040',
    pattern: /\b(?:video (?:call|calls|conference|link|summit|talks)|virtual (?:summit|meeting|talks)|videoconference)\b/i,
    confidence: 0.85,
  },
  {
    family: 'intent',
    cameo: '036',
    pattern:
      /\b(?:(?:seek|seeks|sought|seeking|propos\w*|invit\w*|push(?:es|ed|ing)? for|press(?:es|ed|ing)? (?:\w+\s+){0,2}for|lobb(?:y|ies|ied|ying) (?:\w+\s+){0,2}for|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|hop(?:e|es|ed|ing) (?:to|for)|consider(?:s|ed|ing)?|plan(?:s|ned|ning)? (?:to|for)|arrang\w*|work(?:s|ed|ing)? (?:on|to (?:arrange|facilitate|realize|revive|resume|restart|hold|organi[sz]e)|toward)|vow(?:s|ed)? to work on|(?:seek|seeks|seeking|sought|aim(?:s|ing)?|tr(?:y|ies|ying)) to (?:revive|resume|restart|arrange|hold))\s+(?:\w+\s+){0,8}(?:visit\w*|trip|summit|meeting|talks)|(?:possible|potential|proposed|planned|prospective|hoped-for) (?:\w+\s+){0,2}(?:visit|trip|summit|meeting)|(?:visit|trip) (?:\w+\s+){0,4}would be)\b/i,
    confidence: 0.6,
  },
  {
    family: 'meeting',
    cameo: '042',
    pattern:
      /\b(?:met|meet|meets|meeting with|meetings with|held talks|holds talks|hold talks|holding talks|talks with|(?:bilateral|summit|ministerial) talks|summit(?:s|ry)?|sat down with|visit(?:s|ed|ing)?|trip to|trip by|trips? (?:to|in)|travel(?:s|led|ed|ling|ing)? to|arriv(?:e|es|ed|ing) in|landed in|(?:courtesy|state) call|call(?:s|ed)? on (?:President|Prime|Premier|the)|host(?:s|ed|ing)?|welcomed|received|present(?:s|ed|ing)? (?:(?:his|her|their|the) )?(?:letters of )?credentials|attend(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,5}?(?:summit|meeting|forum|conference|games|ceremony|celebrations?|parade|gathering))\b/i,
    confidence: 0.75,
  },
  {
    family: 'agree',
    cameo: '030',
    pattern: /\b(?:agree(?:s|d)?|pledg(?:e|es|ed)|vow(?:s|ed)?|concurred|reached (?:a |an )?(?:consensus|agreement))\b/i,
    confidence: 0.6,
  },
];

/** The rule of a cancellation, whose words are the status of its event. */
const CANCEL = RULES.find((rule) => rule.family === 'cancel')!;

/** "host" is a verb of hosting a visit only when someone is hosted; "hosts the deployment" is not a meeting, nor is "welcomed the decision". */
const NOT_A_MEETING =
  /\b(?:visit(?:ed|ing)? (?:\w+\s+){0,3}(?:website|site|page)|host(?:s|ed|ing)? (?:the )?(?:deployment|system|battery|base|troops)|(?:welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)) (?:\w+(?:'s|’s)?\s+){0,2}(?:decision|move|step|announcement|measures?|news|plans?|agreement|remarks|statement|lifting|resumption|easing|offer|proposal|reply|response|letter|message))\b/i;

/**
 * The triggers of one clause, in the order of precedence of their families
 * (the first is the clause's kind). Empty when the clause reports no event.
 */
export function findTriggers(clause: string): Trigger[] {
  const found: Trigger[] = [];
  for (const rule of RULES) {
    const match = rule.pattern.exec(clause);
    if (!match) continue;
    if (rule.family === 'meeting' && NOT_A_MEETING.test(match[0] + clause.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    found.push({ family: rule.family, cameo: rule.cameo, text: match[0], index: match.index, confidence: rule.confidence });
  }
  return found;
}

const FUTURE =
  /\b(?:to (?:happen|take place|be held|go ahead)|will|shall|'ll|(?:is|are|was|were)(?: also| still| now| \w+ly)? (?:set|scheduled|due|slated|poised|expected|going|planning) to|(?:is|are) to (?:visit|travel|meet|hold|attend|sign|host)|plans? to|upcoming|(?:next|this coming) (?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|later (?:this|in the) (?:week|month|year))\b/i;
/** A headline's bare infinitive: "Foreign minister to visit China". */
const HEADLINE_FUTURE = /^[^.]*?\bto (?:visit|travel|meet|hold|host|attend|sign|call)\b/i;
const PROPOSED =
  /\b(?:possible|possibly|potential|proposed|propos(?:e|es|ed|ing|al)|seek(?:s|ing)?|sought|invit\w*|press(?:es|ed|ing)? (?:\w+\s+){0,2}for|lobb(?:y|ies|ied|ying) for|consider(?:s|ed|ing)?|hop(?:e|es|ed|ing)|could|might|would|may|agreed to (?:hold|meet|visit|arrange|set up|create|launch)|work(?:s|ed|ing)? (?:on|to arrange|to facilitate|toward)|explor\w* the possibility|talk of)\b/i;

/** A hedge on the event after its trigger: "a visit next year was likely", "the trip would be difficult". */
const HEDGED_AFTER = /^[^,;]*?\b(?:is|was|are|were|would be|remains?|seemed|seems|looked|looks)\s+(?:\w+\s+)?(?:likely|unlikely|possible|difficult|uncertain|in the works|under consideration|being considered|on the cards)\b/i;

/**
 * Whether a clause speaks of an event hoped for rather than fixed: an
 * intent, a proposal or a hedge before the trigger ("seeks a visit"), or a
 * hedge after it ("a visit was likely"). `triggerAt` is where the trigger ends.
 */
export function hopedFor(clause: string, family: TriggerFamily, triggerAt = clause.length): RegExpExecArray | null | true {
  if (family === 'intent') return true;
  return PROPOSED.exec(clause.slice(0, triggerAt)) ?? HEDGED_AFTER.exec(clause.slice(triggerAt));
}

/**
 * The status a clause gives its event, from tense and modality:
 * cancelled for a cancellation, proposed for what someone seeks, proposes
 * or might do, scheduled for what will happen, held otherwise. A clause
 * whose date lies after the publication day is at least scheduled.
 */
export function statusOf(
  clause: string,
  family: TriggerFamily,
  options: { headline?: boolean; dateIsAfterPublication?: boolean; triggerAt?: number } = {},
): { status: EventStatus; text: string; confidence: number } {
  if (family === 'cancel') return { status: 'cancelled', text: clause.match(CANCEL.pattern)?.[0] ?? '', confidence: 0.8 };
  // A hope or a proposal qualifies the event when it comes before its trigger: "seeks a visit", not "thanked him for the visit, expressing hopes".
  const hoped = hopedFor(clause, family, options.triggerAt);
  const proposed = family === 'intent' ? PROPOSED.exec(clause.slice(0, options.triggerAt ?? clause.length)) : hoped === true ? null : hoped;
  if (family === 'intent' || proposed) return { status: 'proposed', text: proposed?.[0].trim() ?? '', confidence: family === 'intent' ? 0.7 : 0.6 };
  const future = FUTURE.exec(clause) ?? (options.headline ? HEADLINE_FUTURE.exec(clause) : null);
  if (future) return { status: 'scheduled', text: future[0], confidence: 0.8 };
  if (options.dateIsAfterPublication) return { status: 'scheduled', text: '', confidence: 0.6 };
  return { status: 'held', text: '', confidence: 0.6 };
}

/**
 * Places in a sentence where one clause ends and another begins, so that
 * "met Kang and was set to meet Moon on Thursday" is two events with their
 * own dates. A boundary is a semicolon or dash, or a conjunction that
 * starts a new verb phrase.
 */
const CLAUSE_BOUNDARY =
  /\s*(?:;|\s[—–]\s|,\s+(?:but|while|whereas|after|before|(?:just |even )?as|then|following|amid)\s+|\s+and\s+(?=(?:said|says|told|added|urged|noted)\b)|\s+and\s+(?=(?:[\w-]+\s+){1,6}?(?:are|is|will|were|was)\s+(?:set|scheduled|due|expected|slated|to)\b)|,\s+(?=(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|summit|meeting)\b)|,\s+(?=(?:ending|reversing|lifting|scrapping|easing|reviving)\b)|,?\s+and\s+(?=(?:(?:on|in|at|later|then)\s+\w+\s+)?(?:was|is|were|are|will|would|had|has|have|then|later|also|on\s+[A-Z]\w+day)\b)|,\s+and\s+(?=(?:\w+\s+){0,6}?(?:met|meet|visited|will|is|was|are|were|has|have|had|held|signed|agreed|said)\b))\s*/g;

/** A sentence cut into clauses at CLAUSE_BOUNDARY; each clause keeps its offset in the sentence. */
export function clausesOf(sentence: string): Array<{ text: string; index: number }> {
  const clauses: Array<{ text: string; index: number }> = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BOUNDARY)) {
    if (match.index === undefined || match.index <= start) continue;
    clauses.push({ text: sentence.slice(start, match.index), index: start });
    start = match.index + match[0].length;
  }
  clauses.push({ text: sentence.slice(start), index: start });
  return clauses.filter((c) => c.text.trim().length > 0);
}
