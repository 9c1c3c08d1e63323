import { use, useMemo, type ReactNode } from 'react';
import { languageOfTag } from '../../core/i18n/languages';
import { loadIngestCatalog } from './messages';
import { TranslateContext, useT } from './use-t';

/**
 * The words of Add article… for what is inside: its own catalog in the
 * language in use, with English behind it, loaded when the dialog opens
 * (inside a Suspense boundary) rather than with the page.
 */
export function IngestWords({ children }: { children: ReactNode }) {
  const t = useT();
  const lang = languageOfTag(t.locale);
  const catalog = use(loadIngestCatalog(lang));
  const english = use(loadIngestCatalog('en'));
  const extended = useMemo(() => t.extend(catalog, english), [t, catalog, english]);
  return <TranslateContext.Provider value={extended}>{children}</TranslateContext.Provider>;
}
