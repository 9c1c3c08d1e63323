import { useEffect } from 'react';

/** The performance mark set when the dashboard first shows data; benchmarks read it. */
export const READY_MARK = 'thaw-monitor:ready';

/** Sets READY_MARK once per page, after the first commit in which `ready` is true. */
export function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (ready && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [ready]);
}
