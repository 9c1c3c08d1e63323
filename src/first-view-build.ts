import { LANGUAGES } from './core/i18n/languages.ts';
import type { FirstViewBuild } from './core/view/first-view.ts';

/** The attribute on `#root` that marks HTML rendered when the app was built, and on `<html>` the mark that it does not fit this page. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';
export const FIRST_VIEW_HIDDEN = 'data-first-view-hidden';

/** The view the HTML is rendered for: the app's root path, in the first of its languages (English). */
export const FIRST_VIEW_BUILD: FirstViewBuild = { pathname: '/', languages: LANGUAGES };

/** Where the script after the first view's HTML keeps what the reader did before the app took the HTML over. */
export const EARLY_INPUT = '__thawMonitorEarlyInput';

