import { useEffect, useState, type ReactNode } from 'react';
import { DatasetFilePicker } from '../features/dataset/components/dataset-file-picker';

type Props = {
  summary: string;
  /** "X of N events", announced politely when it changes. */
  status: string;
  canReset: boolean;
  onReset: () => void;
  onFile: (file: File) => void;
  onPresent: () => void;
  /** Opens Add article…, the review of events read from a news article. */
  onAddArticle: () => void;
  /** The export buttons, once there is something to export. */
  exports?: ReactNode;
  /** What a copied link leaves out of the view, said once a link is copied. */
  linkNote?: string | null;
};

/** Title, dataset summary, live count and the view's actions. */
export function Header({ summary, status, canReset, onReset, onFile, onPresent, onAddArticle, exports, linkNote }: Props) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Stays until the view's dataset changes: the note is about this one.
  const [noted, setNoted] = useState<string | null>(null);
  const note = noted !== null && noted === linkNote ? noted : null;

  useEffect(() => {
    if (copyState !== 'copied') return undefined;
    const timer = window.setTimeout(() => setCopyState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [copyState]);

  const copyLink = async () => {
    setNoted(linkNote ?? null);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <header className="shell__header">
      <div className="shell__title">
        <h1>Thaw Monitor</h1>
        <p className="shell__summary">{summary}</p>
      </div>
      <p className="shell__status" role="status">
        {status}
        {copyState === 'copied' && <span className="visually-hidden">. Link copied. {note}</span>}
      </p>
      <div className="shell__actions">
        <button type="button" onClick={onReset} disabled={!canReset}>
          Reset
        </button>
        <button type="button" onClick={() => void copyLink()}>
          {copyState === 'copied' ? 'Link copied' : 'Copy link'}
        </button>
        <button type="button" onClick={onPresent}>
          Present
        </button>
        {exports}
        <DatasetFilePicker onFile={onFile} />
        <button type="button" onClick={onAddArticle}>
          Add article…
        </button>
      </div>
      {copyState === 'failed' && (
        <p className="field-error shell__copy-fallback">
          The browser did not allow copying. The link to this view is: <input readOnly value={window.location.href} aria-label="Link to this view" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      {note && <p className="shell__copy-note">{note}</p>}
    </header>
  );
}
