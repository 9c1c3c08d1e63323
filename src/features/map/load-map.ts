/**
 * The map's code (Leaflet and its basemap), in a chunk of its own: fetched
 * when the map is first drawn (AfterPaint), or sooner through loadMap. Read
 * from here once loaded rather than through React.lazy, for the reason
 * given in features/charts/load-charts.ts.
 */
export type MapModule = typeof import('./components/place-map');

export const mapCode: { module: MapModule | null } = { module: null };

export const loadMap = () => import('./components/place-map').then((module) => (mapCode.module = module));
