import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { BASEMAP_FILE, buildBasemap } from './basemap-plugin.ts';
import { FIRST_VIEW_ATTRIBUTE } from '../src/first-view-build.ts';
import { firstViewScript, firstViewStylesScript, withEntryDeferred, withStylesMoved } from './first-view-script.ts';

const ORIGIN = 'http://localhost';

/**
 * Renders the first view (the built-in dataset, unfiltered, in English) into
 * index.html when the app is built, so the page shows the dashboard before
 * any script has run; main.tsx then hydrates it. The render runs the app's
 * own modules through Vite's SSR loader, in a DOM from jsdom (a few modules
 * read `window` while rendering), with `fetch` answering from `public/`
 * (and with the basemap the build makes).
 * Adds the head's script that hides the HTML where it does not fit the page,
 * and moves the HTML's inline styles where the Content-Security-Policy lets
 * them in (first-view-script.ts).
 */
/**
 * The element after the first view and its styles script, which the head
 * asks the browser to wait for before it paints (`<link rel="expect"
 * blocking="render">`): the first paint then has the script's styles back,
 * rather than painting the HTML, laying it out again with them and painting
 * once more, in the tasks after the first paint that count as blocking.
 * A browser without `rel=expect` paints as soon as it can, as before.
 */
export const FIRST_VIEW_END = 'first-view-end';

export function firstViewPlugin(): Plugin {
  let root = process.cwd();
  let configFile: string | undefined;
  return {
    name: 'thaw-monitor:first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      configFile = config.configFile;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const marker = '<div id="root"></div>';
        if (!html.includes(marker)) throw new Error(`first view: index.html has no ${marker} to render into`);
        const markup = await renderInPage(root, configFile);
        return withEntryDeferred(html)
          .replace(marker, `<div id="root" ${FIRST_VIEW_ATTRIBUTE}>${withStylesMoved(markup)}</div>\n    <script>${firstViewStylesScript()}</script>\n    <template id="${FIRST_VIEW_END}"></template>`)
          .replace('</title>', `</title>\n    <script>${firstViewScript()}</script>\n    <link rel="expect" href="#${FIRST_VIEW_END}" blocking="render">`);
      },
    },
  };
}

async function renderInPage(root: string, configFile: string | undefined): Promise<string> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html lang="en"><body><div id="root"></div></body></html>', { url: `${ORIGIN}/`, pretendToBeVisual: true });
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const globals: Record<string, unknown> = {
    window: dom.window,
    document: dom.window.document,
    navigator: dom.window.navigator,
    localStorage: dom.window.localStorage,
    location: dom.window.location,
    requestAnimationFrame: (run: FrameRequestCallback) => setTimeout(() => run(Date.now()), 0),
    cancelAnimationFrame: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
    fetch: async (input: string | URL) => {
      const url = new URL(String(input), `${ORIGIN}/`);
      if (url.origin !== ORIGIN) throw new Error(`first view: no fetch from ${url.origin} while rendering`);
      // The basemap is made by the build (basemap-plugin.ts), not kept in public/.
      const path = decodeURIComponent(url.pathname);
      const body = path === `/${BASEMAP_FILE}` ? new TextEncoder().encode(buildBasemap()) : await readFile(resolve(root, 'public', `.${path}`));
      return new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) } });
    },
  };
  for (const [name, value] of Object.entries(globals)) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const server = await createServer({ configFile, root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false, watch: null } });
  try {
    const { renderFirstView } = (await server.ssrLoadModule('/src/first-view.tsx')) as typeof import('../src/first-view.tsx');
    return await renderFirstView(`${ORIGIN}/`);
  } finally {
    await server.close();
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    dom.window.close();
  }
}
