import { render as baseRender, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Language } from '../../src/core/i18n/languages';
import { I18nProvider } from '../../src/shared/i18n/i18n-provider';

export * from '@testing-library/react';

/** Testing Library's render, inside the interface's language (English unless `lang` says otherwise), as the app renders. */
export function render(ui: ReactElement, options: RenderOptions & { lang?: Language } = {}) {
  const { lang = 'en', wrapper: Inner, ...rest } = options;
  const Wrapper = ({ children }: { children: ReactNode }) => <I18nProvider lang={lang}>{Inner ? <Inner>{children}</Inner> : children}</I18nProvider>;
  return baseRender(ui, { wrapper: Wrapper, ...rest });
}
