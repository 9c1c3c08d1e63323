import { buildDateFor, exactRun } from '../../pipeline/build-dataset';
import type { Dataset } from '../../src/core/dataset/schema';

describe('exactRun', () => {
  it.each([
    ['the same text', 'Seoul and Beijing met.', 'Seoul and Beijing met.', 'Seoul and Beijing met.'],
    ['a no-break space in the article', 'SEOUL:\u00a0South Korea and China agreed', 'SEOUL: South Korea and China', 'SEOUL:\u00a0South Korea and China'],
    ['a line break in the article', 'the ice is\nmelting', 'ice is melting', 'ice is\nmelting'],
    ['characters regular expressions treat specially', 'a (US) $1.5bn deal [sic]?', '(US) $1.5bn deal [sic]?', '(US) $1.5bn deal [sic]?'],
    ['a quote that is not there', 'Seoul and Beijing met.', 'Tokyo', undefined],
    ['words in another order', 'Seoul and Beijing met.', 'Beijing and Seoul', undefined],
  ])('%s', (_name, text, quote, expected) => {
    expect(exactRun(text, quote)).toBe(expected);
  });
});

describe('buildDateFor', () => {
  const dataset = (builtOn: string, title = 'A') => ({ schemaVersion: 1, build: { pipeline: '1', builtOn }, events: [{ title }] }) as unknown as Dataset;
  it.each([
    ['no previous file: today', dataset('2026-01-01'), undefined, '2026-01-01'],
    ['the same content: the previous date', dataset('2026-01-01'), dataset('2025-06-30'), '2025-06-30'],
    ['changed content: today', dataset('2026-01-01', 'B'), dataset('2025-06-30'), '2026-01-01'],
  ])('%s', (_name, next, previous, expected) => {
    expect(buildDateFor(next, previous, '2026-01-01')).toBe(expected);
  });
});
