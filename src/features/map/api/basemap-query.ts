import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import basemapUrl from 'virtual:east-asia-basemap';

export type Basemap = FeatureCollection<MultiPolygon, { name: string }>;

/** The offline basemap, fetched once from the app's own origin (it is built with the app). */
export function basemapQueryOptions() {
  return queryOptions({
    queryKey: ['basemap', basemapUrl] as const,
    queryFn: async ({ signal }): Promise<Basemap> => {
      const response = await fetch(basemapUrl, { signal });
      if (!response.ok) throw new Error(`the basemap could not be loaded (${response.status})`);
      const body = (await response.json()) as Partial<Basemap>;
      if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) throw new Error('the basemap is not a GeoJSON FeatureCollection');
      return body as Basemap;
    },
    staleTime: Infinity,
    retry: 1,
  });
}
