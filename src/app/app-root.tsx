import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { StrictMode, useEffect } from 'react';
import { App } from './app';
import { LanguageRoot } from './language-root';

type Props = {
  queryClient: QueryClient;
  /** The page's address, to resolve relative `?data=` paths. */
  base: string;
  /** Called once the tree is on the page (after the commit that hydrates or first draws it). */
  onReady?: () => void;
};

/** The whole page: one tree for the browser and for the first view rendered when the app is built (src/first-view.tsx). */
export function AppRoot({ queryClient, base, onReady }: Props) {
  // A hook, not a wrapper: the tree's shape (and so every useId) stays the one the HTML was rendered from.
  useEffect(() => onReady?.(), [onReady]);
  return (
    <StrictMode>
      <NuqsAdapter>
        <QueryClientProvider client={queryClient}>
          <LanguageRoot>
            <App base={base} />
          </LanguageRoot>
        </QueryClientProvider>
      </NuqsAdapter>
    </StrictMode>
  );
}
