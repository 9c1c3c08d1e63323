import type { ThawEvent } from '../dataset/schema';

type Parts = Pick<ThawEvent['thaw']['components'], 'goldstein' | 'goldsteinWeight' | 'tone' | 'toneWeight'>;
type Weights = Pick<Parts, 'goldsteinWeight' | 'toneWeight'>;

/**
 * The thaw score its parts make, on the Goldstein range:
 * clamp(goldsteinWeight × goldstein + toneWeight × tone, -10, +10), unrounded.
 */
export function scoreFromParts({ goldstein, goldsteinWeight, tone, toneWeight }: Parts): number {
  return Math.max(-10, Math.min(10, goldsteinWeight * goldstein + toneWeight * tone));
}

/**
 * A weight as the score formula shows it, before the value it multiplies:
 * "½ × " for 0.5, nothing for 1, else the number ("0.25 × ").
 */
export function weightText(weight: number): string {
  return weight === 1 ? '' : `${weight === 0.5 ? '½' : String(Math.round(weight * 1000) / 1000)} × `;
}

/**
 * How an event score is made, in words, with the weights every event
 * shares; when they differ (or there are no events), a weight is named as
 * such, and each event shows its own.
 */
export function formulaText(events: ReadonlyArray<{ thaw: { components: Weights } }>): string {
  const first = events[0]?.thaw.components;
  const shared = first && events.every(({ thaw: { components: c } }) => c.goldsteinWeight === first.goldsteinWeight && c.toneWeight === first.toneWeight);
  const [g, t] = shared ? [weightText(first.goldsteinWeight), weightText(first.toneWeight)] : ['weight × ', 'weight × '];
  return `Event score = ${g}Goldstein value of its kind + ${t}mean tone of its sentences about the relationship.`;
}
