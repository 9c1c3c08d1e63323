/**
 * The charts' code, in a chunk of its own: fetched when a chart is first
 * drawn (AfterPaint), or sooner through loadCharts. The module is read from
 * here once loaded, not through React.lazy: a lazy part under a new Suspense
 * boundary is revealed up to 300 ms after its code arrives (React throttles
 * Suspense reveals), and the panel would wait for nothing.
 */
export type ChartsModule = typeof import('./charts');

export const chartsCode: { module: ChartsModule | null } = { module: null };

export const loadCharts = () => import('./charts').then((module) => (chartsCode.module = module));
