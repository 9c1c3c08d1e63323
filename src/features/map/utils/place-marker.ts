import type { PlaceSummary } from '../../../core/filters/aggregate';
import { formatScore } from '../../../core/thaw/bands';

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

/** "Seoul: 9 events, mean thaw +1.6" — the accessible name of a place's control. */
export function placeLabel(summary: PlaceSummary): string {
  const events = `${summary.count} ${summary.count === 1 ? 'event' : 'events'}`;
  const score = summary.meanScore === null ? '' : `, mean thaw ${formatScore(summary.meanScore)}`;
  return `${summary.place.name}: ${events}${score}`;
}

/** Why some of a place's events sit there only approximately, or null when all are exact. */
export function approximationNote(summary: PlaceSummary): string | null {
  const parts: string[] = [];
  if (summary.byPrecision[2] > 0) parts.push(`${summary.byPrecision[2]} placed from a named venue or occasion`);
  if (summary.byPrecision[3] > 0) parts.push(`${summary.byPrecision[3]} with only the country named, placed at its capital`);
  return parts.length === 0 ? null : `Approximate: ${parts.join('; ')}.`;
}

/** The accessible name of a place's control: its label, and why it is approximate when it is (hover is not the only way to learn it). */
export function placeName(summary: PlaceSummary): string {
  const note = approximationNote(summary);
  return note ? `${placeLabel(summary)}. ${note}` : placeLabel(summary);
}
