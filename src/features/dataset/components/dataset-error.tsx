import { DatasetLoadError } from '../api/dataset-query';
import { DatasetProblems } from './dataset-problems';

type Props = { error: Error; onRetry: () => void; onUseBuiltIn?: () => void };

/** Why the dataset could not be shown, and what the user can do next. */
export function DatasetErrorPanel({ error, onRetry, onUseBuiltIn }: Props) {
  const problems = error instanceof DatasetLoadError ? error.problems : [{ path: '(load)', message: error.message }];
  const origin = error instanceof DatasetLoadError ? error.origin : 'the dataset';
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">The dataset could not be loaded</h2>
      <p>
        <strong>{origin}</strong> has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}:
      </p>
      <DatasetProblems problems={problems} />
      <div className="actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        {onUseBuiltIn && (
          <button type="button" onClick={onUseBuiltIn}>
            Use the built-in dataset
          </button>
        )}
      </div>
    </section>
  );
}
