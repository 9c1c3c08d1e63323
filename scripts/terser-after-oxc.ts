import { createRequire } from 'node:module';
import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * A second, terser pass over the chunks oxc has minified: terser's compressor
 * inlines single-use functions and drops a few bindings oxc keeps. Safe
 * options only (no `unsafe*`, no property mangling); the source map is chained.
 */
export function terserAfterOxc(): Plugin {
  // The file hashes are computed before this pass: fold terser's version and options into them.
  const { version } = createRequire(import.meta.url)('terser/package.json') as { version: string };
  const options = { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true } as const;
  return {
    name: 'thaw-monitor:terser-after-oxc',
    apply: 'build',
    enforce: 'post',
    augmentChunkHash: () => `terser ${version} ${JSON.stringify(options)}`,
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        const result = await minify(chunk.code.slice(0, chunk.code.length - mapComment.length), {
          ...options,
          sourceMap: chunk.map ? { content: JSON.parse(chunk.map.toString()), asObject: true } : false,
        });
        if (result.code === undefined) continue;
        chunk.code = result.code + mapComment;
        if (chunk.map && result.map && typeof result.map === 'object') Object.assign(chunk.map, { sources: result.map.sources, sourcesContent: result.map.sourcesContent, names: result.map.names, mappings: result.map.mappings });
      }
    },
  };
}
