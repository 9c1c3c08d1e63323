/**
 * The thaw scale: bands of the -10..+10 thaw score, coldest first. A band
 * holds scores from its `from` (inclusive) up to the next band's `from`.
 * "The ice is melting but spring has not yet arrived" reads as thawing:
 * the 2019 Wang Yi visit that quote comes from scores +1.8.
 */
export const THAW_BANDS = [
  { id: 'frozen', label: 'Frozen', from: -10, description: 'open dispute: sanctions, boycotts, denunciation' },
  { id: 'cold', label: 'Cold', from: -5, description: 'strained: criticism and restrictions outweigh contact' },
  { id: 'thawing', label: 'Thawing', from: -1, description: 'contact resumes; problems remain' },
  { id: 'warm', label: 'Warm', from: 2.5, description: 'cooperation and visits in a positive tone' },
  { id: 'close', label: 'Close', from: 6, description: 'partnership: agreements and summits' },
] as const;

export type ThawBand = (typeof THAW_BANDS)[number];

/** The band a score falls in; scores outside -10..+10 fall in the end bands. */
export function thawBand(score: number): ThawBand {
  let band: ThawBand = THAW_BANDS[0];
  for (const candidate of THAW_BANDS) if (score >= candidate.from) band = candidate;
  return band;
}

const COLD = [33, 102, 172];
const NEUTRAL = [190, 190, 190];
const WARM = [214, 96, 77];

/**
 * A colour for a score on a diverging blue-grey-red scale, as `rgb(r, g, b)`:
 * -10 is full blue, 0 grey, +10 full red, linear in between.
 */
export function thawColor(score: number): string {
  const t = Math.max(-1, Math.min(1, score / 10));
  const [from, to, f] = t < 0 ? [NEUTRAL, COLD, -t] : [NEUTRAL, WARM, t];
  // A square root pulls small scores away from grey so +1 and +3 look different.
  const k = Math.sqrt(f);
  const channel = (i: number) => Math.round(from[i] + (to[i] - from[i]) * k);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** A score as text with its sign: "+1.8", "-6.7", "0.0". */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10 || 0;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
}
