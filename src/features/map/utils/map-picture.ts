import { mercatorY } from './basemap-svg';

/** How the live map frames the dataset's places: its `fitBounds` padding and zoom limits (place-map.tsx). */
export const MAP_FIT = { padding: 48, minZoom: 3, maxZoom: 5 } as const;

/** Pixels per basemap unit (a degree of longitude, or of Mercator ordinate) at a Leaflet zoom: 256 × 2^zoom for 360°. */
export const pixelsPerUnit = (zoom: number) => (256 * 2 ** zoom) / 360;

type Bounds = readonly [readonly [number, number], readonly [number, number]];

/** A box in basemap units: x the longitude, y the Mercator ordinate growing down. */
type UnitBox = { x: number; y: number; width: number; height: number };

/** Where something lies from the frame's centre, in basemap units: CSS multiplies by the scale. */
type Offset = { dx: number; dy: number };

export type PictureGeometry = {
  /**
   * The CSS value of the picture's scale, in pixels per basemap unit, for
   * the custom property the picture's parts are placed with: the scale at
   * which the places fit the frame less the padding (container query units
   * of the frame), held between the map's zoom limits. Leaflet's fitBounds
   * with zoomSnap 0 reaches the same scale.
   */
  scale: string;
  /** The basemap's SVG box from the frame's centre, and its size, in units. */
  land: Offset & { width: number; height: number };
};

/** A number in CSS, without the float noise of a difference of coordinates. */
const css = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** The basemap's viewBox ("x y width height") as numbers. */
export function parseViewBox(viewBox: string): UnitBox {
  const [x, y, width, height] = viewBox.trim().split(/[\s,]+/).map(Number);
  return { x, y, width, height };
}

/** The places' bounds in basemap units. */
export function unitBox([[south, west], [north, east]]: Bounds): UnitBox {
  const top = mercatorY(north);
  return { x: west, y: top, width: east - west, height: mercatorY(south) - top };
}

/**
 * The picture of the map the page shows before its code runs (and the
 * dashboard's first HTML carries): the basemap and the bubbles where the
 * live map will put them once it is created, at the same scale and centre,
 * in whatever size the frame has, without script. Leaflet centres the
 * places' box and scales it to fit the frame less its padding; CSS does the
 * same with the frame's size as container query units.
 */
export function pictureGeometry(bounds: Bounds, basemapViewBox: string): PictureGeometry {
  const places = unitBox(bounds);
  const land = parseViewBox(basemapViewBox);
  const fits = [
    places.width > 0 ? `(100cqw - ${2 * MAP_FIT.padding}px) / ${css(places.width)}` : null,
    places.height > 0 ? `(100cqh - ${2 * MAP_FIT.padding}px) / ${css(places.height)}` : null,
  ].filter((term): term is string => term !== null);
  const largest = `${css(pixelsPerUnit(MAP_FIT.maxZoom))}px`;
  const smallest = `${css(pixelsPerUnit(MAP_FIT.minZoom))}px`;
  const scale = `max(${smallest}, min(${[...fits.map((term) => `calc(${term})`), largest].join(', ')}))`;
  const centre = { x: places.x + places.width / 2, y: places.y + places.height / 2 };
  return { scale, land: { dx: land.x - centre.x, dy: land.y - centre.y, width: land.width, height: land.height } };
}

/** Where a place lies from the frame's centre, in basemap units: `offsetFrom(bounds)` once per picture, then once per place. */
export function offsetFrom(bounds: Bounds): (lat: number, lon: number) => Offset {
  const places = unitBox(bounds);
  const centre = { x: places.x + places.width / 2, y: places.y + places.height / 2 };
  return (lat, lon) => ({ dx: lon - centre.x, dy: mercatorY(lat) - centre.y });
}

/** Where one place lies from the frame's centre, in basemap units. */
export const placeOffset = (bounds: Bounds, lat: number, lon: number): Offset => offsetFrom(bounds)(lat, lon);

/** A length in CSS: the frame's centre plus `units` basemap units at the picture's scale (the custom property `--map-scale`). */
export const fromCentre = (units: number) => `calc(50% + var(--map-scale) * ${css(units)})`;

/** A length in CSS: `units` basemap units at the picture's scale. */
export const scaled = (units: number) => `calc(var(--map-scale) * ${css(units)})`;
