import { mercatorY } from '../../src/features/map/utils/basemap-svg';
import { MAP_FIT, parseViewBox, pictureGeometry, pixelsPerUnit, placeOffset } from '../../src/features/map/utils/map-picture';

/**
 * The CSS scale the picture gives, worked out for a frame of `width` × `height`
 * pixels: container query units replaced by the frame's size, then the
 * expression evaluated as the browser would (min, max, calc of px / number).
 */
function scaleIn(scale: string, width: number, height: number): number {
  const js = scale
    .replace(/100cqw/g, String(width))
    .replace(/100cqh/g, String(height))
    .replace(/px/g, '')
    .replace(/calc/g, '')
    .replace(/\bmin\(/g, 'Math.min(')
    .replace(/\bmax\(/g, 'Math.max(');
  expect(js).toMatch(/^[\d\s.,()+\-*/Mathinmax]+$/);
  return Function(`return ${js}`)() as number;
}

/** Leaflet's fitBounds for the same frame: the scale at which the bounds fill the frame less its padding, within the zoom limits. */
function leafletScale(bounds: [[number, number], [number, number]], width: number, height: number): number {
  const [[south, west], [north, east]] = bounds;
  const across = east - west;
  const down = mercatorY(south) - mercatorY(north);
  const fits = [across > 0 ? (width - 2 * MAP_FIT.padding) / across : Infinity, down > 0 ? (height - 2 * MAP_FIT.padding) / down : Infinity];
  return Math.max(pixelsPerUnit(MAP_FIT.minZoom), Math.min(...fits, pixelsPerUnit(MAP_FIT.maxZoom)));
}

const BASEMAP_VIEWBOX = '95 -62.55 55 47.09';

describe("the map's picture: the live map's view, in CSS", () => {
  it.each([
    ['four places on a phone', [[30.27, 116.4], [37.57, 126.98]], 324, 300],
    ['four places on a laptop (held at the largest zoom)', [[30.27, 116.4], [37.57, 126.98]], 960, 420],
    ['places far apart in a small frame (held at the smallest zoom)', [[1, 60], [60, 179]], 200, 200],
    ['one place (no extent: the largest zoom)', [[37.57, 126.98], [37.57, 126.98]], 324, 300],
    ['places on one parallel', [[35, 110], [35, 130]], 500, 300],
  ] as const)('%s: the scale Leaflet would fit', (_, bounds, width, height) => {
    const { scale } = pictureGeometry(bounds as unknown as [[number, number], [number, number]], BASEMAP_VIEWBOX);
    expect(scaleIn(scale, width, height)).toBeCloseTo(leafletScale(bounds as unknown as [[number, number], [number, number]], width, height), 4);
  });

  it('centres the places: a box corner lies half the extent from the centre, the centre at nothing', () => {
    const bounds: [[number, number], [number, number]] = [[30, 110], [40, 130]];
    const across = 20;
    const down = mercatorY(30) - mercatorY(40);
    expect(placeOffset(bounds, 40, 130).dx).toBeCloseTo(across / 2, 9);
    expect(placeOffset(bounds, 40, 130).dy).toBeCloseTo(-down / 2, 9);
    expect(placeOffset(bounds, 30, 110).dy).toBeCloseTo(down / 2, 9);
    const middle = placeOffset(bounds, 0, 120);
    expect(middle.dx).toBeCloseTo(0, 9);
  });

  it("puts the basemap's own box where it lies from that centre, at its size", () => {
    const bounds: [[number, number], [number, number]] = [[30, 110], [40, 130]];
    const { land } = pictureGeometry(bounds, BASEMAP_VIEWBOX);
    const box = parseViewBox(BASEMAP_VIEWBOX);
    expect(land.dx).toBeCloseTo(95 - 120, 9);
    expect(land.dy).toBeCloseTo(box.y - (mercatorY(40) + mercatorY(30)) / 2, 9);
    expect([land.width, land.height]).toEqual([55, 47.09]);
  });
});
