import { useT } from '../../../shared/i18n/use-t';
import { useImportProgress } from '../import/import-progress';

type Props = { onCancel: () => void };

/** While a GDELT or ACLED export is being imported: how far it is, and a button that stops it and keeps the dataset there was. */
export function ImportProgressBar({ onCancel }: Props) {
  const t = useT();
  const progress = useImportProgress();
  if (!progress) return null;
  const label = t('import.progress', { name: progress.name, share: progress.share });
  return (
    <div className="notice import-progress">
      <p role="status">{label}</p>
      <progress max={1} value={progress.share} aria-label={label} />
      <button type="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
