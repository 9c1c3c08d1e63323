import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { ArticleInput } from '../../../../pipeline/ingest/types';
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
    onRead({ name: fileName ?? 'pasted text', content: text, ...(published ? { published } : {}), ...(outlet.trim() ? { outlet: outlet.trim() } : {}) });
  };

  return (
    <form className="ingest__input" onSubmit={submit} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <label htmlFor={ids.text}>Article text or saved web page (HTML)</label>
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
        Paste an English news article, or drop a .txt or .html file here. Nothing leaves this browser.
      </p>
      <label htmlFor={ids.file}>Or choose a file</label>
      <input id={ids.file} type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void takeFile(e.currentTarget.files?.[0])} />
      {fileName && <p className="muted">Read from {fileName}.</p>}
      <div className="ingest__row">
        <div>
          <label htmlFor={ids.published}>Publication date (if the article does not say)</label>
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
          <label htmlFor={ids.outlet}>Outlet (optional)</label>
          <input id={ids.outlet} type="text" value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)} />
        </div>
      </div>
      {problem && (
        <p id={ids.problem} className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      <button type="submit" disabled={!text.trim()}>
        Read article
      </button>
    </form>
  );
}
