import { FITS_FIRST_VIEW_SOURCE, firstViewScript, firstViewScriptSources, withEntryDeferred, withStylesMoved } from '../../scripts/first-view-script';
import { resolveLanguage } from '../../src/core/i18n/languages';
import { fitsFirstView, type FirstViewPage } from '../../src/core/view/first-view';
import { FIRST_VIEW_BUILD } from '../../src/first-view-build';

const page = (over: Partial<FirstViewPage>): FirstViewPage => ({ pathname: '/', search: '', hash: '', languages: ['en-GB', 'en'], reviewed: false, ...over });

/** The head's script, run as the browser runs it: its source text, evaluated. */
const inlineFits = new Function(`return (${FITS_FIRST_VIEW_SOURCE})`)() as typeof fitsFirstView;

describe('fitsFirstView: whether the HTML rendered at build time is the page asked for', () => {
  it.each<[string, Partial<FirstViewPage>, boolean]>([
    ['the bare address, in English', {}, true],
    ['index.html itself', { pathname: '/index.html' }, true],
    ['a shared link with filters', { search: '?topics=thaad' }, false],
    ['an embed', { search: '?mode=embed&panels=map' }, false],
    ['the presentation', { search: '?mode=present' }, false],
    ['English asked for in the address', { search: '?lang=en' }, false],
    ['an empty query', { search: '?' }, true],
    ['a fragment', { hash: '#main' }, false],
    ['another path (the app served under a sub-path)', { pathname: '/thaw/' }, false],
    ['a Korean reader', { languages: ['ko-KR', 'en-US'] }, false],
    ['a Chinese reader', { languages: ['zh-TW'] }, false],
    ['a French reader, who gets English', { languages: ['fr-FR', 'de'] }, true],
    ['a French reader who also reads Korean', { languages: ['fr', 'ko'] }, false],
    ['English before Korean', { languages: ['en-US', 'ko'] }, true],
    ['no languages at all', { languages: [] }, true],
    ['languages unknown', { languages: undefined }, true],
    ['reviewed events kept in this browser', { reviewed: true }, false],
  ])('%s', (_name, over, fits) => {
    expect(fitsFirstView(page(over), FIRST_VIEW_BUILD)).toBe(fits);
    expect(inlineFits(page(over), FIRST_VIEW_BUILD)).toBe(fits);
  });

  it('agrees with the language the app resolves for any list of preferences', () => {
    const tags = ['en', 'en-US', 'ko', 'ko-KR', 'zh', 'zh-Hans', 'zh_TW', 'fr', 'ja', 'EN', ' ko ', 'x-klingon', ''];
    for (const a of tags) {
      for (const b of tags) {
        const languages = [a, b];
        const english = resolveLanguage(null, languages) === 'en';
        expect(fitsFirstView(page({ languages }), FIRST_VIEW_BUILD)).toBe(english);
        expect(inlineFits(page({ languages }), FIRST_VIEW_BUILD)).toBe(english);
      }
    }
  });
});

describe('the first view in index.html', () => {
  it('moves inline styles where the policy lets them in, leaving other attributes alone', () => {
    expect(withStylesMoved('<span class="bar" style="width:50%"></span><p title="style=&quot;x&quot;">a</p>')).toBe(
      '<span class="bar" data-first-view-style="width:50%"></span><p title="style=&quot;x&quot;">a</p>',
    );
  });

  it("defers the entry and drops its preloads, and refuses a page with no entry or two", () => {
    const head = '<script type="module" crossorigin src="/assets/index-x.js"></script>\n    <link rel="modulepreload" crossorigin href="/assets/react-y.js">\n';
    expect(withEntryDeferred(head)).toBe('<meta name="thaw-monitor:entry" content="/assets/index-x.js">\n');
    expect(() => withEntryDeferred('<title>x</title>')).toThrow(/one entry script/);
    expect(() => withEntryDeferred(head + head)).toThrow(/found 2/);
  });

  it('allows exactly its two scripts by hash, and the hash changes with the script', () => {
    const sources = firstViewScriptSources();
    expect(sources).toHaveLength(2);
    for (const source of sources) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(firstViewScript()).toContain(FITS_FIRST_VIEW_SOURCE);
  });
});
