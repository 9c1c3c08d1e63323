import type { DatasetProblem } from '../../../core/dataset/parse-dataset';
import { DatasetProblems } from './dataset-problems';

type Props = { origin: string; warnings: ReadonlyArray<DatasetProblem>; skippedEvents: number };

/** A partial load: the rows that were skipped and why. */
export function DatasetWarnings({ origin, warnings, skippedEvents }: Props) {
  if (warnings.length === 0) return null;
  return (
    <section className="panel panel--warning" role="status" aria-labelledby="dataset-warnings-title">
      <details>
        <summary id="dataset-warnings-title">
          {skippedEvents} {skippedEvents === 1 ? 'event was' : 'events were'} skipped from {origin}
        </summary>
        <DatasetProblems problems={warnings} />
      </details>
    </section>
  );
}
