import './zod-without-eval';
import './start-dataset-fetch';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { LanguageRoot } from './app/language-root';
import { resolveLanguage } from './core/i18n/languages';
import { loadCatalog } from './shared/i18n/messages';
import './styles.css';

const queryClient = new QueryClient();

// The page's first language is in memory before the first render, so no English shows first. A catalog that cannot be
// loaded leaves the page in English, and the language root says so. (No top-level await: it would split the modules the
// lazy chunks share with this one into chunks of their own.)
const language = resolveLanguage(new URLSearchParams(window.location.search).get('lang'), navigator.languages);

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <NuqsAdapter>
        <QueryClientProvider client={queryClient}>
          <LanguageRoot>
            <App base={window.location.href} />
          </LanguageRoot>
        </QueryClientProvider>
      </NuqsAdapter>
    </StrictMode>,
  );
}

if (language === 'en') render();
else void loadCatalog(language).catch(() => undefined).then(render);
