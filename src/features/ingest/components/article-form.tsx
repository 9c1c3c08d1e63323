import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { ArticleInput } from '../../../../pipeline/ingest/types';
import { useT } from '../../../shared/i18n/use-t';
import { asksForDate, type ReadProblem } from '../utils/read-problem';

type Props = {
  /** Why the last article was not read; a date problem asks for the publication date. */
  problem: ReadProblem | null;
  onRead: (input: ArticleInput) => void;
  /** A file that is neither .txt nor .html. */
  onRefusedFile: (name: string) => void;
};

/** The article to read: pasted, dropped or chosen, with the publication date and outlet when the article does not say. */
export function ArticleForm({ problem, onRead, onRefusedFile }: Props) {
  const ids = { text: useId(), file: useId(), published: useId(), outlet: useId(), problem: useId(), hint: useId() };
  const dateRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [published, setPublished] = useState('');
  const [outlet, setOutlet] = useState('');
  const dateWanted = asksForDate(problem);
  const t = useT();
  // In English the reader's own message, which names what it found; in another language the same problem in its words.
  const problemText =
    problem && (t.locale === 'en' || problem.code === 'file-type' ? problem.message : t(`ingest.error.${problem.code}`, { name: problem.name ?? '', limit: '2 MB', message: problem.detail ?? '' }));

  // The person's next step is the date field: take them there.
  useEffect(() => {
    if (dateWanted) dateRef.current?.focus();
  }, [problem, dateWanted]);

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.(txt|html?)$/i.test(file.name)) {
      onRefusedFile(file.name);
      return;
    }
    setText(await file.text());
    setFileName(file.name);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void takeFile(event.dataTransfer.files[0]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRead({ name: fileName ?? t('ingest.pasted'), content: text, ...(published ? { published } : {}), ...(outlet.trim() ? { outlet: outlet.trim() } : {}) });
  };

  return (
    <form className="ingest__input" onSubmit={submit} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <label htmlFor={ids.text}>{t('ingest.text')}</label>
      <textarea
        id={ids.text}
        value={text}
        rows={8}
        aria-describedby={ids.hint}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setFileName(null);
        }}
      />
      <p id={ids.hint} className="muted">
        {t('ingest.hint')}
      </p>
      <label htmlFor={ids.file}>{t('ingest.file')}</label>
      <input id={ids.file} type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void takeFile(e.currentTarget.files?.[0])} />
      {fileName && <p className="muted">{t('ingest.readFrom', { name: fileName })}</p>}
      <div className="ingest__row">
        <div>
          <label htmlFor={ids.published}>{t('ingest.published')}</label>
          <input
            id={ids.published}
            ref={dateRef}
            type="date"
            value={published}
            required={dateWanted}
            aria-invalid={dateWanted || undefined}
            aria-describedby={dateWanted ? ids.problem : undefined}
            onChange={(e) => setPublished(e.currentTarget.value)}
          />
        </div>
        <div>
          <label htmlFor={ids.outlet}>{t('ingest.outlet')}</label>
          <input id={ids.outlet} type="text" value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)} />
        </div>
      </div>
      {problem && (
        <p id={ids.problem} className="field-error" role="alert">
          {problemText}
        </p>
      )}
      <button type="submit" disabled={!text.trim()}>
        {t('ingest.read')}
      </button>
    </form>
  );
}
