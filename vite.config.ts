import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { eastAsiaBasemap } from './scripts/basemap-plugin.ts';
import { firstViewPlugin } from './scripts/first-view-plugin.ts';
import { compiledCatalogs } from './scripts/i18n-catalogs-plugin.ts';
import { precompressedPlugin } from './scripts/precompressed.ts';
import { securityHeadersPlugin } from './scripts/security-headers.ts';

export default defineConfig(({ mode }) => {
  // The same variables the build reads, so `vite preview` lets the same hosts frame the app that the build lets drive it.
  const env = loadEnv(mode, process.cwd(), ['VITE_', 'THAW_']);
  return {
    plugins: [react(), compiledCatalogs(), eastAsiaBasemap(), securityHeadersPlugin({ embedOrigins: env.VITE_EMBED_ORIGINS, tileUrl: env.VITE_TILE_URL, dataOrigins: env.THAW_DATA_ORIGINS }), precompressedPlugin(), firstViewPlugin()],
    resolve: {
      alias: [
        // The catalogs are compiled when the app is built (compiledCatalogs), so intl-messageformat's parser is never
        // called there: its entry without the parser. The tests keep the parser, which checks the catalogs.
        ...(mode === 'test' ? [] : [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }]),
        // Leaflet's ES module build instead of its UMD `main`.
        { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' },
        // Recharts asks for the shim; React 19 has useSyncExternalStore built in (react-redux already uses this entry).
        { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
      ],
    },
    // Every browser the app supports preloads modules itself, so Vite's polyfill for it is left out.
    // The article reader (chrono-node, Readability, linkedom and the gazetteer) is one chunk of about 640 kB, loaded only by Add article….
    build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 700 },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      globals: true,
      // The app tests render the whole dashboard in jsdom; on a busy two-core machine that can outlast the default 5 s.
      testTimeout: 20_000,
    },
  };
});
