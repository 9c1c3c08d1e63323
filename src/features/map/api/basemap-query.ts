import { queryOptions } from '@tanstack/react-query';
import basemapUrl from 'virtual:east-asia-basemap';
import { isBasemap, type Basemap } from '../utils/basemap-svg';

/** A tile server's URL template, set at build time: the map then draws its tiles instead of the offline basemap. */
export const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined;

/** The offline basemap, fetched once from the app's own origin (it is built with the app). */
export function basemapQueryOptions() {
  return queryOptions({
    queryKey: ['basemap', basemapUrl] as const,
    queryFn: async ({ signal }): Promise<Basemap> => {
      const response = await fetch(basemapUrl, { signal });
      if (!response.ok) throw new Error(`the basemap could not be loaded (${response.status})`);
      const body: unknown = await response.json();
      if (!isBasemap(body)) throw new Error('the basemap is not in the form the map draws (a viewBox, bounds and one path per country)');
      return body;
    },
    staleTime: Infinity,
    retry: 1,
  });
}
