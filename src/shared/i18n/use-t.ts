import { createContext, useContext } from 'react';
import { ENGLISH } from './messages';
import { translator, type Translate } from './translator';

export type { Translate } from './translator';

/** The interface's language; English where no provider sets one (a component drawn on its own). */
export const TranslateContext = createContext<Translate>(translator('en', ENGLISH));

export function useT(): Translate {
  return useContext(TranslateContext);
}
