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

/**
 * Runs `run` after `delay` ms and then once the browser is idle, at most
 * `timeout` ms later (where there is no requestIdleCallback, at once after
 * the delay). Returns a function that cancels it, in either wait.
 */
export function whenIdleAfter(delay: number, run: () => void, timeout: number): () => void {
  let cancelIdle = () => {};
  const timer = window.setTimeout(() => (cancelIdle = whenIdle(run, timeout, 0)), delay);
  return () => {
    window.clearTimeout(timer);
    cancelIdle();
  };
}
