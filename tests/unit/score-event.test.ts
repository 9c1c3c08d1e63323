import { isAboutRelationship, scoreEvent } from '../../pipeline/thaw/score-event';

const s = (sentence: string) => ({ sourceId: 'a', sentence });

describe('isAboutRelationship', () => {
  it.each([
    ['Relations between the two countries were strained.', true],
    ['South Korea sees China as instrumental.', true],
    ['Seoul and Beijing met.', true],
    ['They agreed to cooperate.', true],
    ['Hegemonic acts challenge rules of international relations.', false],
    ['North Korea has test fired dozens of missiles.', false],
  ])('%s -> %s', (sentence, expected) => expect(isAboutRelationship(sentence)).toBe(expected));
});

describe('scoreEvent', () => {
  it('is half the Goldstein value plus the mean tone of the relationship sentences', () => {
    const thaw = scoreEvent(1.9, [
      s('Relations had begun to thaw.'), // +2
      s('Bilateral ties were strained by a dispute.'), // -4
      s('Bilateral ties were discussed.'), // 0
      s('North Korea fired missiles into the sea.'), // not about the relationship
    ]);
    expect(thaw.components).toEqual({ goldstein: 1.9, goldsteinWeight: 0.5, tone: -0.67, toneWeight: 1, sentences: 3 });
    expect(thaw.score).toBe(0.3); // 0.95 - 0.667
    expect(thaw.evidence.map((e) => [e.tone, e.contribution])).toEqual([[2, 0.67], [-4, -1.33]]);
  });

  it('falls back to all sentences when none is about the relationship', () => {
    const thaw = scoreEvent(-2, [s('A crisis erupted.')]);
    expect(thaw.components.sentences).toBe(1);
    expect(thaw.score).toBe(-4); // -1 + -3
  });

  it('is the Goldstein part alone when there is no text', () => {
    expect(scoreEvent(4, []).score).toBe(2);
  });

  it('clamps to the Goldstein range', () => {
    const hostile = scoreEvent(-10, [s('Ties soured; boycott, ban, restrictions, retaliation and tensions followed the dispute.')]);
    expect(hostile.score).toBe(-10);
  });
});
