import { useRef, useState } from 'react';
import type { Dataset } from '../../../core/dataset/schema';
import { clearReviewed } from '../api/reviewed-store';
import { useT } from '../../../shared/i18n/use-t';
import { downloadDataset } from '../utils/download-dataset';

type Props = {
  /** Every reviewed event kept in this browser, as one dataset. */
  dataset: Dataset | null;
  onCleared: () => void;
};


/** What this browser keeps: how many reviewed events, to export as a dataset file or to clear (after a confirm step). */
export function ReviewedStore({ dataset, onCleared }: Props) {
  const [confirming, setConfirming] = useState(false);
  const t = useT();
  const [said, setSaid] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const count = dataset?.events.length ?? 0;

  const clear = async () => {
    await clearReviewed();
    setConfirming(false);
    setSaid(t('ingest.storeCleared'));
    onCleared();
    // The buttons are gone: keep focus in the dialog, on what it now says.
    sectionRef.current?.focus();
  };

  return (
    <section ref={sectionRef} className="ingest__store" aria-label={t('ingest.store')} tabIndex={-1}>
      <p role="status">{count === 0 ? said || t('ingest.storeNone') : t('ingest.storeCount', { count })}</p>
      {dataset && count > 0 && !confirming && (
        <>
          <button type="button" onClick={() => downloadDataset(dataset, 'thaw-monitor-reviewed.json')}>
            {t('ingest.export')}
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            {t('ingest.clear')}
          </button>
        </>
      )}
      {count > 0 && confirming && (
        <>
          <button type="button" className="ingest__danger" autoFocus onClick={() => void clear()}>
            {t('ingest.confirmClear', { count })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('ingest.cancel')}
          </button>
        </>
      )}
    </section>
  );
}
