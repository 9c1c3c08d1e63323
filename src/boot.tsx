import { QueryClient } from '@tanstack/react-query';
import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root';
import { resolveLanguage } from './core/i18n/languages';
import { fitsFirstView } from './core/view/first-view';
import { BUILT_IN_DATASET_URL } from './features/dataset/api/data-source';
import { datasetQueryOptions } from './features/dataset/api/dataset-query';
import { hasReviewed } from './features/ingest/api/reviewed-query';
import { basemapQueryOptions, TILE_URL } from './features/map/api/basemap-query';
import { loadCatalog } from './shared/i18n/messages';
import { replayEarlyInput, takeEarlyInput } from './early-input';
import { FIRST_VIEW_ATTRIBUTE, FIRST_VIEW_BUILD } from './first-view-build';

function render(container: HTMLElement, tree: ReactNode) {
  // Nothing the reader could have clicked was the app's: the HTML was hidden, or is replaced.
  takeEarlyInput();
  // HTML rendered for another view is hidden already (the head's script); it goes before the app draws this one.
  if (container.hasAttribute(FIRST_VIEW_ATTRIBUTE)) {
    container.replaceChildren();
    container.removeAttribute(FIRST_VIEW_ATTRIBUTE);
  }
  createRoot(container).render(tree);
}

/**
 * The built-in dataset's first view is in the page as HTML (rendered when the app was built). Once the dataset is
 * here, React takes that HTML over instead of drawing it again, in a transition: it hydrates in slices of a few
 * milliseconds, and a part the user reaches for first is hydrated first.
 */
function hydrate(queryClient: QueryClient, container: HTMLElement, tree: ReactNode) {
  // The basemap too: the HTML holds the map's picture, drawn from it (map-picture.tsx).
  Promise.all([queryClient.fetchQuery(datasetQueryOptions({ kind: 'url', url: BUILT_IN_DATASET_URL })), TILE_URL ? null : queryClient.fetchQuery(basemapQueryOptions())]).then(
    () => {
      // The first Intl formats of a page load the locale's data: each a task of its own, not a slice of the hydration.
      const warm = [() => new Intl.PluralRules('en'), () => new Intl.NumberFormat('en'), () => new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric' })];
      const next = () => {
        const format = warm.shift();
        if (format) {
          format();
          setTimeout(next);
        } else startTransition(() => void hydrateRoot(container, tree));
      };
      setTimeout(next);
    },
    // The dataset (or the basemap) did not load: the app draws the page, with its error and a way to retry.
    () => render(container, tree),
  );
}

/** Starts the app on the page: hydrates the first view's HTML where it fits the page, else draws the page's own view. */
export function boot() {
  const queryClient = new QueryClient();
  const container = document.getElementById('root')!;
  // What the reader did on the HTML before the app was there is done again once it has taken the HTML over (taken once:
  // a second call, StrictMode's, finds nothing).
  const onReady = () => replayEarlyInput(takeEarlyInput());
  const tree = <AppRoot queryClient={queryClient} base={window.location.href} onReady={onReady} />;
  const page = { pathname: window.location.pathname, search: window.location.search, hash: window.location.hash, languages: navigator.languages, reviewed: hasReviewed() };
  if (container.hasAttribute(FIRST_VIEW_ATTRIBUTE) && fitsFirstView(page, FIRST_VIEW_BUILD)) return hydrate(queryClient, container, tree);
  // The page's first language is in memory before the first render, so no English shows first. A catalog that cannot
  // be loaded leaves the page in English, and the language root says so.
  const language = resolveLanguage(new URLSearchParams(window.location.search).get('lang'), navigator.languages);
  if (language === 'en') render(container, tree);
  else void loadCatalog(language).catch(() => undefined).then(() => render(container, tree));
}
