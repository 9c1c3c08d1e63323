import { useQueryStates } from 'nuqs';
import { useState } from 'react';
import { viewParsers } from '../core/view/view-state';

/**
 * The shared view, read from and written to the URL. Every change pushes a
 * history entry, so back and forward step through them and a reload or a
 * shared link restores the view. Embedded in a host's page, a change
 * replaces the entry instead: the frame's history is the host's, and its
 * reader's Back button must leave the article, not step through the frame.
 */
export function useView() {
  const [embedded, setEmbedded] = useState(false);
  const state = useQueryStates(viewParsers, { history: embedded ? 'replace' : 'push' });
  if ((state[0].mode === 'embed') !== embedded) setEmbedded(!embedded);
  return state;
}

export type SetView = ReturnType<typeof useView>[1];
