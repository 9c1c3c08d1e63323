import { sentenceTone, tokenize } from '../../pipeline/tone/sentence-tone';

describe('tokenize', () => {
  it.each([
    ['South Korea’s ties', ['south', 'korea\'s', 'ties']],
    ['anti-missile (THAAD) system', ['anti', 'missile', 'thaad', 'system']],
    ["couldn't", ["couldn't"]],
  ])('%s', (sentence, tokens) => expect(tokenize(sentence)).toEqual(tokens));
});

describe('sentenceTone', () => {
  it.each([
    // General lexicon (AFINN-165).
    ['They hope for peace.', 4, ['hope:2', 'peace:2']],
    ['Peace should be maintained.', 2, ['peace:2']],
    // Diplomatic lexicon, phrases before words.
    ['The ice is melting between the two countries.', 3, ['ice is melting:3']],
    ['Relations had begun to thaw.', 2, ['thaw:2']],
    ['They agreed to completely normalize relations.', 3, ['agreed:1', 'normalize:2']],
    ['They cooperate as strategic partners.', 2, ['strategic partners:2']],
    ['They will deepen cooperation.', 2, ['deepen cooperation:2']],
    ['Beijing kept a boycott and restrictions.', -5, ['boycott:-3', 'restrictions:-2']],
    ['Ties soured and were strained amid tensions.', -6, ['soured:-2', 'strained:-2', 'tensions:-2']],
    ['Retaliation followed the dispute.', -5, ['retaliation:-3', 'dispute:-2']],
    // "a row" is a dispute; "in a row" is a sequence.
    ['A row blew up over the deployment.', -2, ['row:-2']],
    ['They met for the third year in a row.', 0, []],
    ['They met three times in a row after a row blew up.', -2, ['row:-2']],
    // Negation turns the words just after it.
    ['The crisis could not defeat the citizens.', -1, ['crisis:-3', 'defeat:2']],
    ['Nuclear programs cannot be accepted.', -1, ['accepted:-1']],
    ['There must not be war again.', 2, ['war:2']],
    ["Spring hasn't yet arrived; relations did not improve.", -2, ['improve:-2']],
    ['This is not a thaw.', -2, ['thaw:-2']],
    ['Not a problem for the talks, which brought real peace.', 4, ['problem:2', 'peace:2']],
    // Words that mean something else in diplomatic copy carry no value.
    ['The United States deployed an anti-missile system.', 0, []],
    ['North Korea, a longtime ally of Beijing.', 0, []],
    ['They discussed won-yuan trading.', 0, []],
    ['I would like to discuss exchanges.', 0, []],
  ])('%s -> %d', (sentence, tone, hits) => {
    const result = sentenceTone(sentence);
    expect(result.hits.map((h) => `${h.phrase}:${h.value}`)).toEqual(hits);
    expect(result.tone).toBe(tone);
  });
});
