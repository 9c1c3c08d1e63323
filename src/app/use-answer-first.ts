import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { Filters } from '../core/filters/filters';
import { useStableCallback } from '../shared/use-stable-callback';

/**
 * How long a click on an engine's dataset waits for the engine's answer
 * before it is written anyway (and the page says it is busy): under the
 * tenth of a second in which a response still reads as immediate.
 */
export const ANSWER_WAIT_MS = 100;

type Held = { next: Filters; timer: ReturnType<typeof setTimeout> };

/**
 * Where an engine answers the panels, a click on a place or a topic asks it
 * first and is written to the view when the answer is in (or after
 * ANSWER_WAIT_MS, whichever comes first). Written at once, the click was
 * drawn twice, busy and then answered, and the busy drawing held the answer
 * back; now a quick answer is drawn once, with its numbers.
 *
 * `ask` starts the engine's query for a state and gives a promise that
 * settles when it is answered (or has failed), or null where the answer is
 * at hand (in the cache, or the events are in the page): that change is
 * written at once, in the click's own task. `write` writes a state to the
 * view. The returned `change` takes the next state, `latest` gives the
 * state the last click asked for (a click that is waiting included), and
 * `settle` writes a waiting click at once: any other change to the view
 * calls it first, so changes are written in the order they were made.
 */
export function useAnswerFirst(ask: (next: Filters) => Promise<unknown> | null, write: (next: Filters) => void) {
  const held = useRef<Held | null>(null);

  const settle = useStableCallback(() => {
    const waiting = held.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    held.current = null;
    // Drawn in the task that brought the answer, the map's and the charts' effects included: the next frame shows all of it.
    flushSync(() => write(waiting.next));
  });

  const change = useStableCallback((next: Filters) => {
    const asked = ask(next);
    if (!asked) {
      settle();
      write(next);
      return;
    }
    // Clicks in quick succession wait together: the first one's deadline holds for all of them.
    const timer = held.current?.timer ?? setTimeout(settle, ANSWER_WAIT_MS);
    held.current = { next, timer };
    // Answered or failed, the click is written: a failed query shows its error on the panels, as any other would.
    const answered = () => {
      if (held.current?.next === next) settle();
    };
    void asked.then(answered, answered);
  });

  const latest = (filters: Filters): Filters => held.current?.next ?? filters;

  // A click still waiting when the page goes is dropped with it.
  useEffect(
    () => () => {
      if (held.current) clearTimeout(held.current.timer);
    },
    [],
  );

  return { change, latest, settle };
}
