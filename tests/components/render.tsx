import { render as baseRender, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { LANGUAGE_INFO, type Language } from '../../src/core/i18n/languages';
import en from '../../src/shared/i18n/catalogs/en.json';
import ingestEn from '../../src/shared/i18n/catalogs/ingest/en.json';
import ingestKo from '../../src/shared/i18n/catalogs/ingest/ko.json';
import ingestZh from '../../src/shared/i18n/catalogs/ingest/zh.json';
import ko from '../../src/shared/i18n/catalogs/ko.json';
import zh from '../../src/shared/i18n/catalogs/zh.json';
import type { Catalog } from '../../src/shared/i18n/messages';
import { translator } from '../../src/shared/i18n/translator';
import { TranslateContext } from '../../src/shared/i18n/use-t';

export * from '@testing-library/react';

// The catalogs as the app imports them (compiled by the build's plugin, which the tests run too), Add article…'s with them.
const CATALOGS = {
  en: { ...en, ...ingestEn },
  ko: { ...ko, ...ingestKo },
  zh: { ...zh, ...ingestZh },
} as unknown as Record<Language, Catalog>;

/** Testing Library's render, inside the interface's language (English unless `lang` says otherwise), as the app renders. */
export function render(ui: ReactElement, options: RenderOptions & { lang?: Language } = {}) {
  const { lang = 'en', wrapper: Inner, ...rest } = options;
  const t = translator(LANGUAGE_INFO[lang].tag, CATALOGS[lang], CATALOGS.en);
  const Wrapper = ({ children }: { children: ReactNode }) => <TranslateContext.Provider value={t}>{Inner ? <Inner>{children}</Inner> : children}</TranslateContext.Provider>;
  return baseRender(ui, { wrapper: Wrapper, ...rest });
}
