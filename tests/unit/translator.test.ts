import { parse } from '@formatjs/icu-messageformat-parser';
import { createElement, isValidElement, type ReactNode } from 'react';
import type { Catalog, MessageId } from '../../src/shared/i18n/messages';
import { translator } from '../../src/shared/i18n/translator';

// Catalogs made for this test, compiled as the build compiles them.
const compile = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parse(message)])) as unknown as Catalog;
const english = compile({
  plain: 'Reset',
  argument: 'Read from {name}.',
  plural: '{count, plural, one {# event} other {# events}}',
  select: '{per, select, month {per month} other {per year}}',
  number: '{total, number} events',
  tag: 'from <cold>cold</cold> to warm',
  onlyEnglish: 'Only in English',
});
const korean = compile({ plain: '초기화', argument: '{name}에서 읽음.', plural: '사건 {count, plural, other {#건}}', select: '{per, select, month {월별} other {연도별}}', number: '사건 {total, number}건', tag: '<cold>냉각</cold>에서 온난까지' });
const id = (key: string) => key as MessageId;

describe('translator', () => {
  const en = translator('en', english);
  const ko = translator('ko', korean, english);

  it.each<[string, Record<string, string | number> | undefined, string, string]>([
    ['plain', undefined, 'Reset', '초기화'],
    ['argument', { name: 'a.txt' }, 'Read from a.txt.', 'a.txt에서 읽음.'],
    ['plural', { count: 1 }, '1 event', '사건 1건'],
    ['plural', { count: 20000 }, '20,000 events', '사건 20,000건'],
    ['select', { per: 'month' }, 'per month', '월별'],
    ['number', { total: 100000 }, '100,000 events', '사건 100,000건'],
    ['onlyEnglish', undefined, 'Only in English', 'Only in English'],
    ['nowhere', undefined, 'nowhere', 'nowhere'],
  ])('%s %j', (key, values, inEnglish, inKorean) => {
    expect(en(id(key), values)).toBe(inEnglish);
    expect(ko(id(key), values)).toBe(inKorean);
  });

  it('gives a message with tags as elements, each tag through its function', () => {
    const parts = ko.rich(id('tag'), { cold: (chunks: ReactNode[]) => createElement('span', { className: 'cold' }, chunks) }) as ReactNode[];
    expect(parts).toHaveLength(2);
    expect(parts.every(isValidElement)).toBe(true);
  });

  it('says which keys it has, in the language or behind it in English', () => {
    expect(ko.has('plain')).toBe(true);
    expect(ko.has('onlyEnglish')).toBe(true);
    expect(ko.has('topic.unknown')).toBe(false);
  });

  it('extends a language with the messages of a lazy part, and its English', () => {
    const more = ko.extend(compile({ dialog: '기사 추가' }), compile({ dialog: 'Add article', dialogOnlyEnglish: 'Close' }));
    expect(more(id('dialog'))).toBe('기사 추가');
    expect(more(id('dialogOnlyEnglish'))).toBe('Close');
    expect(more(id('plain'))).toBe('초기화');
    expect(more.locale).toBe('ko');
  });
});
