import { createLoader, createParser, createSerializer, parseAsArrayOf, parseAsStringLiteral, type inferParserType } from 'nuqs';
import { isAcceptedDate } from '../dataset/dates';
import { datasetAddress } from './data-address';
import { CODINGS } from '../filters/coding';
import { LANGUAGES } from '../i18n/languages';

const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;

/** An id of a place, topic or event; anything else in the URL is dropped. */
const idParser = createParser({
  parse: (value: string) => (ID.test(value) ? value : null),
  serialize: (value: string) => value,
});

/**
 * A YYYY-MM-DD day that exists, within the range a dataset's dates may
 * take; anything else is dropped. Outside it a bound filters nothing a
 * dataset can hold, and a date input cannot show year 0000.
 */
const dayParser = createParser({
  parse: (value: string) => (isAcceptedDate(value) ? value : null),
  serialize: (value: string) => value,
});

/** A dataset address for `?data=`; checked for its protocol where it is loaded. */
const addressParser = createParser({
  parse: datasetAddress,
  serialize: (value: string) => value,
});

export const MODES = ['dashboard', 'embed', 'present'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const PANELS = ['map', 'thaw', 'topics', 'timeline', 'events'] as const;
export type Mode = (typeof MODES)[number];
export type Theme = (typeof THEMES)[number];
export type PanelId = (typeof PANELS)[number];

/**
 * Seconds between presentation steps: the default, and the range accepted.
 * A briefing screen wants whole seconds; fractions down to a tenth let the
 * soak test (`npm run soak`) play thousands of steps on the real timer.
 */
export const INTERVAL = { default: 12, min: 0.1, max: 600 } as const;

/** A number of seconds within INTERVAL, with at most two decimals; anything else is dropped. */
const intervalParser = createParser({
  parse: (value: string) => {
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return null;
    const seconds = Number(value);
    return seconds >= INTERVAL.min && seconds <= INTERVAL.max ? seconds : null;
  },
  serialize: (value: number) => String(value),
});

/** Known panel ids in the order given, each once; unknown ones are dropped. */
const panelsParser = createParser({
  parse: (value: string) => {
    const ids = [...new Set(value.split(','))].filter((id): id is PanelId => (PANELS as readonly string[]).includes(id));
    return ids.length > 0 ? ids : null;
  },
  serialize: (value: PanelId[]) => value.join(','),
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
 * - `mode`: dashboard (default), embed or present; `theme`: auto, light or dark.
 * - `panels`: for embeds, which panels to show and in what order.
 * - `interval`: for presentations, seconds between steps.
 * - `lang`: en, ko or zh; without it, the reader's preferred language where it is one of them, else English.
 * - `coding`: all (default), curated (curated and reviewed events) or machine (GDELT, ACLED).
 */
export const viewParsers = {
  places: parseAsArrayOf(idParser).withDefault([]),
  topics: parseAsArrayOf(idParser).withDefault([]),
  from: dayParser,
  to: dayParser,
  event: idParser,
  data: addressParser,
  mode: parseAsStringLiteral(MODES).withDefault('dashboard'),
  theme: parseAsStringLiteral(THEMES),
  panels: panelsParser,
  interval: intervalParser.withDefault(INTERVAL.default),
  lang: parseAsStringLiteral(LANGUAGES),
  coding: parseAsStringLiteral(CODINGS).withDefault('all'),
};

export type ViewState = inferParserType<typeof viewParsers>;

/** Reads a view from a query string, URLSearchParams or URL. Never throws. */
export const decodeView = createLoader(viewParsers);

/** Writes a view as a query string ("" for the default view), defaults left out. */
export const encodeView = createSerializer(viewParsers, { clearOnDefault: true });

export const EMPTY_VIEW: ViewState = decodeView('');
