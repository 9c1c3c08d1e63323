import data from './data/roster.json';
import type { ActorMention } from './types';

export type Term = { role: string; title: string; from: string; to?: string; note?: string };
export type Person = { id: string; name: string; nameKo: string; nameZh: string; country: string; aliases: string[]; terms: Term[] };

const PEOPLE = data.people as Person[];
const BY_ID = new Map(PEOPLE.map((p) => [p.id, p]));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every written form of every name, longest first, so "Park Geun-hye" is never read as "Park". */
const NAME_OF = new Map<string, Person>();
for (const person of PEOPLE) for (const name of [person.name, ...person.aliases]) NAME_OF.set(name, person);
const FULL_NAME = new RegExp(`(?<![\\w-])(?:${[...NAME_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w-])`, 'g');

/** The surname as news writes it alone: the first word of a Korean or Chinese name, the last of a Japanese or American one in Western order. */
function surnameOf(person: Person): string {
  const words = person.name.split(' ');
  return person.country === 'KR' || person.country === 'CN' || person.country === 'KP' ? words[0] : words[words.length - 1];
}

export function personById(id: string): Person | undefined {
  return BY_ID.get(id);
}

/** The term a person held on a date (YYYY-MM-DD), or undefined when they held none. */
export function termOn(person: Person, date: string): Term | undefined {
  return person.terms.find((t) => t.from <= date && (t.to === undefined || date <= t.to));
}

/** The role to write for a person at a date: the term then, else "Former ..." of the last before it, else their first. */
function roleAt(person: Person, date: string): string {
  const now = termOn(person, date);
  if (now) return now.role;
  const before = [...person.terms].reverse().find((t) => t.to !== undefined && t.to < date);
  return before ? `Former ${before.role}` : person.terms[0].role;
}

/** Words for each side of a title: "Chinese", "China's", "Beijing's"... */
const SIDE: Record<string, string> = {
  KR: "South Korean|South Korea's|Seoul's|S\\.Korean|Korean",
  CN: "Chinese|China's|Beijing's",
  JP: "Japanese|Japan's|Tokyo's",
  US: "U\\.S\\.|US|American|Washington's",
  KP: "North Korean|North Korea's|Pyongyang's",
};
const TITLE_WORDS: Record<string, string> = {
  president: '[Pp]resident',
  'prime-minister': '[Pp]rime [Mm]inister|[Pp]remier',
  'foreign-minister': '[Ff]oreign [Mm]inister|[Ss]ecretary of [Ss]tate|top diplomat',
  'security-adviser': '[Nn]ational [Ss]ecurity [Aa]dvis[eo]r',
  ambassador: '[Aa]mbassador(?: to (?:Seoul|South Korea|Beijing|China))?|envoy to (?:Seoul|South Korea|Beijing|China)',
  leader: '[Ll]eader',
};
const TITLES = Object.entries(SIDE).flatMap(([country, side]) =>
  Object.entries(TITLE_WORDS).map(([title, words]) => ({ country, title, pattern: new RegExp(`\\b(?:the )?(?:${side})\\s+(?:${words})\\b`, 'g') })),
);
/** "his Chinese counterpart", "her South Korean counterpart" */
const COUNTERPART = new RegExp(`\\b(?:his|her|their|its)\\s+(${Object.values(SIDE).join('|')})\\s+counterparts?\\b`, 'g');
const COUNTRY_OF_SIDE = (words: string) => Object.entries(SIDE).find(([, side]) => new RegExp(`^(?:${side})$`).test(words))?.[0];

/** Who held a title for a country on a date. China's "top diplomat" is its foreign minister or the director above him. */
function holder(country: string, title: string, date: string): Person | undefined {
  const candidates = PEOPLE.filter((p) => p.country === country && p.terms.some((t) => t.title === title && t.from <= date && (t.to === undefined || date <= t.to)));
  if (candidates.length > 0) return candidates[0];
  if (title === 'foreign-minister' && country === 'CN') return holder(country, 'top-diplomat', date);
  return undefined;
}

function mention(person: Person, date: string, text: string, index: number, confidence: number, office?: ActorMention['office']): ActorMention {
  return { personId: person.id, name: person.name, role: roleAt(person, date), country: person.country, nameKo: person.nameKo, nameZh: person.nameZh, text, index, confidence, ...(office ? { office } : {}) };
}

/**
 * An actor named by an office, again at another date: "a South Korean
 * foreign minister visited China in 2017" is the one in office in 2017,
 * not the one of the article's day. Anyone named by name stays as named,
 * with their role at that date.
 */
export function actorAt(actor: ActorMention, date: string, lastDay = date): ActorMention {
  if (actor.office) {
    const person = holder(actor.office.country, actor.office.title, date);
    const later = holder(actor.office.country, actor.office.title, lastDay);
    // Two people held the office in the period ("in 2017"): the text does not say which, so no one is named.
    if (person && later && person !== later) {
      const { personId: _id, nameKo: _ko, nameZh: _zh, ...rest } = actor;
      const title = actor.text.replace(/^(?:the|his|her|their|its)\s+/i, '');
      return { ...rest, name: title.charAt(0).toUpperCase() + title.slice(1), role: `not named: ${person.name} and ${later.name} both held the office in the period`, confidence: 0.4 };
    }
    return person ? mention(person, date, actor.text, actor.index, actor.confidence, actor.office) : actor;
  }
  const person = actor.personId ? BY_ID.get(actor.personId) : undefined;
  return person ? { ...actor, role: roleAt(person, date) } : actor;
}

/**
 * The actors each sentence of one article names, resolved to people of the
 * roster with the article's context, in the order of the sentences:
 * - a full name or alias;
 * - a bare surname, to the person of that surname the article named last
 *   (two Parks, two Lis), or when none was named, to the only person of
 *   that surname in office on `date`;
 * - a title with a side ("the Chinese foreign minister", "South Korea's
 *   top diplomat") not followed by a name, to who held it on `date`;
 * - "his Chinese counterpart", to the person of that side who held the
 *   title of the person the sentence (or the one before) names.
 * People the roster does not know ("Chinese Vice Foreign Minister Sun
 * Weidong") are left out: a reviewer adds them.
 */
export function resolveActors(sentences: ReadonlyArray<string>, date: string): ActorMention[][] {
  const named: Person[] = [];
  const inOffice = PEOPLE.filter((p) => termOn(p, date));
  const result: ActorMention[][] = [];
  let previous: ActorMention[] = [];
  for (const sentence of sentences) {
    const found: ActorMention[] = [];
    const taken: Array<[number, number]> = [];
    const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && a < end);
    const add = (m: ActorMention) => {
      found.push(m);
      taken.push([m.index, m.index + m.text.length]);
      const person = m.personId ? BY_ID.get(m.personId) : undefined;
      if (person) {
        const at = named.indexOf(person);
        if (at >= 0) named.splice(at, 1);
        named.push(person);
      }
    };

    for (const match of sentence.matchAll(FULL_NAME)) add(mention(NAME_OF.get(match[0])!, date, match[0], match.index ?? 0, 0.95));

    for (const { country, title, pattern } of TITLES) {
      for (const match of sentence.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        // "President-elect", "foreign minister nominee": not the office's holder on the date, whoever that is.
        if (/^(?:-|\s+)(?:elect|designate|nominee)\b/i.test(sentence.slice(end))) {
          taken.push([start, end]);
          continue;
        }
        // "Chinese President Xi Jinping": the name that follows is the person, already found.
        if (!free(start, end) || /^,?\s+(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+/.test(sentence.slice(end)) && found.some((f) => f.index >= end && f.index <= end + 3)) {
          taken.push([start, end]);
          continue;
        }
        const person = holder(country, title, date);
        if (person) add(mention(person, date, match[0], start, 0.7, { country, title }));
      }
    }

    for (const match of sentence.matchAll(COUNTERPART)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!free(start, end) || found.some((f) => f.index >= end && f.index <= end + 3)) continue;
      const country = COUNTRY_OF_SIDE(match[1]);
      const other = [...found, ...previous].find((f) => f.personId && f.country !== country);
      const otherTerm = other ? termOn(BY_ID.get(other.personId!)!, date) : undefined;
      const person = country && otherTerm ? holder(country, otherTerm.title, date) : undefined;
      if (person) add(mention(person, date, match[0], start, 0.75, { country: country!, title: otherTerm!.title }));
    }

    for (const match of sentence.matchAll(/(?<![\w-])[A-Z][a-z]+(?![\w-])/g)) {
      const start = match.index ?? 0;
      if (!free(start, start + match[0].length)) continue;
      // "Wang Wenbin" is another Wang: a surname followed by a given name is someone the roster does not know.
      if (/^\s+[A-Z][a-z]+(?:-[a-z]+)?\b/.test(sentence.slice(start + match[0].length)) && !/^\s+(?:On|In|At|And|Said|Told|The)\b/.test(sentence.slice(start + match[0].length))) continue;
      const surname = match[0];
      const earlier = [...named].reverse().find((p) => surnameOf(p) === surname);
      const inOfficeNow = inOffice.filter((p) => surnameOf(p) === surname);
      const person = earlier ?? (inOfficeNow.length === 1 ? inOfficeNow[0] : undefined);
      if (person) add(mention(person, date, surname, start, earlier ? 0.85 : 0.6));
    }

    found.sort((a, b) => a.index - b.index);
    result.push(found);
    if (found.length > 0) previous = found;
  }
  return result;
}
