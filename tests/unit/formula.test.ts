import { scoreFromParts, weightText } from '../../src/core/thaw/formula';
import { english } from '../fixtures/words';

describe('weightText', () => {
  it.each([
    [1, ''],
    [0.5, '½ × '],
    [0.25, '0.25 × '],
    [2, '2 × '],
    [1 / 3, '0.333 × '],
    [0, '0 × '],
    [-1, '-1 × '],
  ])('%d -> "%s"', (weight, text) => expect(weightText(weight)).toBe(text));
});

describe('the score formula in words', () => {
  const event = (goldsteinWeight: number, toneWeight: number) => ({ thaw: { components: { goldsteinWeight, toneWeight } } });
  it.each([
    ['the shipped weights', [event(0.5, 1), event(0.5, 1)], 'Event score = ½ × Goldstein value of its kind + mean tone of its sentences about the relationship.'],
    ['other shared weights', [event(0.25, 2)], 'Event score = 0.25 × Goldstein value of its kind + 2 × mean tone of its sentences about the relationship.'],
    [
      'weights that differ',
      [event(0.5, 1), event(0.5, 2)],
      'Event score = weight × Goldstein value of its kind + weight × mean tone of its sentences about the relationship.',
    ],
    [
      'no events',
      [],
      'Event score = weight × Goldstein value of its kind + weight × mean tone of its sentences about the relationship.',
    ],
  ])('%s', (_, events, text) => expect(english.formula(events)).toBe(text));
});

describe('scoreFromParts', () => {
  it.each([
    [{ goldstein: 1.9, goldsteinWeight: 0.5, tone: 0.4, toneWeight: 1 }, 1.35],
    [{ goldstein: -10, goldsteinWeight: 0.5, tone: -0.3, toneWeight: 2 }, -5.6],
    [{ goldstein: 10, goldsteinWeight: 1, tone: 3, toneWeight: 1 }, 10],
    [{ goldstein: -10, goldsteinWeight: 1, tone: -3, toneWeight: 1 }, -10],
  ])('%o -> %d', (parts, score) => expect(scoreFromParts(parts)).toBeCloseTo(score, 10));
});
