declare module 'virtual:east-asia-basemap' {
  /** The URL of the offline basemap, a GeoJSON FeatureCollection of country shapes (see scripts/basemap-plugin.ts). */
  const url: string;
  export default url;
}
