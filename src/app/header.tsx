import { useEffect, useState, type ReactNode } from 'react';
import type { Coding } from '../core/filters/coding';
import { LANGUAGE_INFO, LANGUAGES, languageOfTag, type Language } from '../core/i18n/languages';
import { DatasetFilePicker } from '../features/dataset/components/dataset-file-picker';
import { useT } from '../shared/i18n/use-t';

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
  /** Chooses another language; the menu shows the one on screen. */
  onLanguage: (lang: Language) => void;
  /** Curated and reviewed events, machine-coded ones, or both: offered where the dataset has both kinds. */
  coding?: { value: Coding; counts: { curated: number; machine: number }; onChange: (coding: Coding) => void } | null;
};

/** Title, dataset summary, live count and the view's actions. */
export function Header({ summary, status, canReset, onReset, onFile, onPresent, onAddArticle, exports, linkNote, onLanguage, coding = null }: Props) {
  const t = useT();
  // The language on screen, which the address's lang names once its catalog has arrived.
  const shown = languageOfTag(t.locale);
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
        <h1>{t('app.title')}</h1>
        <p className="shell__summary">{summary}</p>
      </div>
      <p className="shell__status" role="status">
        {status}
        {copyState === 'copied' && <span className="visually-hidden">{t('header.linkCopiedSr', { note: note ?? '' })}</span>}
      </p>
      <div className="shell__actions">
        <button type="button" onClick={onReset} disabled={!canReset}>
          {t('header.reset')}
        </button>
        <button type="button" onClick={() => void copyLink()}>
          {t(copyState === 'copied' ? 'header.linkCopied' : 'header.copyLink')}
        </button>
        <button type="button" onClick={onPresent}>
          {t('header.present')}
        </button>
        {exports}
        <DatasetFilePicker onFile={onFile} />
        <button type="button" onClick={onAddArticle}>
          {t('header.addArticle')}
        </button>
        {coding && (
          <label className="header-select">
            <span className="visually-hidden">{t('coding.label')}</span>
            <select value={coding.value} onChange={(e) => coding.onChange(e.currentTarget.value as Coding)}>
              <option value="all">{t('coding.all', { count: coding.counts.curated + coding.counts.machine })}</option>
              <option value="curated">{t('coding.curated', { count: coding.counts.curated })}</option>
              <option value="machine">{t('coding.machine', { count: coding.counts.machine })}</option>
            </select>
          </label>
        )}
        <label className="header-select">
          <span className="visually-hidden">{t('header.language')}</span>
          <select value={shown} onChange={(e) => onLanguage(e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={LANGUAGE_INFO[l].tag}>
                {LANGUAGE_INFO[l].name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {copyState === 'failed' && (
        <p className="field-error shell__copy-fallback">
          {t('header.copyFailed')} <input readOnly value={window.location.href} aria-label={t('header.linkLabel')} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      {note && <p className="shell__copy-note">{note}</p>}
    </header>
  );
}
