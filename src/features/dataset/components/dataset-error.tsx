import { DatasetLoadError } from '../api/dataset-query';
import { useT } from '../../../shared/i18n/use-t';
import { DatasetProblems } from './dataset-problems';

type Props = { error: Error; onRetry: () => void; onUseBuiltIn?: () => void };

/** Why the dataset could not be shown, and what the user can do next. */
export function DatasetErrorPanel({ error, onRetry, onUseBuiltIn }: Props) {
  const problems = error instanceof DatasetLoadError ? error.problems : [{ path: '(load)', message: error.message }];
  const t = useT();
  const origin = error instanceof DatasetLoadError ? error.origin : t('dataset.theDataset');
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{t('dataset.errorTitle')}</h2>
      <p>
        {t.rich('dataset.errorIntro', { origin, count: problems.length, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <DatasetProblems problems={problems} />
      <div className="actions">
        <button type="button" onClick={onRetry}>
          {t('dataset.tryAgain')}
        </button>
        {onUseBuiltIn && (
          <button type="button" onClick={onUseBuiltIn}>
            {t('dataset.useBuiltIn')}
          </button>
        )}
      </div>
    </section>
  );
}
