/**
 * The code of the map and of the charts, in chunks of their own: fetched
 * when they are first drawn (AfterPaint), or sooner when warmPanelCode is
 * called. The modules are read from here once loaded, not through
 * React.lazy: a lazy part under a new Suspense boundary is revealed up to
 * 300 ms after its code arrives (React throttles Suspense reveals), and the
 * panel would wait for nothing.
 */
type MapModule = typeof import('../features/map/components/place-map');
export type ChartsModule = typeof import('../features/charts/charts');

export const panelCode: { map: MapModule | null; charts: ChartsModule | null } = { map: null, charts: null };

export const loadMap = () => import('../features/map/components/place-map').then((module) => (panelCode.map = module));
export const loadCharts = () => import('../features/charts/charts').then((module) => (panelCode.charts = module));

/**
 * Fetches and runs the map's and the charts' code now, for a large dataset
 * that will take a while to arrive and parse: the main thread has nothing
 * else to do until then, and they are ready the moment the data is shown.
 * A failure here is left to the panel that draws the part, which reports it.
 */
export function warmPanelCode(): void {
  void loadMap().catch(() => undefined);
  void loadCharts().catch(() => undefined);
}
