import { defineConfig } from '@playwright/test';

/**
 * The app, a host page origin it allows (VITE_EMBED_ORIGINS at build time), one it does not, and
 * a data server the app may fetch from. PORT_BASE moves all four, so two checkouts can run their browser tests side by side.
 */
const base = Number(process.env.PORT_BASE ?? 4173);
export const PORTS = { app: base, allowedHost: base + 1, foreignHost: base + 2, dataServer: base + 3 } as const;

const serve = (port: number) => ({
  command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
  url: `http://127.0.0.1:${port}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  // The preview's frame-ancestors must name the host the build allows (see scripts/security-headers.ts).
  env: {
    VITE_EMBED_ORIGINS: process.env.VITE_EMBED_ORIGINS ?? `http://127.0.0.1:${PORTS.allowedHost}`,
    // The data server the engine tests start (npm run serve:data), which `?data=` may then name.
    THAW_DATA_ORIGINS: `http://127.0.0.1:${PORTS.dataServer}`,
  },
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORTS.app}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [serve(PORTS.app), serve(PORTS.allowedHost), serve(PORTS.foreignHost)],
});
