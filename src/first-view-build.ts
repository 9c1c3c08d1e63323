import { LANGUAGES } from './core/i18n/languages.ts';
import type { FirstViewBuild } from './core/view/first-view.ts';

/** The attribute on `#root` that marks HTML rendered when the app was built, and on `<html>` the mark that it does not fit this page. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';
export const FIRST_VIEW_HIDDEN = 'data-first-view-hidden';

/** The view the HTML is rendered for: the app's root path, in the first of its languages (English). */
export const FIRST_VIEW_BUILD: FirstViewBuild = { pathname: '/', languages: LANGUAGES };

/** Where the script after the first view's HTML keeps what the reader did before the app took the HTML over. */
export const EARLY_INPUT = '__thawMonitorEarlyInput';


/**
 * The mark of a box that stands for a part the page's code draws (a chart, a
 * map without its picture): where one is on screen when the first view is
 * painted, the code is fetched at once; else when the reader first reaches
 * for the page, or after QUIET_MS.
 */
export const DRAWN_LATER = 'data-drawn-later';

/** How long a page nobody has touched is left before the code it waits for is fetched anyway (for a print, say). */
export const QUIET_MS = 6000;
