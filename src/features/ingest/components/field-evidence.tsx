import { useWords, type Words } from '../../../shared/i18n/use-words';
import { placeById } from '../../../../pipeline/ingest/gazetteer';
import type { MessageId } from '../../../shared/i18n/messages';
import type { FieldEvidence as Evidence } from '../../../../pipeline/ingest/types';

type Props = { id?: string; label: string; evidence: Evidence | undefined };

/** Where a proposed field came from: the words read, the confidence, the note; the whole sentence on hover and for screen readers. */
export function FieldEvidence({ id, label, evidence }: Props) {
  const words = useWords();
  const { t } = words;
  if (!evidence) return null;
  return (
    <span id={id} className="ingest__why" title={evidence.sentence}>
      {t('ingest.why', { label, match: evidence.match || 'none', confidence: Math.round(evidence.confidence * 100) / 100 })}
      {evidence.note && (t.locale === 'en' || !evidence.noteId ? `: ${evidence.note}` : t('ingest.noteJoin', { note: noteText(evidence, words) }))}
      <span className="visually-hidden">{t('ingest.whySentence', { sentence: evidence.sentence })}</span>
    </span>
  );
}

/** A note of the ingest in the reader's language: a capital by its name there, a kind by its translated name. */
function noteText(evidence: Evidence, words: Words): string {
  const values = { ...evidence.noteValues };
  const capital = values.capitalId ? placeById(values.capitalId) : undefined;
  if (capital) values.capital = words.place(capital);
  if (values.cameo) values.kind = words.kind({ cameo: values.cameo, label: values.cameo });
  return words.t(`ingest.note.${evidence.noteId}` as MessageId, values);
}
