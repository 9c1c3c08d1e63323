import * as chrono from 'chrono-node';
import { fromDay, toDay } from './spans';
import type { DateMention, DatePrecision } from './types';

/**
 * Date expressions of news text resolved against the publication date.
 * chrono-node reads the explicit ones (Dec 4, November 26, 2020, in July
 * 2014, Saturday, from Nov 10 to 12); the vague ones chrono leaves alone
 * (earlier this year, late last year, next week) and the weekday's
 * direction, which depends on tense, are resolved here. All arithmetic is
 * on calendar days in UTC, so no time zone can move a date.
 */

export type Tense = 'past' | 'future';

const FUTURE = /\b(?:will|shall|'ll|(?:is|are|was|were)(?: also| still| now| \w+ly)? (?:set|scheduled|due|slated|expected|poised|going|planning) to|plans? to|(?:is|are) to (?:visit|travel|meet|hold|host|attend|sign)|upcoming|next (?:week|month|year)|later (?:this|in the) (?:week|month|year))\b/i;
const PAST = /\b(?:\w+ed|met|held|said|told|made|went|came|took|gave|spoke|saw|began|left|flew|sat|was|were|had|did|won|led|hit|set up|broke|blew|grew|rose|fell|struck)\b/i;

/** The tense a clause speaks in: future for will, is set to, plans to, next...; past for a past-tense verb; else undefined. */
/** A gathering's schedule told in the present: "which Korea hosts in November", "the forum opens in May". */
const SCHEDULED_PRESENT = /\b(?:hosts|holds|opens|begins|starts|convenes|kicks off|takes place|is held|are held)\b/i;

export function tenseOf(clause: string): Tense | undefined {
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  return undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const firstOfMonth = (y: number, m: number) => iso(y, m, 1);
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday.

type Vague = { pattern: RegExp; resolve: (year: number, month: number, published: number) => { date: string; precision: DatePrecision }; confidence: number };

/** Expressions chrono does not read, or reads as a day when news means a month or a year. */
const VAGUE: ReadonlyArray<Vague> = [
  { pattern: /\b(?:(?:early|earlier|late|later|mid)[- ])?(?:in )?this year\b|\bearlier this year\b|\blater this year\b/i, resolve: (y) => ({ date: iso(y, 1, 1), precision: 'year' }), confidence: 0.6 },
  { pattern: /\b(?:(?:early|late|mid)[- ])?last year\b|\ba year ago\b/i, resolve: (y) => ({ date: iso(y - 1, 1, 1), precision: 'year' }), confidence: 0.6 },
  { pattern: /\b(?:(?:early|late|mid)[- ])?next year\b/i, resolve: (y) => ({ date: iso(y + 1, 1, 1), precision: 'year' }), confidence: 0.6 },
  { pattern: /\b(?:earlier|later|early|late|mid)?[- ]?(?:in )?this month\b/i, resolve: (y, m) => ({ date: firstOfMonth(y, m), precision: 'month' }), confidence: 0.6 },
  { pattern: /\blast month\b|\ba month ago\b/i, resolve: (y, m) => (m === 1 ? { date: firstOfMonth(y - 1, 12), precision: 'month' } : { date: firstOfMonth(y, m - 1), precision: 'month' }), confidence: 0.6 },
  { pattern: /\bnext month\b/i, resolve: (y, m) => (m === 12 ? { date: firstOfMonth(y + 1, 1), precision: 'month' } : { date: firstOfMonth(y, m + 1), precision: 'month' }), confidence: 0.6 },
  // A week is not a precision of the schema: its month, with a low confidence.
  { pattern: /\b(?:this|last|next) week\b|\bearlier this week\b|\blater this week\b/i, resolve: (_y, _m, day) => ({ date: firstOfMonth(...monthOf(day)), precision: 'month' }), confidence: 0.35 },
];

function monthOf(day: number): [number, number] {
  const [y, m] = fromDay(day).split('-').map(Number);
  return [y, m];
}

/** A four-day, two-day... visit: its length in days, read from the sentence. */
const DURATION = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]day\b/i;

/** Words before a number that make it a count, an ordinal of something, or a name, not a date. */
const NOT_A_DATE = /^(?:\d+(?:st|nd|rd|th)|\d{1,2})$/i;

/**
 * Every date expression of one sentence (or clause), resolved against the
 * publication day. `tense` decides the direction of a bare weekday and of a
 * day-and-month without a year: past (the default for news) looks back from
 * the publication day, future forward; either way the publication day
 * itself counts. Durations ("four years"), ordinals ("30th anniversary")
 * and times alone are not dates.
 */
export function findDates(sentence: string, context: { published: string; tense?: Tense }): DateMention[] {
  const publishedDay = toDay(context.published);
  const [year, month] = context.published.split('-').map(Number);
  const tense = context.tense;
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && a < end);

  for (const vague of VAGUE) {
    const match = vague.pattern.exec(sentence);
    if (!match || overlaps(match.index, match.index + match[0].length)) continue;
    const { date, precision } = vague.resolve(year, month, publishedDay);
    const week = /\b(this|last|next) week\b|\b(?:earlier|later) this week\b/i.exec(match[0]);
    // Weeks start on Monday; "last" and "next" move a week back or ahead.
    const monday = publishedDay - ((weekdayOf(publishedDay) + 6) % 7) + (week?.[1]?.toLowerCase() === 'last' ? -7 : week?.[1]?.toLowerCase() === 'next' ? 7 : 0);
    found.push({
      text: match[0].trim(),
      index: match.index,
      date: week ? firstOfMonth(...monthOf(monday)) : date,
      datePrecision: precision,
      ...(week ? { window: { from: fromDay(monday), to: fromDay(monday + 6) } } : {}),
      confidence: vague.confidence,
    });
    taken.push([match.index, match.index + match[0].length]);
  }

  // A weekend is Saturday or Sunday, which the text does not say: the Saturday, with the two days as its window.
  for (const match of sentence.matchAll(/\b(?:(last|next|this|the|over the|at the|on the) )?weekend\b/gi)) {
    const index = match.index ?? 0;
    if (overlaps(index, index + match[0].length)) continue;
    const monday = publishedDay - ((weekdayOf(publishedDay) + 6) % 7);
    const which = match[1]?.toLowerCase();
    const saturday =
      which === 'last' ? monday - 2
      : which === 'next' ? monday + 12
      : tense === 'future' ? monday + 5
      : publishedDay >= monday + 5 ? monday + 5
      : monday - 2;
    found.push({ text: match[0], index, date: fromDay(saturday), datePrecision: 'day', window: { from: fromDay(saturday), to: fromDay(saturday + 1) }, confidence: 0.5 });
    taken.push([index, index + match[0].length]);
  }

  const reference = { instant: new Date(`${context.published}T12:00:00Z`), timezone: 0 };
  for (const result of chrono.en.casual.parse(sentence, reference)) {
    const end = result.index + result.text.length;
    if (overlaps(result.index, end)) continue;
    const mention = fromChrono(result, sentence, publishedDay, tense);
    if (!mention) continue;
    found.push(mention);
    taken.push([result.index, end]);
  }

  // A bare year ("in 2015", "since 1992") that chrono did not take.
  // A bare year ("in 2015", "since 1992", "the 2018 Games"), read only after a word that introduces a year: "2030 units" is a count.
  for (const match of sentence.matchAll(/(?<=\b(?:in|since|of|by|until|till|from|through|to|and|or|early|late|mid|mid-|year|before|after|the|during|for|between)\s)(?:19[5-9]\d|20[0-4]\d)\b(?![-.,]?\d|%|\s+(?:percent|units|people|tons|tonnes|troops|cars|vehicles|jobs|workers|visitors|tourists|students|won|yuan|dollars|barrels)\b)/gi)) {
    const index = match.index ?? 0;
    if (overlaps(index, index + 4)) continue;
    found.push({ text: match[0], index, date: `${match[0]}-01-01`, datePrecision: 'year', confidence: 0.8 });
    taken.push([index, index + 4]);
  }

  // A visit of n days from the date it starts.
  const duration = DURATION.exec(sentence);
  if (duration) {
    const days = NUMBER_WORDS[duration[1].toLowerCase()] ?? Number(duration[1]);
    const start = found.find((d) => d.datePrecision === 'day' && !d.endDate);
    if (start && days > 1 && days <= 31) start.endDate = fromDay(toDay(start.date) + days - 1);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The day a date without a year falls on: of the years around `year`, the
 * one on the tense's side of `reference` (within `slack` days), and with no
 * tense the one nearest to it.
 */
function nearestYear(dayIn: (year: number) => number, year: number, reference: number, tense: Tense | undefined, slack: number): number {
  const options = [year - 1, year, year + 1].map(dayIn);
  const allowed = options.filter((day) => (tense === 'past' ? day <= reference + slack : tense === 'future' ? day >= reference - slack : true));
  return (allowed.length > 0 ? allowed : options).sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference))[0];
}

function fromChrono(result: chrono.ParsedResult, sentence: string, publishedDay: number, tense: Tense | undefined): DateMention | undefined {
  const text = result.text;
  const start = result.start;
  // The stretch of the clause that ends with the date, from its last comma or conjunction: its verb governs the date.
  const stretch = sentence.slice(0, result.index + text.length).split(/[,;:]|\b(?:that|but|and|after|before|while|when)\b/i).pop() ?? '';
  const hasWeekday = start.isCertain('weekday') || WEEKDAYS.some((w) => text.toLowerCase().includes(w));
  const hasMonth = MONTH_WORD.test(text);
  const relative = /\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this)\b/i.test(text);
  const hasYear = /\b(?:19|20)\d{2}\b/.test(text);
  // "30th", "19" alone, a time of day alone: not dates.
  if (!hasWeekday && !hasMonth && !relative && !hasYear) return undefined;
  if (NOT_A_DATE.test(text.trim())) return undefined;
  if (!start.isCertain('day') && !start.isCertain('month') && !start.isCertain('weekday') && !start.isCertain('year') && !relative) return undefined;

  const y = start.get('year') ?? 0;
  const m = start.get('month') ?? 1;
  const d = start.get('day') ?? 1;
  let day = toDay(iso(y, m, d));
  let precision: DatePrecision = 'day';
  let confidence = 0.9;

  if (hasWeekday && !start.isCertain('day') && !hasMonth) {
    // A bare weekday: the nearest one in the tense's direction, the publication day included.
    const target = start.get('weekday') ?? WEEKDAYS.findIndex((w) => text.toLowerCase().includes(w));
    const today = weekdayOf(publishedDay);
    const back = (today - target + 7) % 7;
    const ahead = (target - today + 7) % 7;
    const lastOrNext = /\blast\b/i.test(text) ? 'past' : /\bnext\b/i.test(text) ? 'future' : undefined;
    // The verb that governs the weekday decides, when its stretch of the clause has one: "said in an interview Sunday that he will...".
    const direction = lastOrNext ?? tenseOf(stretch) ?? tense ?? 'past';
    day = direction === 'future' ? publishedDay + ahead + (lastOrNext && ahead === 0 ? 7 : 0) : publishedDay - back - (lastOrNext && back === 0 ? 7 : 0);
    confidence = /\(\s*[A-Za-z]{3,9}\.? \d{1,2}\s*\)/.test(sentence.slice(sentence.indexOf(text) + text.length, sentence.indexOf(text) + text.length + 12)) ? 0.9 : 0.75;
  } else if (start.isCertain('day') || (hasMonth && /\d/.test(text.replace(/\b(?:19|20)\d{2}\b/, '')))) {
    if (!start.isCertain('year') && !hasYear) {
      // Day and month without a year: the year that puts it on the tense's side of the publication day, else the nearest.
      day = nearestYear((yy) => toDay(iso(yy, m, d)), y, publishedDay, tense, 1);
      confidence = 0.8;
    }
  } else if (hasMonth) {
    precision = 'month';
    const my = y;
    day = toDay(firstOfMonth(my, m));
    if (!start.isCertain('year') && !hasYear) {
      const [py, pm] = monthOf(publishedDay);
      // As for a weekday, the verb of the month's own stretch of the clause decides: "pledged to help before the APEC
      // summit, which Korea hosts in November" is a November to come. A gathering's verb in the present is its schedule.
      const governing = tenseOf(stretch) ?? (SCHEDULED_PRESENT.test(stretch) ? 'future' : undefined);
      day = nearestYear((yy) => toDay(firstOfMonth(yy, m)), y, toDay(firstOfMonth(py, pm)), governing ?? tense, 0);
      confidence = 0.7;
    }
  } else if (hasYear && !relative) {
    precision = 'year';
    day = toDay(`${y}-01-01`);
  } else if (relative && !start.isCertain('day')) {
    return undefined;
  }

  const mention: DateMention = { text, index: result.index, date: fromDay(day), datePrecision: precision, confidence };
  if (result.end && precision === 'day' && result.end.isCertain('day')) {
    const endDay = toDay(iso(result.end.get('year') ?? y, result.end.get('month') ?? m, result.end.get('day') ?? d));
    const shift = day - toDay(iso(y, m, d));
    if (endDay + shift > day) mention.endDate = fromDay(endDay + shift);
  }
  return mention;
}
