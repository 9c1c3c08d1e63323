declare module 'virtual:east-asia-basemap' {
  import type { FeatureCollection, MultiPolygon } from 'geojson';
  const basemap: FeatureCollection<MultiPolygon, { name: string }>;
  export default basemap;
}
