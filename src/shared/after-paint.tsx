import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { flushIdleValues } from './use-idle-value';
import { afterFirstInput } from './after-first-input';
import { whenIdle, whenIdleAfter } from './when-idle';
import { QUIET_MS } from '../first-view-build';

/** One deferred part of the page, waiting for its turn. */
type Part = { load?: () => Promise<unknown>; reveal: () => void; fail: (error: unknown) => void; live: boolean };

// The parts are drawn one at a time, each in a task and a commit of its own, and the first only once the browser
// has painted the commit that showed the data: none of them lengthens that commit or the long task around it.
const queue: Part[] = [];
let current: Part | null = null;

function runNext() {
  current = queue.shift() ?? null;
  const part = current;
  if (!part) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!part.live) return release(part);
      // The code of every part waiting is fetched now, side by side; the parts are still drawn one at a time.
      for (const next of queue) void next.load?.().catch(() => undefined);
      const reveal = () => (part.live ? startTransition(part.reveal) : release(part));
      const fail = (error: unknown) => (part.live ? part.fail(error) : release(part));
      void (part.load?.() ?? Promise.resolve()).then(reveal, fail);
    }, 0),
  );
}

function release(part: Part) {
  part.live = false;
  if (part === current) runNext();
}

/** Every part not drawn yet, with how to draw it at once and whether its code is here. */
type Waiting = { load?: () => Promise<unknown>; force: () => void; loaded: boolean };
const waiting = new Set<Waiting>();

/** Draws `parts` and every change the panels off screen are still waiting for, before it returns. */
function drawNow(parts: ReadonlyArray<Waiting>) {
  flushSync(() => {
    flushIdleValues();
    parts.forEach((part) => part.force());
  });
}

/**
 * Printing cannot wait for a fetch: the parts' code is fetched once the
 * reader has moved on the page (Ctrl+P is a key) or it has been quiet for a
 * few seconds, and a print draws, synchronously, every part whose code has arrived (a chart
 * below the fold of a phone included), with the change the panels off
 * screen may still be waiting for.
 */
function drawForPrint() {
  drawNow([...waiting].filter((part) => part.loaded));
}
if (typeof window !== 'undefined') window.addEventListener('beforeprint', drawForPrint);

/**
 * Draws every deferred part now, wherever it is, and resolves once the
 * browser has laid them out: for the PNG export, which pictures the whole
 * dashboard.
 */
export async function showAll(): Promise<void> {
  const parts = [...waiting];
  await Promise.all(parts.map((part) => part.load?.()));
  drawNow(parts);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}


/** How long after it comes near the screen a part waits before it is drawn, and then for the page to be idle. */
const NEAR_WAIT_MS = 400;

type Props = {
  /** The part; a function is called when it is drawn (to read a module `load` has set). */
  children: ReactNode | (() => ReactNode);
  /** A box of the part's size, shown until then, so nothing moves when it appears. */
  fallback: ReactNode;
  /** The part's code (a dynamic import), fetched when its turn comes. */
  load?: () => Promise<unknown>;
  /**
   * Wait until the box is on screen, or within this margin of the viewport
   * (an IntersectionObserver rootMargin) once the reader has scrolled or
   * otherwise moved on the page, and then a moment, until the page is idle.
   */
  near?: string;
};

/**
 * Shows `fallback` in the commit that first shows the dashboard and draws
 * `children` after the browser has painted it (with `near`, once the box is
 * on screen, or close to it and the page idle), one deferred part after
 * another. Heavy parts (recharts, Leaflet) then never sit in the long task
 * that shows the data, and charts below the fold of a phone cost nothing
 * until scrolled to.
 */
export function AfterPaint({ children, fallback, load, near }: Props) {
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const [inView, setInView] = useState(near === undefined || typeof IntersectionObserver === 'undefined');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown) return undefined;
    const entry: Waiting = { load, force: () => setShown(true), loaded: !load };
    waiting.add(entry);
    // The code of a part not drawn yet is fetched once the reader moves on the page and it is idle: running a chunk's
    // modules (Recharts' store, for one) is a long task of its own on a slow processor, due only when it may be used.
    // Failing that, once the page has been quiet a while, so that a print (which cannot wait for a fetch) finds it.
    let fetched = false;
    const fetchCode = () => {
      if (fetched || !load) return;
      fetched = true;
      whenIdle(() => void load().then(() => (entry.loaded = true), () => undefined), 5000, 1000);
    };
    const cancelInput = load ? afterFirstInput(fetchCode) : undefined;
    // Quiet since the page opened: where the app itself came only when the page had been quiet that long, at once.
    const cancelQuiet = load ? whenIdleAfter(Math.max(0, QUIET_MS - performance.now()), fetchCode, 5000) : undefined;
    return () => {
      cancelInput?.();
      cancelQuiet?.();
      waiting.delete(entry);
    };
  }, [shown, load]);

  // On screen, a part is drawn at once. Only near it, the part waits for the reader to move on the page (a phone that
  // is only read at the top never draws it), then a moment and for the page to be idle: the first thing the user does
  // after the dashboard appears is then not held up by drawing what is not on screen.
  useEffect(() => {
    const element = box.current;
    if (inView || shown || !element) return undefined;
    let cancelLater: (() => void) | null = null;
    const draw = () => setInView(true);
    const onScreen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw());
    const nearScreen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          if (cancelLater) return;
          let cancelIdle = () => {};
          const cancelInput = afterFirstInput(() => (cancelIdle = whenIdleAfter(NEAR_WAIT_MS, draw, 2000)));
          cancelLater = () => {
            cancelInput();
            cancelIdle();
          };
        }
        else {
          cancelLater?.();
          cancelLater = null;
        }
      },
      { rootMargin: near },
    );
    onScreen.observe(element);
    nearScreen.observe(element);
    return () => {
      onScreen.disconnect();
      nearScreen.disconnect();
      cancelLater?.();
    };
  }, [inView, shown, near]);

  useEffect(() => {
    if (shown || !inView) return undefined;
    const part: Part = { load, reveal: () => setShown(true), fail: (error) => setFailed({ error }), live: true };
    queue.push(part);
    if (!current) runNext();
    return () => release(part);
  }, [inView, shown, load]);

  // A part whose code could not be fetched fails in render, where the panel's error boundary says so and offers a retry.
  if (failed) throw failed.error instanceof Error ? failed.error : new Error(String(failed.error));
  if (!shown) return near === undefined ? fallback : <div ref={box}>{fallback}</div>;
  return typeof children === 'function' ? children() : children;
}
