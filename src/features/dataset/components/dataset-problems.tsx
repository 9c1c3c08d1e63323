import type { DatasetProblem } from '../../../core/dataset/parse-dataset';

/** How many problems are listed before the rest are counted. */
const SHOWN = 20;

type Props = { problems: ReadonlyArray<DatasetProblem> };

/** A list of dataset problems, each naming its field and row. */
export function DatasetProblems({ problems }: Props) {
  const hidden = problems.length - SHOWN;
  return (
    <>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>…and {hidden} more.</p>}
    </>
  );
}
