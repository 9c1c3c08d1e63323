import { useQueryStates } from 'nuqs';
import { viewParsers } from '../core/view/view-state';

/**
 * The shared view, read from and written to the URL. Every change pushes a
 * history entry, so back and forward step through them and a reload or a
 * shared link restores the view.
 */
export function useView() {
  return useQueryStates(viewParsers, { history: 'push' });
}

export type SetView = ReturnType<typeof useView>[1];
