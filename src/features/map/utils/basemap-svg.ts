import type { Box } from './clip-to-box';

/** The basemap as the map draws it: one SVG path per country, in Web Mercator, for an overlay stretched over `bounds`. */
export type Basemap = {
  /** [[south, west], [north, east]]: where the overlay lies. */
  bounds: [[number, number], [number, number]];
  /** The SVG viewBox of the paths: x the longitude, y the Mercator ordinate in degrees, growing down. */
  viewBox: string;
  countries: Array<{ id: string; name: string; d: string }>;
};

type Ring = ReadonlyArray<ReadonlyArray<number>>;
type Geometry = { type: 'Polygon'; coordinates: ReadonlyArray<Ring> } | { type: 'MultiPolygon'; coordinates: ReadonlyArray<ReadonlyArray<Ring>> };
type Features = { features: ReadonlyArray<{ id: string | number; properties: { name: string }; geometry: Geometry }> };

/**
 * The Mercator ordinate of a latitude, in degrees (as Leaflet's EPSG:3857
 * projects it, up to its constant scale), negated so that north is up in
 * SVG. Linear in the map's pixels at every zoom, so a path drawn in these
 * units over the overlay's bounds lies where Leaflet would have put it.
 */
export const mercatorY = (lat: number) => -((180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)));

/** A number in 0.01° at most, with no trailing zeros: the size of the basemap is mostly digits. */
const num = (value: number) => String(Math.round(value * 100) / 100);

function ringPath(ring: Ring): string {
  return `M${ring.map(([lon, lat]) => `${num(lon)} ${num(mercatorY(lat))}`).join('L')}Z`;
}

/** Country shapes in longitude and latitude, clipped to `box`, as Basemap. */
export function projectBasemap(collection: Features, [west, south, east, north]: Box): Basemap {
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  return {
    bounds: [
      [south, west],
      [north, east],
    ],
    viewBox: `${num(west)} ${num(top)} ${num(east - west)} ${num(bottom - top)}`,
    countries: collection.features.map((feature) => {
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      return { id: String(feature.id), name: feature.properties.name, d: polygons.flatMap((rings) => rings.map(ringPath)).join('') };
    }),
  };
}

/** Whether a fetched value has Basemap's shape: the map draws nothing from anything else. */
export function isBasemap(value: unknown): value is Basemap {
  const candidate = value as Partial<Basemap> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.viewBox === 'string' &&
    Array.isArray(candidate.bounds) &&
    candidate.bounds.length === 2 &&
    Array.isArray(candidate.countries) &&
    candidate.countries.every((country) => typeof country?.d === 'string' && typeof country.id === 'string' && typeof country.name === 'string')
  );
}
