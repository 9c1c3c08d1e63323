import { useEffect } from 'react';
import type { Theme } from '../core/view/view-state';

/** Fixes the page's colour scheme to light or dark, or lets it follow the system ('auto'). */
export function useDocumentTheme(theme: Theme) {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}
