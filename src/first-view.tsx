import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from './app/app-root';
import { BUILT_IN_DATASET_URL } from './features/dataset/api/data-source';
import { datasetQueryOptions } from './features/dataset/api/dataset-query';
import { basemapQueryOptions } from './features/map/api/basemap-query';

/**
 * The first view as HTML, rendered when the app is built (scripts/first-view-plugin.ts) in a DOM-less page at the
 * app's root: the built-in dataset (and the basemap), loaded by the same query the browser runs, through the same tree. The browser
 * then hydrates it (main.tsx). Rejects when the dataset does not load: a build must not ship a page it could not draw.
 */
export async function renderFirstView(base: string): Promise<string> {
  const queryClient = new QueryClient();
  // The basemap too, for the map's picture (map-picture.tsx).
  await Promise.all([queryClient.fetchQuery(datasetQueryOptions({ kind: 'url', url: BUILT_IN_DATASET_URL })), queryClient.fetchQuery(basemapQueryOptions())]);
  try {
    return renderToString(<AppRoot queryClient={queryClient} base={base} />);
  } finally {
    // The cache's garbage-collection timers would keep the build's process alive for minutes.
    queryClient.clear();
  }
}
