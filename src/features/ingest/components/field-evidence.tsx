import type { FieldEvidence as Evidence } from '../../../../pipeline/ingest/types';

type Props = { id?: string; label: string; evidence: Evidence | undefined };

/** Where a proposed field came from: the words read, the confidence, the note; the whole sentence on hover and for screen readers. */
export function FieldEvidence({ id, label, evidence }: Props) {
  if (!evidence) return null;
  return (
    <span id={id} className="ingest__why" title={evidence.sentence}>
      {label}: {evidence.match ? <>from “<span lang="en">{evidence.match}</span>”</> : 'no words of the text'}, confidence {Math.round(evidence.confidence * 100)}%
      {evidence.note ? `: ${evidence.note}` : ''}
      <span className="visually-hidden">. Sentence: {evidence.sentence}</span>
    </span>
  );
}
