import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A handler that keeps its identity from render to render and always calls
 * the latest `handler`: a chart handed it is not given new settings (and
 * redrawn) just because the handler's closure changed.
 */
export function useStableCallback<Args extends unknown[], Result>(handler: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
