import { IntlMessageFormat } from 'intl-messageformat';
import { Fragment, createElement, type ReactNode } from 'react';
import type { Catalog, MessageId } from './messages';

type Values = Record<string, string | number | Date | null | undefined>;
type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** The message `id` in the language in use, with its ICU arguments: the one way the interface says anything. */
export type Translate = ((id: MessageId, values?: Values) => string) & {
  /** A message with tags (`<cold>cold</cold>`), each given as a function of its content, or with elements as values. */
  rich: (id: MessageId, values: RichValues) => ReactNode;
  /** Whether the catalog has a message for `id`: topics and kinds of another dataset may have none. */
  has: (id: string) => id is MessageId;
  /** The BCP 47 tag of the language, for Intl. */
  locale: string;
  /** The same language with more messages (a lazy part's own catalog, and its English). */
  extend: (more: Partial<Catalog>, moreFallback: Partial<Catalog>) => Translate;
};

/**
 * A Translate over `messages` (compiled ICU messages), in `locale`. A
 * message the catalog lacks is taken from `fallback` (English); each
 * message is compiled into a formatter once, on first use.
 */
export function translator(locale: string, messages: Catalog, fallback: Catalog = messages): Translate {
  const hasOwn = (catalog: Catalog, id: string) => Object.prototype.hasOwnProperty.call(catalog, id);
  /** The message of `id` and the locale to format it in: the language's, else English's, else the key itself. */
  const messageOf = (id: MessageId) =>
    hasOwn(messages, id)
      ? { message: messages[id], locale }
      : // A key no catalog has shows as itself rather than taking the page down; the catalog test keeps this from shipping.
        { message: hasOwn(fallback, id) ? fallback[id] : [{ type: 0 as const, value: id }], locale: 'en' };
  const formats = new Map<string, IntlMessageFormat>();
  const formatOf = (id: MessageId) => {
    let format = formats.get(id);
    if (!format) {
      const { message, locale: messageLocale } = messageOf(id);
      format = new IntlMessageFormat(message, messageLocale);
      formats.set(id, format);
    }
    return format;
  };
  // Most messages are text with plain arguments at most: those are joined here, and only plurals, selects, numbers and
  // tags go through the engine, which sets up Intl formatters for each (the first render formats about a hundred).
  const plain = new Map<string, ReadonlyArray<{ type: number; value: string }> | null>();
  const plainOf = (id: MessageId) => {
    let found = plain.get(id);
    if (found === undefined) {
      const message = messageOf(id).message as ReadonlyArray<{ type: number; value: string }>;
      found = message.every((element) => element.type === 0 || element.type === 1) ? message : null;
      plain.set(id, found);
    }
    return found;
  };
  const t = (id: MessageId, values?: Values) => {
    const simple = plainOf(id);
    if (simple) return simple.map((element) => (element.type === 0 ? element.value : String(values?.[element.value] ?? ''))).join('');
    return String(formatOf(id).format(values as Record<string, string | number>));
  };
  const rich = (id: MessageId, values: RichValues): ReactNode => {
    const parts = formatOf(id).format<ReactNode>(values as never);
    return Array.isArray(parts) ? parts.map((part, i) => createElement(Fragment, { key: i }, part)) : parts;
  };
  const has = (id: string): id is MessageId => hasOwn(messages, id) || hasOwn(fallback, id);
  const extend = (more: Partial<Catalog>, moreFallback: Partial<Catalog>) => translator(locale, { ...messages, ...more } as Catalog, { ...fallback, ...moreFallback } as Catalog);
  return Object.assign(t, { rich, has, locale, extend });
}
