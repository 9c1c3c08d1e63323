import { startTransition, useEffect, useState } from 'react';
import { whenIdleAfter } from './when-idle';

/** The updates waiting for an idle moment, each of which applies itself at once when called. */
const waiting = new Set<() => void>();

/**
 * Applies every update `useIdleValue` is holding back, now: for a print or
 * a picture of the whole page, which must not show a panel a change behind.
 * Call it inside `flushSync` to have them drawn before it returns.
 */
export function flushIdleValues(): void {
  for (const apply of [...waiting]) apply();
}

/** How long the value must stay the same before a change is handed over: a burst of changes is handed over once, at its end. */
const QUIET_MS = 150;
/** How long, after that, the hand-over may wait for the browser to be idle. */
const AT_MOST_MS = 300;

/**
 * `value`, a moment late: a change reaches the component once the value has
 * stayed the same for QUIET_MS and the browser is then idle (at most
 * AT_MOST_MS later; without requestIdleCallback, at once), in a transition.
 * For what is not on screen:
 * - `useDeferredValue` would start its render right after the commit, in the
 *   frame that is meant to show the change, and the parts of it React cannot
 *   split (effects, the charts' store updates) held that frame back;
 * - handed over after every change of a quick series (keys held on the brush,
 *   clicks in a row), the same unsplittable parts landed in the frames of the
 *   next changes.
 * The first value is returned as it is.
 */
export function useIdleValue<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (Object.is(later, value)) return undefined;
    let done = false;
    const apply = () => {
      if (done) return;
      done = true;
      waiting.delete(apply);
      setLater(() => value);
    };
    waiting.add(apply);
    const cancel = whenIdleAfter(QUIET_MS, () => startTransition(apply), AT_MOST_MS);
    return () => {
      done = true;
      waiting.delete(apply);
      cancel();
    };
  }, [value, later]);
  return later;
}
