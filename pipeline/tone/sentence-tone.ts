import { LEXICON, NEGATION_SCOPE, NEGATORS } from './lexicon';

export type ToneHit = { phrase: string; value: number; negated: boolean };
export type SentenceTone = { tone: number; hits: ToneHit[] };

/** Lower-case words, with curly apostrophes straightened and possessive 's kept on the word. */
export function tokenize(sentence: string): string[] {
  return sentence.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
}

const longestPhrase = Math.max(...Object.keys(LEXICON).map((key) => key.split(' ').length));

const isNegator = (token: string) => NEGATORS.has(token) || token.endsWith("n't");

/** "row" is a dispute except in "in a row" (one after another). */
function meansSomethingElse(tokens: string[], index: number, phrase: string): boolean {
  return phrase === 'row' && tokens[index - 1] === 'a' && tokens[index - 2] === 'in';
}

/**
 * The tone of one sentence: the sum of the lexicon values of its words and
 * phrases. At each position the longest phrase in the lexicon wins. A value
 * within NEGATION_SCOPE words after a negator ("not", "cannot", "couldn't")
 * counts with its sign turned, so "could not defeat" is positive. Negators
 * themselves carry no value.
 */
export function sentenceTone(sentence: string, lexicon: Readonly<Record<string, number>> = LEXICON): SentenceTone {
  const tokens = tokenize(sentence);
  const hits: ToneHit[] = [];
  let negatedUntil = -1;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (isNegator(token)) {
      negatedUntil = index + NEGATION_SCOPE;
      index += 1;
      continue;
    }
    let matched = 0;
    for (let length = Math.min(longestPhrase, tokens.length - index); length >= 1; length -= 1) {
      const phrase = tokens.slice(index, index + length).join(' ');
      const value = Object.hasOwn(lexicon, phrase) ? lexicon[phrase] : undefined;
      if (value === undefined || meansSomethingElse(tokens, index, phrase)) continue;
      if (value !== 0) {
        const negated = index <= negatedUntil;
        hits.push({ phrase, value: negated ? -value : value, negated });
      }
      matched = length;
      break;
    }
    index += Math.max(matched, 1);
  }
  return { tone: hits.reduce((sum, hit) => sum + hit.value, 0), hits };
}
