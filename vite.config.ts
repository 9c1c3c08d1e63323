import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { eastAsiaBasemap } from './scripts/basemap-plugin.ts';

export default defineConfig({
  plugins: [react(), eastAsiaBasemap()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    globals: true,
  },
});
