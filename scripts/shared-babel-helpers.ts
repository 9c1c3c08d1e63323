import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Recharts ships its `es6` build with Babel's helpers (`_objectSpread`,
 * `_defineProperty`, `_extends`, `_slicedToArray`, ...) inlined into every
 * module: about 40 identical copies of each end up in this app's bundle. This
 * plugin replaces each copy with an import from one shared module that holds
 * the very same text, so the code that runs is the code Recharts ships, once.
 * A helper whose text is not the same in every file of `dir` is left alone.
 * Line numbers do not move (a helper line becomes empty or the import), so the
 * source maps still hold.
 */
const HELPER_LINE = /^function (_[A-Za-z]+|ownKeys)\(.*\}$/;
const VIRTUAL_ID = '\0shared-babel-helpers';

export function sharedBabelHelpers(dir: string): Plugin {
  const canonical = new Map<string, string>();
  return {
    name: 'thaw-monitor:shared-babel-helpers',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      const seen = new Map<string, Set<string>>();
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.js')) continue;
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
          const name = HELPER_LINE.exec(line)?.[1];
          if (name) seen.set(name, (seen.get(name) ?? new Set()).add(line));
        }
      }
      canonical.clear();
      for (const [name, texts] of seen) if (texts.size === 1) canonical.set(name, [...texts][0]);
    },
    resolveId: (id) => (id === VIRTUAL_ID ? id : undefined),
    load: (id) => (id === VIRTUAL_ID ? `${[...canonical.values()].join('\n')}\nexport { ${[...canonical.keys()].join(', ')} };\n` : undefined),
    transform(code, id) {
      if (!id.startsWith(dir) || !id.endsWith('.js')) return undefined;
      const lines = code.split('\n');
      const imported: string[] = [];
      let first = -1;
      lines.forEach((line, i) => {
        const name = HELPER_LINE.exec(line)?.[1];
        if (!name || canonical.get(name) !== line) return;
        imported.push(name);
        lines[i] = '';
        if (first < 0) first = i;
      });
      if (first < 0) return undefined;
      lines[first] = `import { ${imported.join(', ')} } from ${JSON.stringify(VIRTUAL_ID)};`;
      return { code: lines.join('\n'), map: null };
    },
  };
}
