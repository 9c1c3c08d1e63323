import type { DatasetProblem } from '../../../core/dataset/parse-dataset';
import { useT } from '../../../shared/i18n/use-t';

/** How many problems are listed before the rest are counted. */
const SHOWN = 20;

type Props = { problems: ReadonlyArray<DatasetProblem> };

/**
 * A list of dataset problems, each naming its field and row (the JSON path,
 * as the file has it) and saying what is wrong in the interface's language.
 * In English the message is the one the check wrote (zod's own wording),
 * which the command line prints too.
 */
export function DatasetProblems({ problems }: Props) {
  const t = useT();
  const hidden = problems.length - SHOWN;
  return (
    <>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>
            <code>{problem.path}</code>: {problem.code && t.locale !== 'en' ? t(`problem.${problem.code}`, problem.params) : problem.message}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('dataset.more', { count: hidden })}</p>}
    </>
  );
}
