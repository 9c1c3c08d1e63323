import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { clipGeometry, type Box } from '../src/features/map/utils/clip-to-box.ts';

/** East Asia, from the Himalaya to Japan and from Hainan to the Amur. */
export const EAST_ASIA: Box = [95, 15, 150, 53];

const VIRTUAL_ID = 'virtual:east-asia-basemap';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Builds the offline basemap when the app is built: Natural Earth country
 * shapes from world-atlas (1:50m), simplified with topojson-simplify,
 * clipped to East Asia and rounded to 0.01°, served as the module
 * `virtual:east-asia-basemap` (a GeoJSON FeatureCollection). No tile server.
 */
export function eastAsiaBasemap(box: Box = EAST_ASIA): Plugin {
  return {
    name: 'thaw-monitor:east-asia-basemap',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const require = createRequire(import.meta.url);
      const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
      const simplified = simplify(presimplify(topology as never), 0.002);
      const countries = feature(simplified, simplified.objects.countries) as unknown as {
        features: Array<{ id?: string; properties: { name: string }; geometry: Parameters<typeof clipGeometry>[0] | null }>;
      };
      const features = countries.features.flatMap((country) => {
        const geometry = country.geometry && clipGeometry(country.geometry, box);
        return geometry ? [{ type: 'Feature', id: country.id, properties: { name: country.properties.name }, geometry }] : [];
      });
      return `export default ${JSON.stringify({ type: 'FeatureCollection', features })};`;
    },
  };
}
