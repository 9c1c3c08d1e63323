import { EARLY_INPUT } from './first-view-build';

/** One thing the reader did: a click on a button, a changed field, files dropped on the page. */
export type EarlyInput = { type: 'click' | 'change'; target: Element } | { type: 'drop'; target: Element; files: File[] };

type Early = { inputs: EarlyInput[]; stop: (() => void) | null };

/**
 * Stops keeping the reader's input and gives what was kept, once: the app
 * replays it when it has taken the HTML over (boot.tsx), or drops it when
 * it draws another view.
 */
export function takeEarlyInput(): EarlyInput[] {
  const page = window as unknown as Record<string, Early | undefined>;
  const early = page[EARLY_INPUT];
  if (!early) return [];
  early.stop?.();
  delete page[EARLY_INPUT];
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
