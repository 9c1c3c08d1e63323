import type { Plugin } from 'vite';
import { originList } from '../src/core/embed/origins.ts';
import { firstViewScriptSources } from './first-view-script.ts';

/**
 * The HTTP headers Thaw Monitor is served with: the one place its
 * Content-Security-Policy is written. `vite preview` (and so `npm start` and
 * the browser tests) serves them through `securityHeaders()`; a host serving
 * the build elsewhere copies them (see "Content security" in the README).
 */
export type SecurityConfig = {
  /** VITE_EMBED_ORIGINS: the host pages that may frame the app and drive it by messages. */
  embedOrigins?: string;
  /** VITE_TILE_URL: a tile URL template; its origin may serve images. */
  tileUrl?: string;
  /** THAW_DATA_ORIGINS: origins that `?data=` may load datasets from. */
  dataOrigins?: string;
};

/**
 * The CSP source for a tile URL template such as
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png`: its scheme and host, with
 * a `{s}` subdomain as a wildcard. Null when there is no template or its host
 * cannot be written as a CSP source.
 */
export function tileSource(template: string | undefined): string | null {
  const match = /^(https?:\/\/)([^/?#]+)/i.exec(template?.trim() ?? '');
  if (!match) return null;
  const host = match[2].replace(/^\{s\}\./, '*.');
  if (/[{}\s'";,]/.test(host)) return null;
  return `${match[1].toLowerCase()}${host.toLowerCase()}`;
}

/**
 * The app's Content-Security-Policy. Scripts, styles and fonts come only
 * from the app's own origin: nothing inline but the first view's two
 * scripts, allowed by their hashes, and no eval. Images may also be
 * data: and blob: URLs (Leaflet's bundled icons, the PNG export) and tiles;
 * fetches go to the app's origin and the configured data origins. Only the
 * app's own origin and the embed origins may frame it.
 *
 * No inline style either, not even in attributes: React, Leaflet and
 * recharts set styles through `element.style`, which a policy does not
 * govern, and the PNG export draws its copy of the page inside an image,
 * where the page's policy does not apply.
 */
export function contentSecurityPolicy(config: SecurityConfig = {}): string {
  const tiles = tileSource(config.tileUrl);
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    // WebAssembly (DuckDB, loaded only for a Parquet table) may be compiled; JavaScript still may not be evaluated.
    // Two inline scripts, by their hashes: the first view's check that its HTML fits the page, and its styles (first-view-script.ts).
    ['script-src', "'self'", ...firstViewScriptSources(), "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...originList(config.dataOrigins)],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'self'", ...originList(config.embedOrigins)],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * The policy of `embed-example.html`, which plays a news site's article: it
 * runs only its own script and frames the dashboard from whatever origin its
 * `?app=` names.
 */
export function hostPagePolicy(): string {
  return ["default-src 'self'", "script-src 'self'", "style-src 'self'", 'frame-src http: https:', "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
}

/** Every security header of one response, by path: the example host page gets its own policy. */
export function securityHeaders(path: string, config: SecurityConfig = {}): Record<string, string> {
  const isHostPage = path.split(/[?#]/)[0] === '/embed-example.html';
  return {
    'Content-Security-Policy': isHostPage ? hostPagePolicy() : contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    // The app sends no referrer off its origin; the host page keeps the default so a frame can learn its origin.
    'Referrer-Policy': isHostPage ? 'strict-origin-when-cross-origin' : 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Serves securityHeaders() from `vite preview`. A middleware rather than
 * `preview.headers`, because the example host page needs a policy of its
 * own. The dev server gets none: its hot reload runs inline scripts.
 */
export function securityHeadersPlugin(config: SecurityConfig): Plugin {
  return {
    name: 'thaw-monitor:security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeaders(request.url ?? '/', config))) response.setHeader(name, value);
        next();
      });
    },
  };
}
