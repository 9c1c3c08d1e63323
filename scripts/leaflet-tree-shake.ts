import type { Plugin } from 'vite';

/**
 * Leaflet's ESM build (aliased over its UMD `main`) is one module whose classes
 * are all made by `Parent.extend({...})` calls and hung on namespaces
 * (`Control.Layers = Layers`), so a bundler keeps every class. This marks the
 * `extend` calls pure (they only build a new constructor) and drops the
 * namespace entries of the classes below, which this app never uses, so the
 * bundler can leave them out. The build fails if they come into use.
 */
const UNUSED = /^(Control\.(Layers|Scale)|control\.(layers|scale)|CRS\.(EPSG3395|EPSG4326|Simple)|TileLayer\.WMS|tileLayer\.wms) = [A-Za-z0-9_$]+;\r?$/;
const EXTEND = /^(var [A-Za-z0-9_$]+ = )([A-Za-z0-9_$.]+\.extend\()/;
const USES_UNUSED = /\b(Control\.(Layers|Scale)|control\.(layers|scale)|CRS\.(EPSG3395|EPSG4326|Simple)|TileLayer\.WMS|tileLayer\.wms)\b|\b(LayersControl|ScaleControl|WMSTileLayer)\b/;
const REACT_LEAFLET_USERS = /\/react-leaflet\/lib\/(LayersControl|ScaleControl|WMSTileLayer)\.js$/;

export function leafletTreeShake(): Plugin {
  let dropped = 0;
  return {
    name: 'thaw-monitor:leaflet-tree-shake',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/src/') && !id.includes('/node_modules/') && USES_UNUSED.test(code)) {
        this.error(`${id} uses a Leaflet class that scripts/leaflet-tree-shake.ts removes from the bundle`);
      }
      if (!id.endsWith('/node_modules/leaflet/dist/leaflet-src.esm.js')) return undefined;
      const lines = code.split('\n').map((line) => {
        if (UNUSED.test(line)) return dropped++, '';
        return line.replace(EXTEND, '$1/*#__PURE__*/ $2');
      });
      return { code: lines.join('\n'), map: null };
    },
    generateBundle(_options, bundle) {
      if (dropped !== 9) this.error(`expected to drop 9 Leaflet namespace entries, dropped ${dropped}: has Leaflet changed?`);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const user = Object.keys(chunk.modules).find((id) => REACT_LEAFLET_USERS.test(id) && chunk.modules[id].renderedLength > 0);
        if (user) this.error(`${user} needs a Leaflet class that scripts/leaflet-tree-shake.ts removes from the bundle`);
      }
    },
  };
}
