import { useQueryState } from 'nuqs';
import type { ReactNode } from 'react';
import { resolveLanguage } from '../core/i18n/languages';
import { viewParsers } from '../core/view/view-state';
import { I18nProvider } from '../shared/i18n/i18n-provider';

/** The interface's language for everything below: the address's `lang`, else the reader's preferred language. */
export function LanguageRoot({ children }: { children: ReactNode }) {
  const [lang] = useQueryState('lang', viewParsers.lang);
  return <I18nProvider lang={resolveLanguage(lang, navigator.languages)}>{children}</I18nProvider>;
}
