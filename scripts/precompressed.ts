import { createReadStream, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};

/**
 * The gzip file to answer a request with: `<file>.gz` beside the file the
 * URL names, when the browser accepts gzip and that sibling exists inside
 * `root`. Null otherwise (and for any path that climbs out of `root`).
 */
export function precompressedPath(root: string, url: string, acceptEncoding: string | undefined, exists: (path: string) => boolean): string | null {
  if (!/\bgzip\b/i.test(acceptEncoding ?? '')) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (pathname.endsWith('/') || extname(pathname) === '.gz') return null;
  const base = resolve(root);
  const file = resolve(base, `.${pathname}`);
  if (!file.startsWith(base + sep)) return null;
  const gzip = `${file}.gz`;
  return exists(gzip) ? gzip : null;
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Lets `vite preview` serve a file compressed ahead of time, as a static
 * host does (nginx's gzip_static, a CDN): `<file>.gz` is sent with
 * Content-Encoding: gzip in place of compressing `<file>` on every request.
 * The benchmark writes its 57 MB synthetic dataset that way: compressed on
 * the fly it cost the server 0.7 s of one of the machine's two cores on every
 * load, time the browser then waited for and the figures counted. The app
 * ships no .gz files, so nothing else changes.
 */
export function precompressedPlugin(): Plugin {
  return {
    name: 'thaw-monitor:precompressed',
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return next();
        const gzip = precompressedPath(root, request.url ?? '/', request.headers['accept-encoding'], isFile);
        if (!gzip) return next();
        response.setHeader('Content-Type', TYPES[extname(gzip.slice(0, -3))] ?? 'application/octet-stream');
        response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Content-Length', statSync(gzip).size);
        response.setHeader('Vary', 'Accept-Encoding');
        response.setHeader('Cache-Control', 'no-cache');
        if (request.method === 'HEAD') return void response.end();
        createReadStream(gzip).pipe(response);
      });
    },
  };
}
