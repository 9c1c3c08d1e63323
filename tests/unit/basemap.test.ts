import { buildBasemap, EAST_ASIA } from '../../scripts/basemap-plugin';
import { isBasemap, mercatorY, projectBasemap } from '../../src/features/map/utils/basemap-svg';

/** The absolute points of a path of `M x y l dx dy … Z` rings, in hundredths of a degree (steps added up as integers). */
function ringsOf(d: string): Array<Array<[number, number]>> {
  return d
    .split('Z')
    .filter(Boolean)
    .map((ring) => {
      const [start, steps = ''] = ring.slice(1).split('l');
      const numbers = (text: string) => (text.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map((n) => Math.round(Number(n) * 100));
      const [x0, y0] = numbers(start);
      const points: Array<[number, number]> = [[x0, y0]];
      const deltas = numbers(steps);
      for (let i = 0; i < deltas.length; i += 2) {
        const [x, y] = points[points.length - 1];
        points.push([x + deltas[i], y + deltas[i + 1]]);
      }
      return points;
    });
}

describe('the basemap as one SVG overlay, in Web Mercator', () => {
  /** The same ordinate written another way (the inverse Gudermannian), in degrees, north up. */
  const gudermannianInverse = (lat: number) => -(Math.asinh(Math.tan((lat * Math.PI) / 180)) * 180) / Math.PI;

  it.each([
    [0, 0],
    [45, -50.4987],
    [-45, 50.4987],
    [53, gudermannianInverse(53)],
    [15, gudermannianInverse(15)],
    [37.5665, gudermannianInverse(37.5665)],
  ])('latitude %d° lies at %d Mercator degrees (north up)', (lat, y) => expect(mercatorY(lat)).toBeCloseTo(y, 3));

  it('writes each country as one path of its rings, and the viewBox over the box', () => {
    const square = [
      [100, 20],
      [110, 20],
      [110, 30],
      [100, 20],
    ];
    const basemap = projectBasemap(
      {
        features: [
          { id: 1, properties: { name: 'One' }, geometry: { type: 'Polygon', coordinates: [square] } },
          { id: 'two', properties: { name: 'Two' }, geometry: { type: 'MultiPolygon', coordinates: [[square], [square]] } },
        ],
      },
      EAST_ASIA,
    );
    expect(basemap.bounds).toEqual([
      [15, 95],
      [53, 150],
    ]);
    expect(basemap.viewBox).toBe('95 -62.73 55 47.55');
    expect(basemap.countries[0]).toEqual({ id: '1', name: 'One', d: 'M100-20.42l10 0 0-11.05Z' });
    expect(ringsOf(basemap.countries[0].d)).toEqual([
      [
        [10000, -2042],
        [11000, -2042],
        [11000, -3147],
      ],
    ]);
    expect(basemap.countries[1].d.match(/M/g)).toHaveLength(2);
    expect(isBasemap(basemap)).toBe(true);
  });

  it('builds East Asia from Natural Earth: the countries of the story, every path within the box', () => {
    const basemap = JSON.parse(buildBasemap());
    expect(isBasemap(basemap)).toBe(true);
    const names = basemap.countries.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['China', 'South Korea', 'North Korea', 'Japan', 'Taiwan', 'Mongolia']));
    const [x, y, width, height] = basemap.viewBox.split(' ').map(Number);
    const points = basemap.countries.flatMap((country: { d: string }) => ringsOf(country.d).flat());
    expect(points.length).toBeGreaterThan(1000);
    for (const [px, py] of points) {
      expect(px / 100).toBeGreaterThanOrEqual(x - 0.01);
      expect(px / 100).toBeLessThanOrEqual(x + width + 0.01);
      expect(py / 100).toBeGreaterThanOrEqual(y - 0.01);
      expect(py / 100).toBeLessThanOrEqual(y + height + 0.01);
    }
  });

  it('writes steps that add up to the rounded points, leaving out a point that rounds onto the one before', () => {
    const ring = [
      [120.004, 30],
      [120.001, 30.0001],
      [120.5, 29.5],
      [119.25, 31.75],
      [120.004, 30],
    ];
    const { d } = projectBasemap({ features: [{ id: 1, properties: { name: 'One' }, geometry: { type: 'Polygon', coordinates: [ring] } }] }, EAST_ASIA).countries[0];
    const rounded = (lon: number, lat: number) => [Math.round(lon * 100), Math.round(mercatorY(lat) * 100)];
    expect(rounded(120.001, 30.0001)).toEqual(rounded(120.004, 30));
    expect(ringsOf(d)).toEqual([[rounded(120.004, 30), rounded(120.5, 29.5), rounded(119.25, 31.75)]]);
    expect(d).not.toMatch(/\d-?0\./);
  });

  it.each([
    ['a GeoJSON collection', { type: 'FeatureCollection', features: [] }],
    ['no viewBox', { bounds: [[0, 0], [1, 1]], countries: [] }],
    ['a country without its path', { bounds: [[0, 0], [1, 1]], viewBox: '0 0 1 1', countries: [{ id: 'x', name: 'X' }] }],
    ['nothing', null],
  ])('refuses %s', (_name, value) => expect(isBasemap(value)).toBe(false));
});
