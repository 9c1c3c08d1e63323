import { test as base, expect, type Page } from '@playwright/test';

/** Records every request that leaves the page's origin, and every console error. */
export const test = base.extend<{ watch: { foreign: string[]; consoleErrors: string[] } }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      // The browser's report of a failed load does not say what failed to load: its location does.
      const text = message.text();
      const { url } = message.location();
      consoleErrors.push(text.startsWith('Failed to load resource: ') && url ? `${text} (${url}, on ${page.url()})` : text);
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await use({ foreign, consoleErrors });
  },
});

export { expect };

/** The rows of the event list. */
export const eventRows = (page: Page) => page.getByRole('region', { name: 'Events' }).getByRole('listitem');
