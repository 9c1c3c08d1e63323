import { createLoader, createParser, createSerializer, parseAsArrayOf, type inferParserType } from 'nuqs/server';
import { isRealIsoDate } from '../dataset/dates';

const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;

/** An id of a place, topic or event; anything else in the URL is dropped. */
const idParser = createParser({
  parse: (value: string) => (ID.test(value) ? value : null),
  serialize: (value: string) => value,
});

/** A YYYY-MM-DD day that exists; anything else is dropped. */
const dayParser = createParser({
  parse: (value: string) => (isRealIsoDate(value) ? value : null),
  serialize: (value: string) => value,
});

/** A dataset address for `?data=`; checked for its protocol where it is loaded. */
const addressParser = createParser({
  parse: (value: string) => (value.trim() === '' || value.length > 2048 ? null : value),
  serialize: (value: string) => value,
});

/**
 * The shareable view, as URL query parameters: the one schema the whole
 * app reads its filters from. A value that does not parse is dropped (the
 * parameter takes its default), never thrown.
 *
 * - `places`, `topics`: comma-separated ids, any of which matches.
 * - `from`, `to`: the date range, inclusive, YYYY-MM-DD.
 * - `event`: the chosen event's id.
 * - `data`: another dataset to load instead of the built-in one.
 */
export const viewParsers = {
  places: parseAsArrayOf(idParser).withDefault([]),
  topics: parseAsArrayOf(idParser).withDefault([]),
  from: dayParser,
  to: dayParser,
  event: idParser,
  data: addressParser,
};

export type ViewState = inferParserType<typeof viewParsers>;

/** Reads a view from a query string, URLSearchParams or URL. Never throws. */
export const decodeView = createLoader(viewParsers);

/** Writes a view as a query string ("" for the default view), defaults left out. */
export const encodeView = createSerializer(viewParsers, { clearOnDefault: true });

export const EMPTY_VIEW: ViewState = decodeView('');
