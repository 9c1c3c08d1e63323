import { useSyncExternalStore } from 'react';

/** How far the import of a file is: its name and the share read, 0 to 1. */
export type ImportProgress = { name: string; share: number } | null;

let current: ImportProgress = null;
const listeners = new Set<() => void>();

export function setImportProgress(next: ImportProgress): void {
  current = next;
  for (const listener of listeners) listener();
}

/** The import in progress, if any, for the page to show with a Cancel button. */
export function useImportProgress(): ImportProgress {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => current,
  );
}
