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

/** A count of hundredths of a degree as SVG path text: 2 → ".02", -150 → "-1.5". */
const hundredths = (count: number) => String(count / 100).replace(/^(-?)0\./, '$1.');

/** Numbers of a path, each after the last, with a space only where no minus sign parts them. */
const joined = (numbers: ReadonlyArray<string>) => numbers.map((text, i) => (i === 0 || text.startsWith('-') ? text : ` ${text}`)).join('');

/**
 * One ring as a path: its first point, then each point as its step from the
 * one before (`l`), all in whole hundredths of a degree, so the steps add
 * up to the rounded points exactly. A point that rounds onto the one before
 * is left out, and so is the last where it repeats the first (`Z` closes).
 * Steps are a few hundredths long where coordinates are five digits or
 * more: the basemap is two fifths smaller than written point by point, and
 * it is part of the first view's HTML.
 */
function ringPath(ring: Ring): string {
  const points = ring.map(([lon, lat]) => [Math.round(lon * 100), Math.round(mercatorY(lat) * 100)] as const);
  if (points.length === 0) return '';
  const [[x0, y0]] = points;
  const steps: string[] = [];
  let [x, y] = [x0, y0];
  const [xn, yn] = points[points.length - 1];
  const last = points.length > 1 && xn === x0 && yn === y0 ? points.length - 1 : points.length;
  for (const [px, py] of points.slice(1, last)) {
    if (px === x && py === y) continue;
    steps.push(hundredths(px - x), hundredths(py - y));
    [x, y] = [px, py];
  }
  return `M${joined([hundredths(x0), hundredths(y0)])}${steps.length ? `l${joined(steps)}` : ''}Z`;
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
