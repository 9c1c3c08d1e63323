import { describe, expect, it } from 'vitest';
import { PACKED_COLUMNS, unpackFields } from '../../src/core/engine/packed-row';

const fields = PACKED_COLUMNS.length;
const rest = (first: string) => first + '-'.repeat(fields - 1);

describe('unpackFields', () => {
  it.each<[string, string, Array<string | null>]>([
    ['every value missing', '-'.repeat(fields), new Array(fields).fill(null)],
    ['an empty text, not a missing one', rest('0:'), ['', ...new Array(fields - 1).fill(null)]],
    ['a text holding the marks themselves', rest('7:3:-,-1:'), ['3:-,-1:', ...new Array(fields - 1).fill(null)]],
    ['characters outside the BMP counted once', rest('3:😀a😀'), ['😀a😀', ...new Array(fields - 1).fill(null)]],
    ['a length of several digits', rest(`12:${'x'.repeat(12)}`), ['x'.repeat(12), ...new Array(fields - 1).fill(null)]],
  ])('reads %s', (_, text, expected) => {
    expect(unpackFields(text)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ['no length', rest('abc'), /expected a length at character 0/],
    ['a field longer than the text', '9:abc', /runs past the end at character 0/],
    ['one field too few', '-'.repeat(fields - 1), new RegExp(`expected ${fields} fields, found ${fields - 1}`)],
    ['one field too many', '-'.repeat(fields + 1), new RegExp(`expected ${fields} fields, found ${fields + 1}`)],
    ['an empty column', '', new RegExp(`expected ${fields} fields, found 0`)],
  ])('says where it is wrong: %s', (_, text, message) => {
    expect(() => unpackFields(text)).toThrow(message);
  });
});
