import { useRef, useState } from 'react';
import type { Dataset } from '../../../core/dataset/schema';
import { clearReviewed } from '../api/reviewed-store';
import { downloadDataset } from '../utils/download-dataset';

type Props = {
  /** Every reviewed event kept in this browser, as one dataset. */
  dataset: Dataset | null;
  onCleared: () => void;
};

const events = (n: number) => `${n} reviewed ${n === 1 ? 'event' : 'events'}`;

/** What this browser keeps: how many reviewed events, to export as a dataset file or to clear (after a confirm step). */
export function ReviewedStore({ dataset, onCleared }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const count = dataset?.events.length ?? 0;

  const clear = async () => {
    await clearReviewed();
    setConfirming(false);
    setSaid('The reviewed events were cleared from this browser.');
    onCleared();
    // The buttons are gone: keep focus in the dialog, on what it now says.
    sectionRef.current?.focus();
  };

  return (
    <section ref={sectionRef} className="ingest__store" aria-label="Reviewed events in this browser" tabIndex={-1}>
      <p role="status">{count === 0 ? said || 'No reviewed events are kept in this browser.' : `${events(count)} kept in this browser.`}</p>
      {dataset && count > 0 && !confirming && (
        <>
          <button type="button" onClick={() => downloadDataset(dataset, 'thaw-monitor-reviewed.json')}>
            Export reviewed events
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Clear reviewed events
          </button>
        </>
      )}
      {count > 0 && confirming && (
        <>
          <button type="button" className="ingest__danger" autoFocus onClick={() => void clear()}>
            Confirm: clear {events(count)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      )}
    </section>
  );
}
