import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ChunkSize = { file: string; kind: 'js' | 'css'; bytes: number; gzip: number };

/** Every JS and CSS file of a production build with its size and gzip size (level 9), largest first. */
export function bundleSizes(distDir: string): ChunkSize[] {
  const assets = join(distDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const content = readFileSync(join(assets, file));
      return { file, kind: file.endsWith('.js') ? ('js' as const) : ('css' as const), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
