import type { DatasetProblem } from '../../../core/dataset/parse-dataset';
import { useT } from '../../../shared/i18n/use-t';
import { DatasetProblems } from './dataset-problems';

type Props = { origin: string; warnings: ReadonlyArray<DatasetProblem>; skippedEvents: number; eventCount: number };

/** A partial load: the rows that were skipped and why; or, for a valid dataset with no events, a note saying so. */
export function DatasetWarnings({ origin, warnings, skippedEvents, eventCount }: Props) {
  const t = useT();
  if (warnings.length === 0) {
    // Valid (an export of an empty view looks like this), but every panel would otherwise just say "no events match".
    if (eventCount > 0) return null;
    return (
      <p className="notice notice--warning" role="status">
        {t('dataset.empty', { origin })}
      </p>
    );
  }
  return (
    <section className="panel panel--warning" role="status" aria-labelledby="dataset-warnings-title">
      <details>
        <summary id="dataset-warnings-title">
          {t('dataset.skipped', { count: skippedEvents, origin })}
        </summary>
        <DatasetProblems problems={warnings} />
      </details>
    </section>
  );
}
