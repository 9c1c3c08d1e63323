import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGUAGE_INFO, type Language } from '../../core/i18n/languages';
import { catalogIfLoaded, ENGLISH, loadCatalog } from './messages';
import { translator } from './translator';
import { TranslateContext } from './use-t';

type Props = { lang: Language; children: ReactNode };

/**
 * The interface's language: its catalog, `Intl` formats and the page's
 * `lang` attribute. A language chosen for the first time keeps the one on
 * screen until its catalog has arrived, so no text flashes in between; the
 * page's first language is loaded before the first render (main.tsx).
 */
export function I18nProvider({ lang, children }: Props) {
  const [shown, setShown] = useState<Language>(() => (catalogIfLoaded(lang) ? lang : 'en'));
  const [failed, setFailed] = useState<Language | null>(null);
  useEffect(() => {
    if (shown === lang) return undefined;
    let live = true;
    loadCatalog(lang).then(
      () => live && setShown(lang),
      () => live && setFailed(lang),
    );
    return () => {
      live = false;
    };
  }, [lang, shown]);
  const tag = LANGUAGE_INFO[shown].tag;
  useEffect(() => {
    document.documentElement.lang = tag;
  }, [tag]);
  const t = useMemo(() => translator(tag, catalogIfLoaded(shown) ?? ENGLISH, ENGLISH), [tag, shown]);
  return (
    <TranslateContext.Provider value={t}>
      {failed === lang && lang !== shown && (
        <p className="notice notice--warning" role="alert" lang="en">
          The {LANGUAGE_INFO[lang].name} interface could not be loaded; it is shown in {LANGUAGE_INFO[shown].name}.
        </p>
      )}
      {children}
    </TranslateContext.Provider>
  );
}
