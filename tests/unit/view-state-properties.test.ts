import fc from 'fast-check';
import { isInDateRange, isRealIsoDate } from '../../src/core/dataset/dates';
import { decodeView, encodeView, INTERVAL, MODES, PANELS, THEMES, type ViewState } from '../../src/core/view/view-state';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { CODINGS } from '../../src/core/filters/coding';
import { queryString, URL_PROPERTY_RUNS, validView } from '../fixtures/url-arbitraries';

/**
 * Properties of the URL codec over generated inputs. The seed is fixed so a
 * run is reproducible; FC_SEED=<n> explores other inputs, and a failure
 * prints the seed and the smallest input that fails.
 */
const options = { numRuns: URL_PROPERTY_RUNS, seed: Number(process.env.FC_SEED ?? 20_260_601) };
/** Ten thousand runs, some with 100 kB values, on a busy machine. */
const TIMEOUT = 60_000;

const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const isId = (value: unknown) => typeof value === 'string' && ID.test(value);
const isDay = (value: unknown) => value === null || (typeof value === 'string' && isRealIsoDate(value) && isInDateRange(value));

/** Every field is within what its parser accepts, and there is nothing else. */
function isValidView(view: ViewState): boolean {
  return (
    JSON.stringify(Object.keys(view).sort()) === JSON.stringify(['coding', 'data', 'event', 'from', 'interval', 'lang', 'mode', 'panels', 'places', 'theme', 'to', 'topics']) &&
    view.places.every(isId) &&
    view.topics.every(isId) &&
    isDay(view.from) &&
    isDay(view.to) &&
    (view.event === null || isId(view.event)) &&
    (view.data === null || (view.data.trim() !== '' && view.data.length <= 2048)) &&
    MODES.includes(view.mode) &&
    (view.theme === null || THEMES.includes(view.theme)) &&
    (view.panels === null || (view.panels.length > 0 && new Set(view.panels).size === view.panels.length && view.panels.every((p) => PANELS.includes(p)))) &&
    Number.isFinite(view.interval) && Math.abs(view.interval * 100 - Math.round(view.interval * 100)) < 1e-6 &&
    view.interval >= INTERVAL.min &&
    view.interval <= INTERVAL.max &&
    (view.lang === null || LANGUAGES.includes(view.lang)) &&
    CODINGS.includes(view.coding)
  );
}

describe('the URL codec, over generated inputs', () => {
  it(`decodes any query string without throwing, to a valid view (${URL_PROPERTY_RUNS} strings)`, () => {
    fc.assert(
      fc.property(queryString, (search) => {
        expect(isValidView(decodeView(search))).toBe(true);
      }),
      options,
    );
  }, TIMEOUT);

  it(`gives back every valid view it encodes (${URL_PROPERTY_RUNS} views)`, () => {
    fc.assert(
      fc.property(validView, (view) => {
        const search = encodeView(view);
        expect(decodeView(search)).toEqual(view);
        expect(encodeView(decodeView(search))).toBe(search);
      }),
      options,
    );
  }, TIMEOUT);

  it(`keeps what it read from any query string through a copy of the link (${URL_PROPERTY_RUNS} strings)`, () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const view = decodeView(search);
        expect(decodeView(encodeView(view))).toEqual(view);
      }),
      options,
    );
  }, TIMEOUT);
});
