const compact = new Intl.NumberFormat('en', { notation: 'compact' });

/** A count as an axis label that stays short whatever the dataset's size: 3, 250, 1.5K, 15K, 1.2M. */
export const formatCountTick = (value: number): string => compact.format(value);

/** Pixels per character of a 12px axis label, and the room the tick mark and the gap take. */
const PER_CHARACTER = 7;
const TICK_ROOM = 33;

/**
 * The width of a count axis going up to `max`: room for its longest label.
 * Below 1,000 that is the top count's digits; from there labels are compact
 * and at most four characters ("1.5K", "15K", "150K", "1.5M").
 */
export function countAxisWidth(max: number): number {
  const characters = max < 10 ? 1 : max < 100 ? 2 : max < 1000 ? 3 : 4;
  return TICK_ROOM + PER_CHARACTER * characters;
}
