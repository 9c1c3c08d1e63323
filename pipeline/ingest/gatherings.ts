import data from './data/gatherings.json';
import { placeById } from './gazetteer';
import type { PlaceMention } from './types';

type Gathering = { names: string[]; editions: Record<string, string> };

const GATHERINGS: ReadonlyArray<Gathering & { pattern: RegExp }> = (data.gatherings as unknown as Gathering[]).map((g) => ({
  ...g,
  pattern: new RegExp(`\\b(?:${g.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i'),
}));

/**
 * The host city of a recurring gathering a sentence names ("on the
 * sidelines of the Asian Games", "at the APEC summit"), for the year of the
 * event. geoPrecision 2: the city is inferred from the gathering, not named.
 * Undefined when the sentence names none, or the year's edition had no city.
 */
export function gatheringPlace(sentence: string, year: string): PlaceMention | undefined {
  for (const gathering of GATHERINGS) {
    const match = gathering.pattern.exec(sentence);
    if (!match) continue;
    const id = gathering.editions[year];
    const place = id ? placeById(id) : undefined;
    if (!place) continue;
    return { place, text: match[0], index: match.index, via: 'venue', geoPrecision: 2, confidence: 0.7 };
  }
  return undefined;
}

/**
 * The edition of a gathering a sentence names together with its host city,
 * when one edition was held there ("Xi traveled to Gyeongju for the APEC
 * summit": 2025): the year an undated clause can be given. Undefined when
 * the sentence names no gathering, or none of its cities hosted it, or
 * more than one edition was held in them.
 */
export function gatheringEdition(sentence: string, placeIds: ReadonlyArray<string>): { year: string; text: string; index: number } | undefined {
  for (const gathering of GATHERINGS) {
    const match = gathering.pattern.exec(sentence);
    if (!match) continue;
    const years = Object.entries(gathering.editions)
      .filter(([, id]) => placeIds.includes(id))
      .map(([year]) => year);
    if (years.length === 1) return { year: years[0], text: match[0], index: match.index };
  }
  return undefined;
}
