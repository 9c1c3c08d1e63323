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
 * The weights of the score formula as weightText writes them, when every
 * event shares them; null when they differ (or there are no events), so
 * that a weight is named as such and each event shows its own.
 */
export function sharedWeights(events: ReadonlyArray<{ thaw: { components: Weights } }>): { goldstein: string; tone: string } | null {
  const first = events[0]?.thaw.components;
  const shared = first && events.every(({ thaw: { components: c } }) => c.goldsteinWeight === first.goldsteinWeight && c.toneWeight === first.toneWeight);
  return shared ? { goldstein: weightText(first.goldsteinWeight), tone: weightText(first.toneWeight) } : null;
}
