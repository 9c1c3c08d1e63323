/**
 * The first view is rendered to HTML when the app is built: the built-in
 * dataset, unfiltered, in English, on the dashboard. A page whose address or
 * reader asks for anything else (a shared link's filters, an embed, the
 * presentation, another language, reviewed events kept in this browser)
 * must not show that HTML even for a frame: it is hidden before the body is
 * painted, and the app renders its own view instead.
 *
 * `fitsFirstView` runs twice: in the page's head, written out as a script
 * (FITS_FIRST_VIEW_SOURCE in scripts/first-view-script.ts, held to this by a
 * unit test), and in boot.tsx to choose between hydrating the HTML and
 * rendering afresh.
 */
export type FirstViewPage = {
  /** `location.pathname`, `location.search` and `location.hash`. */
  pathname: string;
  search: string;
  hash: string;
  /** `navigator.languages`. */
  languages: ReadonlyArray<string> | undefined;
  /** Whether this browser keeps reviewed events (they join the dataset, so the view differs). */
  reviewed: boolean;
};

/** What the HTML was rendered for: the page's path, and the interface's languages (the HTML is in the first). */
export type FirstViewBuild = { pathname: string; languages: ReadonlyArray<string> };

export function fitsFirstView(page: FirstViewPage, build: FirstViewBuild): boolean {
  if (page.reviewed) return false;
  // Any parameter may name a view (filters, mode, data, lang), and a fragment is left to the app: only the bare address fits.
  if (page.search.replace(/^\?/, '') !== '' || page.hash.replace(/^#/, '') !== '') return false;
  const path = page.pathname.replace(/\/index\.html$/, '/');
  if (path !== build.pathname) return false;
  // The reader's first preferred language that the interface speaks decides, as in preferredLanguage (core/i18n/languages).
  const list = page.languages || [];
  for (let i = 0; i < list.length; i += 1) {
    const primary = String(list[i]).trim().toLowerCase().split(/[-_]/)[0];
    if (build.languages.indexOf(primary) >= 0) return primary === build.languages[0];
  }
  return true;
}
