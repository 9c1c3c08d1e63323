/** What counts as the reader moving on the page: scrolling, touching, clicking or typing. */
const INPUTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

let engaged = false;
const waiting = new Set<() => void>();

function engage() {
  engaged = true;
  for (const input of INPUTS) window.removeEventListener(input, engage, true);
  const runs = [...waiting];
  waiting.clear();
  runs.forEach((run) => run());
}

/**
 * Runs `run` once the reader has first scrolled, touched, clicked or typed
 * on the page (at once if they have). Returns a function that cancels it.
 * Work that only prepares for what the reader may do next waits for this:
 * on load it would hold up the page for someone who may never scroll.
 */
export function afterFirstInput(run: () => void): () => void {
  if (engaged || typeof window === 'undefined') {
    run();
    return () => {};
  }
  if (waiting.size === 0) for (const input of INPUTS) window.addEventListener(input, engage, { capture: true, passive: true });
  waiting.add(run);
  return () => void waiting.delete(run);
}
