import { LANGUAGES } from './core/i18n/languages.ts';
import type { FirstViewBuild } from './core/view/first-view.ts';

/** The attribute on `#root` that marks HTML rendered when the app was built, and on `<html>` the mark that it does not fit this page. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';
export const FIRST_VIEW_HIDDEN = 'data-first-view-hidden';

/** The view the HTML is rendered for: the app's root path, in the first of its languages (English). */
export const FIRST_VIEW_BUILD: FirstViewBuild = { pathname: '/', languages: LANGUAGES };

/** Where the script after the first view's HTML keeps what the reader did before the app took the HTML over. */
export const EARLY_INPUT = '__thawMonitorEarlyInput';

/** One thing the reader did: a click on a button, a changed field, files dropped on the page. */
export type EarlyInput = { type: 'click' | 'change'; target: Element } | { type: 'drop'; target: Element; files: File[] };

type Early = { inputs: EarlyInput[]; stop: (() => void) | null };

/**
 * Stops keeping the reader's input and gives what was kept, once: the app
 * replays it when it has taken the HTML over (boot.tsx), or drops it when
 * it draws another view.
 */
export function takeEarlyInput(): EarlyInput[] {
  const early = (window as unknown as Record<string, Early | undefined>)[EARLY_INPUT];
  if (!early) return [];
  early.stop?.();
  delete (window as unknown as Record<string, Early | undefined>)[EARLY_INPUT];
  return early.inputs;
}

/** Does again what the reader did before the app was there, now that it listens: in order, on the elements still in the page. */
export function replayEarlyInput(inputs: ReadonlyArray<EarlyInput>): void {
  for (const input of inputs) {
    if (!input.target.isConnected) continue;
    if (input.type === 'drop') {
      const transfer = new DataTransfer();
      input.files.forEach((file) => transfer.items.add(file));
      input.target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    } else if (input.type === 'click') (input.target as HTMLElement).click();
    else input.target.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
