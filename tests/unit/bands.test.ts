import { formatScore, thawBand, thawColor } from '../../src/core/thaw/bands';

describe('thawBand', () => {
  it.each([
    [-10, 'frozen'], [-6.7, 'frozen'], [-5, 'cold'], [-1.01, 'cold'], [-1, 'thawing'],
    [1.8, 'thawing'], [2.5, 'warm'], [5.99, 'warm'], [6, 'close'], [10, 'close'], [-42, 'frozen'], [42, 'close'],
  ])('%d -> %s', (score, band) => expect(thawBand(score).id).toBe(band));
});

describe('thawColor', () => {
  it.each([
    [0, 'rgb(190, 190, 190)'],
    [-10, 'rgb(33, 102, 172)'],
    [10, 'rgb(214, 96, 77)'],
    [99, 'rgb(214, 96, 77)'],
  ])('%d -> %s', (score, colour) => expect(thawColor(score)).toBe(colour));
  it('tells +1 from +3', () => expect(thawColor(1)).not.toBe(thawColor(3)));
});

describe('formatScore', () => {
  it.each([[1.8, '+1.8'], [-6.67, '-6.7'], [0, '0.0'], [-0.04, '0.0'], [2, '+2.0']])('%d -> %s', (score, text) => expect(formatScore(score)).toBe(text));
});
