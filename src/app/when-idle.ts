/**
 * Runs `run` once the browser is idle, and at the latest after `timeout` ms;
 * where there is no requestIdleCallback, after `fallback` ms. Returns a
 * function that cancels it.
 */
export function whenIdle(run: () => void, timeout: number, fallback = timeout): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, fallback);
  return () => window.clearTimeout(handle);
}
