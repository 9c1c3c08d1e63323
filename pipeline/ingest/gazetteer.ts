import gazetteer from './data/gazetteer.json';
import names from './data/place-names.json';
import venueData from './data/venues.json';
import type { GazetteerPlace, PlaceMention } from './types';

type Entry = GazetteerPlace & { aliases?: string[] };

const PLACES = gazetteer as Entry[];
const BY_ID = new Map(PLACES.map((p) => [p.id, p]));
const CAPITALS = new Map(PLACES.filter((p) => p.capital).map((p) => [p.country, p]));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One alternation of names, longest first, so "Jeju Island" wins over "Jeju" and "New York City" over "New York". */
const alternation = (list: ReadonlyArray<string>) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Each name (and alias) a place answers to, to the most populous place of that name. */
const BY_NAME = new Map<string, Entry>();
for (const place of [...PLACES].sort((a, b) => b.population - a.population)) {
  for (const name of [place.name, ...(place.aliases ?? [])]) if (!BY_NAME.has(name)) BY_NAME.set(name, place);
}
// Case-sensitive: a city is written with its capital; "Nice weather" and "male leaders" are not places.
const CITY = new RegExp(`(?<![\\w-])(?:${alternation([...BY_NAME.keys()])})(?![\\w-])`, 'g');

type Venue = { names: string[]; place: string };
const VENUES = (venueData.venues as Venue[]).flatMap((v) => v.names.map((name) => ({ name, place: BY_ID.get(v.place) })).filter((v) => v.place));
const VENUE = new RegExp(`\\b(?:${alternation(VENUES.map((v) => v.name))})\\b`, 'g');

type Country = { names: string[] };
const COUNTRY_NAMES = Object.entries(names.countries as Record<string, Country>).flatMap(([code, c]) => c.names.map((name) => ({ name, code })));
/** A country by name; "South Korean", "Chinese" and "South China Sea" are not places. */
const COUNTRY = new RegExp(`(?<![\\w-])(?:${alternation(COUNTRY_NAMES.map((c) => c.name))})(?![\\w-])(?!n\\b)(?! Sea\\b)`, 'g');
const COUNTRY_OF = new Map(COUNTRY_NAMES.map((c) => [c.name, c.code]));

/** A city name that is part of a person's or an outlet's name is not a place. */
const NOT_A_PLACE_AFTER = /^\s+(?:Daily|Times|Post|Herald|News|Institute|University|Forum|Declaration|Process)\b/;

/** The place of a gazetteer id. */
export function placeById(id: string): GazetteerPlace | undefined {
  return BY_ID.get(id);
}

/** Every name a capital answers to, as one alternation for a pattern (longest first). */
export const CAPITAL_NAMES = alternation(PLACES.filter((p) => p.capital).flatMap((p) => [p.name, ...(p.aliases ?? [])]));

/** The capital of a country (ISO 3166 alpha-2), where an event known only by its country is put. */
export function capitalOf(country: string): GazetteerPlace | undefined {
  return CAPITALS.get(country);
}

/** Every place of the gazetteer, for a reviewer's list. */
export function allPlaces(): ReadonlyArray<GazetteerPlace> {
  return PLACES;
}

/**
 * Every place a sentence names, in order: cities by name or alias
 * (geoPrecision 1), venues that stand for a city (2, unless the city is
 * named too), and countries, put at their capitals (3). Confidence falls
 * in that order.
 */
export function findPlaces(sentence: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && a < end);
  for (const match of sentence.matchAll(VENUE)) {
    const venue = VENUES.find((v) => v.name === match[0])!;
    const start = match.index ?? 0;
    found.push({ place: venue.place!, text: match[0], index: start, via: 'venue', geoPrecision: 2, confidence: 0.8 });
    taken.push([start, start + match[0].length]);
  }
  for (const match of sentence.matchAll(CITY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!free(start, end) || NOT_A_PLACE_AFTER.test(sentence.slice(end))) continue;
    found.push({ place: BY_NAME.get(match[0])!, text: match[0], index: start, via: 'name', geoPrecision: 1, confidence: 0.9 });
    taken.push([start, end]);
  }
  for (const match of sentence.matchAll(COUNTRY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const capital = capitalOf(COUNTRY_OF.get(match[0])!);
    if (!capital || !free(start, end)) continue;
    found.push({ place: capital, text: match[0], index: start, via: 'country', geoPrecision: 3, confidence: 0.5 });
    taken.push([start, end]);
  }
  // A venue in a named city is in that city, named: "the Great Hall of the People in Beijing".
  for (const mention of found) {
    if (mention.via === 'venue' && found.some((m) => m.via === 'name' && m.place.id === mention.place.id)) mention.geoPrecision = 1;
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The place of a dateline ("SEOUL", "Seoul / Beijing", "BEIJING, Nov 1"):
 * the first city it names, matched without regard to case.
 */
export function datelinePlace(dateline: string): PlaceMention | undefined {
  const words = dateline.split(/\s*[/,(]\s*/)[0].trim();
  const titled = words.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  const place = BY_NAME.get(titled) ?? BY_NAME.get(words);
  if (!place) return undefined;
  return { place, text: words, index: 0, via: 'dateline', geoPrecision: 1, confidence: 0.6 };
}
