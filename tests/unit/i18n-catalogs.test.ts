import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { actorMessages } from '../../scripts/i18n-catalogs-plugin';

type Catalog = Record<string, string>;

// The sources, as written: the app imports them compiled.
const source = (lang: string) => JSON.parse(readFileSync(resolve(__dirname, `../../src/shared/i18n/catalogs/${lang}.json`), 'utf8')) as Catalog;
const en = source('en');
const ko = source('ko');
const zh = source('zh');
const ingestEn = source('ingest/en');

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

/** Every argument of a message with its kind ("count:plural", "name:text", "cold:tag"), sorted and without repeats. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      const kind = KIND[element.type];
      if (kind && 'value' in element) found.add(`${element.value}:${kind}`);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** The problems of `other` against the reference catalog: keys missing or extra, arguments that differ, messages that do not parse. */
function catalogProblems(reference: Catalog, other: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) if (!(key in other)) problems.push(`missing ${key}`);
  for (const key of Object.keys(other)) if (!(key in reference)) problems.push(`extra ${key}`);
  for (const key of Object.keys(reference)) {
    if (!(key in other)) continue;
    try {
      const want = argumentsOf(reference[key]).join(' ');
      const got = argumentsOf(other[key]).join(' ');
      if (want !== got) problems.push(`${key}: arguments ${got || '(none)'} where English has ${want || '(none)'}`);
    } catch (error) {
      problems.push(`${key}: does not parse (${(error as Error).message})`);
    }
  }
  return problems;
}

describe('the message catalogs', () => {
  it.each([
    ['Korean', en, ko],
    ['Chinese', en, zh],
    ['Korean, of Add article…', ingestEn, source('ingest/ko')],
    ['Chinese, of Add article…', ingestEn, source('ingest/zh')],
  ])('%s has every English key, no other, and the same ICU arguments in each message', (_, reference, catalog) => {
    expect(catalogProblems(reference, catalog)).toEqual([]);
  });

  it('puts a key in the page’s catalog or in the one of Add article…, not both', () => {
    expect(Object.keys(ingestEn).filter((key) => key in en)).toEqual([]);
  });

  it('English parses, message by message', () => {
    for (const message of [...Object.values(en), ...Object.values(ingestEn)]) expect(() => parse(message)).not.toThrow();
  });

  // The check itself, on catalogs made to fail it.
  it.each<[string, Catalog, Catalog, string[]]>([
    ['a key missing', { a: 'A', b: 'B' }, { a: 'ㄱ' }, ['missing b']],
    ['a key extra', { a: 'A' }, { a: 'ㄱ', c: 'ㄷ' }, ['extra c']],
    ['an argument renamed', { a: 'Hello {name}' }, { a: '안녕 {nom}' }, ['a: arguments nom:text where English has name:text']],
    ['a plural made plain', { a: '{count, plural, one {# event} other {# events}}' }, { a: '사건 {count}건' }, ['a: arguments count:text where English has count:plural']],
    ['a select lost inside a plural', { a: '{n, plural, other {# {kind, select, a {x} other {y}}}}' }, { a: '{n, plural, other {#}}' }, ['a: arguments n:plural where English has kind:select n:plural']],
    ['a tag dropped', { a: '<b>bold</b> {x}' }, { a: '굵게 {x}' }, ['a: arguments x:text where English has b:tag x:text']],
    ['a broken message', { a: '{x}' }, { a: '{x' }, ['a: does not parse (EXPECT_ARGUMENT_CLOSING_BRACE)']],
  ])('finds %s', (_, reference, other, expected) => {
    expect(catalogProblems(reference, other)).toEqual(expected);
  });
});

describe('actor names and roles in Korean and Chinese', () => {
  const roster = JSON.parse(readFileSync(resolve(__dirname, '../../pipeline/ingest/data/roster.json'), 'utf8')) as { people: Array<{ name: string; terms: Array<{ role: string }> }> };

  it.each(['ko', 'zh'] as const)('%s has every name and every role of the roster', (lang) => {
    const messages = actorMessages(lang, resolve(__dirname, '../..'));
    const missing = roster.people.flatMap((p) => [`actor.name.${p.name}`, ...p.terms.map((t) => `actor.role.${t.role}`)]).filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('gives the names as plain text, never as messages to parse', () => {
    expect(actorMessages('ko', resolve(__dirname, '../..'))['actor.name.Xi Jinping']).toEqual([{ type: 0, value: '시진핑' }]);
  });
});
