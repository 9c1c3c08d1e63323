import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Topology } from 'topojson-specification';
import { clipGeometry, type Box } from '../src/features/map/utils/clip-to-box.ts';
import { projectBasemap } from '../src/features/map/utils/basemap-svg.ts';

/** East Asia, from the Himalaya to Japan and from Hainan to the Amur. */
export const EAST_ASIA: Box = [95, 15, 150, 53];

const VIRTUAL_ID = 'virtual:east-asia-basemap';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where the basemap is served, under the app's base path. */
export const BASEMAP_FILE = 'data/east-asia-basemap.json';

/**
 * Natural Earth country shapes from world-atlas (1:50m), simplified with
 * topojson-simplify and clipped to `box`, as a GeoJSON FeatureCollection.
 */
export function basemapFeatures(box: Box = EAST_ASIA) {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const simplified = simplify(presimplify(topology as never), 0.002);
  const countries = feature(simplified, simplified.objects.countries) as unknown as {
    features: Array<{ id?: string; properties: { name: string }; geometry: Parameters<typeof clipGeometry>[0] | null }>;
  };
  const features = countries.features.flatMap((country) => {
    const geometry = country.geometry && clipGeometry(country.geometry, box);
    return geometry ? [{ type: 'Feature' as const, id: country.id ?? country.properties.name, properties: { name: country.properties.name }, geometry }] : [];
  });
  return { type: 'FeatureCollection' as const, features };
}

/**
 * The basemap as the map draws it: each country one SVG path, already in
 * Web Mercator (x the longitude, y the Mercator ordinate in degrees, down)
 * and rounded to 0.01°, for one SVG overlay stretched over `box`. Leaflet
 * then places a single element rather than projecting every vertex of every
 * country in script, which took a long task on a slow processor. JSON text.
 */
export function buildBasemap(box: Box = EAST_ASIA): string {
  return JSON.stringify(projectBasemap(basemapFeatures(box), box));
}

/**
 * The offline basemap, made when the app is built: written next to the
 * dataset as `data/east-asia-basemap.json` (served by the dev server from
 * memory) and fetched by the map like any other data, so it weighs on
 * neither the JS bundle nor its parse time. The module
 * `virtual:east-asia-basemap` exports its URL. No tile server.
 */
export function eastAsiaBasemap(box: Box = EAST_ASIA): Plugin {
  let config: ResolvedConfig;
  let json: string | undefined;
  const basemap = () => (json ??= buildBasemap(box));
  return {
    name: 'thaw-monitor:east-asia-basemap',
    configResolved: (resolved) => void (config = resolved),
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(`${config.base}${BASEMAP_FILE}`)};` : undefined),
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${BASEMAP_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(basemap());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BASEMAP_FILE, source: basemap() });
    },
  };
}
