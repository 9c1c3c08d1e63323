import { useT } from '../../../shared/i18n/use-t';
import type { FieldEvidence as Evidence } from '../../../../pipeline/ingest/types';

type Props = { id?: string; label: string; evidence: Evidence | undefined };

/** Where a proposed field came from: the words read, the confidence, the note; the whole sentence on hover and for screen readers. */
export function FieldEvidence({ id, label, evidence }: Props) {
  const t = useT();
  if (!evidence) return null;
  return (
    <span id={id} className="ingest__why" title={evidence.sentence}>
      {t('ingest.why', { label, match: evidence.match || 'none', confidence: Math.round(evidence.confidence * 100) / 100 })}
      {evidence.note && (
        <>
          : <span lang="en">{evidence.note}</span>
        </>
      )}
      <span className="visually-hidden">{t('ingest.whySentence', { sentence: evidence.sentence })}</span>
    </span>
  );
}
