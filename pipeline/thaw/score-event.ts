import type { Evidence, Thaw } from '../../src/core/dataset/schema';
import { scoreFromParts } from '../../src/core/thaw/formula';
import { sentenceTone } from '../tone/sentence-tone';

/** Weight of the event kind's Goldstein value in the score. */
export const GOLDSTEIN_WEIGHT = 0.5;
/** Weight of the mean sentence tone in the score. */
export const TONE_WEIGHT = 1;

/** "international relations" is about the world order, not this relationship. */
const RELATIONSHIP_TERMS =
  /\b(?:ties|(?<!international )relations|relationship|bilateral|both countries|two countries|both sides|neighbou?rs|partners?|partnership|exchanges?|cooperat\w*|co-operation)\b/i;
const KOREAN_SIDE = /\b(?:South Korea|Seoul|Republic of Korea|S\.Korea)/;
const CHINESE_SIDE = /\b(?:China|Beijing|Chinese)\b/;

/**
 * True when a sentence speaks of the South Korea-China relationship: it uses
 * a word for ties between states, or it names both sides.
 */
export function isAboutRelationship(sentence: string): boolean {
  return RELATIONSHIP_TERMS.test(sentence) || (KOREAN_SIDE.test(sentence) && CHINESE_SIDE.test(sentence));
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0;
};

/**
 * The thaw score of an event on the Goldstein range -10..+10:
 *
 *   score = clamp(GOLDSTEIN_WEIGHT * G + TONE_WEIGHT * T, -10, 10)
 *
 * where G is the Goldstein value of the event's kind and T the mean tone of
 * the event's sentences about the relationship (all its sentences when none
 * is). Each such sentence with a non-zero tone is returned as evidence with
 * its contribution TONE_WEIGHT * tone / n, so the score is G's part plus
 * the sum of the contributions (before rounding and clamping).
 */
export function scoreEvent(goldstein: number, sentences: ReadonlyArray<Evidence>): Thaw {
  const aboutRelationship = sentences.filter((s) => isAboutRelationship(s.sentence));
  const scored = (aboutRelationship.length > 0 ? aboutRelationship : sentences).map((s) => ({
    ...s,
    tone: sentenceTone(s.sentence).tone,
  }));
  const n = scored.length;
  const meanTone = n === 0 ? 0 : scored.reduce((sum, s) => sum + s.tone, 0) / n;
  return {
    score: round(scoreFromParts({ goldstein, goldsteinWeight: GOLDSTEIN_WEIGHT, tone: meanTone, toneWeight: TONE_WEIGHT }), 1),
    components: {
      goldstein,
      goldsteinWeight: GOLDSTEIN_WEIGHT,
      tone: round(meanTone, 2),
      toneWeight: TONE_WEIGHT,
      sentences: n,
    },
    evidence: scored
      .filter((s) => s.tone !== 0)
      .map((s) => ({ sourceId: s.sourceId, sentence: s.sentence, tone: s.tone, contribution: round((TONE_WEIGHT * s.tone) / n, 2) })),
  };
}
