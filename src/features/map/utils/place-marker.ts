import type { PlaceSummary } from '../../../core/filters/aggregate';
import { formatScore } from '../../../core/thaw/bands';
import type { Words } from '../../../shared/i18n/use-words';

export const MIN_DIAMETER = 16;
export const MAX_DIAMETER = 64;

/**
 * The diameter in pixels of a place's bubble, so that its area is
 * proportional to its count: the busiest place of the whole dataset
 * (`scaleMax`) gets MAX_DIAMETER. A place with events is never smaller than
 * MIN_DIAMETER; one with none (kept because it is selected) is MIN_DIAMETER.
 */
export function bubbleDiameter(count: number, scaleMax: number): number {
  if (count <= 0 || scaleMax <= 0) return MIN_DIAMETER;
  return Math.max(MIN_DIAMETER, Math.round(MAX_DIAMETER * Math.sqrt(Math.min(count, scaleMax) / scaleMax)));
}

/** How many of the place's events are placed approximately (geoPrecision 2 or 3). */
export const approximateCount = (summary: PlaceSummary) => summary.byPrecision[2] + summary.byPrecision[3];

const scoreOf = (summary: PlaceSummary) => (summary.meanScore === null ? 'none' : formatScore(summary.meanScore));

/** "Seoul: 9 events, mean thaw +1.6" — the accessible name of a place's control, in the interface's language. */
export function placeLabel(summary: PlaceSummary, words: Words): string {
  return words.t('map.placeLabel', { name: words.place(summary.place), count: summary.count, score: scoreOf(summary) });
}

/** "9 events · mean thaw +1.6": the count line of a place's tooltip. */
export function countLine(summary: PlaceSummary, words: Words): string {
  return words.t('map.tooltipCount', { count: summary.count, score: scoreOf(summary) });
}

/** Why some of a place's events sit there only approximately, or null when all are exact. */
export function approximationNote(summary: PlaceSummary, words: Words): string | null {
  const parts: string[] = [];
  if (summary.byPrecision[2] > 0) parts.push(words.t('map.approxVenue', { count: summary.byPrecision[2] }));
  if (summary.byPrecision[3] > 0) parts.push(words.t('map.approxCountry', { count: summary.byPrecision[3] }));
  if (parts.length === 0) return null;
  return words.t('map.approx', { parts: parts.length === 1 ? parts[0] : words.t('map.approxJoin', { first: parts[0], second: parts[1] }) });
}

/** The accessible name of a place's control: its label, and why it is approximate when it is (hover is not the only way to learn it). */
export function placeName(summary: PlaceSummary, words: Words): string {
  const note = approximationNote(summary, words);
  return note ? words.t('map.placeWithNote', { label: placeLabel(summary, words), note }) : placeLabel(summary, words);
}
