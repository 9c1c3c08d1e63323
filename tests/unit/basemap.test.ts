import { buildBasemap, EAST_ASIA } from '../../scripts/basemap-plugin';
import { isBasemap, mercatorY, projectBasemap } from '../../src/features/map/utils/basemap-svg';

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
    expect(basemap.countries[0]).toEqual({ id: '1', name: 'One', d: 'M100 -20.42L110 -20.42L110 -31.47L100 -20.42Z' });
    expect(basemap.countries[1].d.match(/M/g)).toHaveLength(2);
    expect(isBasemap(basemap)).toBe(true);
  });

  it('builds East Asia from Natural Earth: the countries of the story, every path within the box', () => {
    const basemap = JSON.parse(buildBasemap());
    expect(isBasemap(basemap)).toBe(true);
    const names = basemap.countries.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['China', 'South Korea', 'North Korea', 'Japan', 'Taiwan', 'Mongolia']));
    const [x, y, width, height] = basemap.viewBox.split(' ').map(Number);
    for (const country of basemap.countries) {
      for (const [, px, py] of country.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)) {
        expect(Number(px)).toBeGreaterThanOrEqual(x - 0.01);
        expect(Number(px)).toBeLessThanOrEqual(x + width + 0.01);
        expect(Number(py)).toBeGreaterThanOrEqual(y - 0.01);
        expect(Number(py)).toBeLessThanOrEqual(y + height + 0.01);
      }
    }
  });

  it.each([
    ['a GeoJSON collection', { type: 'FeatureCollection', features: [] }],
    ['no viewBox', { bounds: [[0, 0], [1, 1]], countries: [] }],
    ['a country without its path', { bounds: [[0, 0], [1, 1]], viewBox: '0 0 1 1', countries: [{ id: 'x', name: 'X' }] }],
    ['nothing', null],
  ])('refuses %s', (_name, value) => expect(isBasemap(value)).toBe(false));
});
