import { createHash } from 'node:crypto';
import { REVIEWED_FLAG } from '../src/features/ingest/api/reviewed-flag.ts';
import { DRAWN_LATER, EARLY_INPUT, FIRST_VIEW_BUILD, FIRST_VIEW_HIDDEN, QUIET_MS } from '../src/first-view-build.ts';

/**
 * `fitsFirstView` (src/core/view/first-view.ts) as the page's head runs it,
 * written out rather than taken from the function's compiled text, so that
 * the script, and the hash the Content-Security-Policy allows it by, are the
 * same wherever it is built. A unit test runs both on the same pages.
 */
export const FITS_FIRST_VIEW_SOURCE = [
  'function(page,build){',
  'if(page.reviewed)return false;',
  "if(page.search.replace(/^\\?/,'')!==''||page.hash.replace(/^#/,'')!=='')return false;",
  "if(page.pathname.replace(/\\/index\\.html$/,'/')!==build.pathname)return false;",
  'var list=page.languages||[];',
  "for(var i=0;i<list.length;i+=1){var primary=String(list[i]).trim().toLowerCase().split(/[-_]/)[0];if(build.languages.indexOf(primary)>=0)return primary===build.languages[0]}",
  'return true}',
].join('');

/**
 * The one script of the page's head: where the address or the reader asks
 * for another view than the HTML rendered at build time, it marks `<html>`
 * so that HTML is hidden (styles.css) before the body is painted.
 */
export function firstViewScript(): string {
  const page = `{pathname:location.pathname,search:location.search,hash:location.hash,languages:navigator.languages,reviewed:(function(){try{return localStorage.getItem(${JSON.stringify(REVIEWED_FLAG)})==='1'}catch(e){return false}})()}`;
  return `if(!(${FITS_FIRST_VIEW_SOURCE})(${page},${JSON.stringify(FIRST_VIEW_BUILD)}))document.documentElement.setAttribute(${JSON.stringify(FIRST_VIEW_HIDDEN)},'')`;
}

/**
 * The attribute that carries an element's `style` in the first view's HTML:
 * the Content-Security-Policy refuses inline style attributes, so the build
 * moves them here and the script after the HTML sets each through the
 * element's `style` (which the policy does not govern) and drops the
 * attribute. The parser may paint the HTML before it reaches that script:
 * until then styles.css keeps every element that has the attribute unseen,
 * so none is painted out of place and then moved (a layout shift).
 */
export const FIRST_VIEW_STYLE = 'data-first-view-style';

/** Moves every `style="…"` of rendered HTML to FIRST_VIEW_STYLE (React writes attribute values with `"` escaped). */
export const withStylesMoved = (markup: string) => markup.replace(/ style="([^"]*)"/g, ` ${FIRST_VIEW_STYLE}="$1"`);

/** The meta element that names the app's entry module, for the script after the HTML to load. */
export const ENTRY_META = 'thaw-monitor:entry';

/** What counts as the reader reaching for the page: the app's code is fetched then, where nothing on screen waits for it. */
export const REACHING = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'] as const;

/**
 * The script right after the first view's HTML: the styles back on their
 * elements; the reader's clicks on buttons, changes of fields and dropped
 * files kept until the app has taken the HTML over (the page looks ready
 * before its code is there, and a click then would be lost); and, once the
 * browser has painted the HTML, the app's code. Fetched with the page, the
 * code would be evaluated before the first paint wherever it arrives as
 * fast as the stylesheet: on a slow processor that is the entry's
 * evaluation between the reader and the page.
 *
 * When the code is fetched: at once where something on screen waits for it
 * (a box marked DRAWN_LATER, a chart on a wide screen) or the HTML is hidden
 * (another view); else, the whole first view being there as HTML (a phone,
 * whose screen holds the header and the map's picture), when the reader
 * first reaches for the page (REACHING) or after QUIET_MS untouched. A page
 * that is only read then runs none of its code while it is read; the first
 * touch pays for it, and that touch is kept and done again.
 */
export function firstViewStylesScript(): string {
  const keep = [
    `var early=window.${EARLY_INPUT}={inputs:[],stop:null};`,
    'function keep(e){var t=e.target;if(!(t instanceof Element))return;',
    "if(e.type==='click'){var b=t.closest('button');if(b)early.inputs.push({type:'click',target:b})}",
    "else if(e.type==='change')early.inputs.push({type:'change',target:t});",
    "else{e.preventDefault();if(e.type==='drop'&&e.dataTransfer)early.inputs.push({type:'drop',target:t,files:Array.prototype.slice.call(e.dataTransfer.files)})}}",
    "var kinds=['click','change','dragover','drop'];kinds.forEach(function(k){document.addEventListener(k,keep,true)});",
    'early.stop=function(){kinds.forEach(function(k){document.removeEventListener(k,keep,true)})};',
  ].join('');
  // The entry by import(), which fetches the modules it imports as it reads it: inserting a script and its preloads
  // into the head cost a long task of its own on a slow processor.
  const load = [
    `var reaching=${JSON.stringify(REACHING)},quiet=0,started=false;`,
    'function start(){if(started)return;started=true;clearTimeout(quiet);',
    'reaching.forEach(function(k){window.removeEventListener(k,start,true)});',
    `var entry=document.querySelector('meta[name="${ENTRY_META}"]');if(entry)import(entry.content)}`,
    'function waited(){',
    `if(document.documentElement.hasAttribute('${FIRST_VIEW_HIDDEN}'))return true;`,
    `var boxes=document.querySelectorAll('[${DRAWN_LATER}]'),h=window.innerHeight,w=window.innerWidth;`,
    'for(var i=0;i<boxes.length;i+=1){var r=boxes[i].getBoundingClientRect();if(r.width>0&&r.bottom>0&&r.top<h&&r.right>0&&r.left<w)return true}',
    'return false}',
    'function decide(){if(waited())return start();',
    'reaching.forEach(function(k){window.addEventListener(k,start,{capture:true,passive:true})});',
    `quiet=setTimeout(start,${QUIET_MS})}`,
  ].join('');
  return [
    `document.querySelectorAll('[${FIRST_VIEW_STYLE}]').forEach(function(e){e.style.cssText=e.getAttribute('${FIRST_VIEW_STYLE}');e.removeAttribute('${FIRST_VIEW_STYLE}')});`,
    keep,
    load,
    'requestAnimationFrame(function(){setTimeout(decide,0)})',
  ].join('');
}

/**
 * The page's head with the app's entry script turned into an ENTRY_META
 * element and its module preloads left out: neither fetches anything, and
 * import() fetches the modules the entry imports. Throws when the head has
 * no entry script: the page would never start.
 */
export function withEntryDeferred(html: string): string {
  let entries = 0;
  const out = html
    .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src: string) => {
      entries += 1;
      return `<meta name="${ENTRY_META}" content="${src}">`;
    })
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '');
  if (entries !== 1) throw new Error(`first view: expected one entry script in index.html, found ${entries}`);
  return out;
}

const hashSource = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The two scripts' CSP sources, `'sha256-…'`. */
export function firstViewScriptSources(): string[] {
  return [hashSource(firstViewScript()), hashSource(firstViewStylesScript())];
}
