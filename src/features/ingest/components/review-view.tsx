import { useId, useMemo, useRef, useState } from 'react';
import type { EventDraft, ProposedEvent } from '../../../../pipeline/ingest/extract';
import type { IngestResult } from '../../../../pipeline/ingest/ingest';
import { draftOf, formOf, NO_PLACE, type FormDraft, type PlaceChoice } from '../utils/review-form';
import { useT } from '../../../shared/i18n/use-t';
import { ProposalForm } from './proposal-form';

type Props = {
  result: IngestResult;
  /** The places a reviewer can pick, by English name. */
  places: ReadonlyArray<PlaceChoice>;
  /** Keeps an accepted event; a rejection (storage blocked) is shown on its form. */
  onAccept: (proposal: ProposedEvent, draft: EventDraft) => Promise<void> | void;
  onAnother: () => void;
};

type Row = { proposal: ProposedEvent; form: FormDraft; accepted: boolean; problems: string[] };


/**
 * The review of one article: its sentences, the evidence marked, beside the
 * proposed events as forms. Meant to be keyed by the result, so a new
 * article starts a new review.
 */
export function ReviewView({ result, places, onAccept, onAnother }: Props) {
  const { article, extraction } = result;
  const placeList = useId();
  const proposalsRef = useRef<HTMLElement>(null);
  const t = useT();
  const noEvent = t('ingest.noEvent');
  // The forms are the reviewer's edits of the proposals, not a copy of them: they start from the drafts and then belong to the person.
  const [rows, setRows] = useState<Row[]>(() => extraction.proposals.map((proposal) => ({ proposal, form: formOf(proposal.draft, places), accepted: false, problems: [] })));
  const [said, setSaid] = useState(
    extraction.proposals.length === 0 ? noEvent : t('ingest.proposed', { count: extraction.proposals.length }),
  );
  const evidence = useMemo(() => new Set(extraction.proposals.flatMap((p) => p.sentences)), [extraction]);

  const update = (proposal: ProposedEvent, change: (row: Row) => Partial<Row>) => setRows((all) => all.map((row) => (row.proposal === proposal ? { ...row, ...change(row) } : row)));

  const accept = async (row: Row) => {
    const outcome = draftOf(row.form, row.proposal.draft.id, places);
    if (!outcome.draft) {
      update(row.proposal, () => ({ problems: outcome.problems.map((p) => t(p.id, p.values)) }));
      return;
    }
    try {
      await onAccept(row.proposal, outcome.draft);
      update(row.proposal, () => ({ accepted: true, problems: [] }));
      setSaid(t('ingest.accepted', { title: outcome.draft.title }));
    } catch (caught) {
      update(row.proposal, () => ({ problems: [t('ingest.notKept', { message: caught instanceof Error ? caught.message : String(caught) })] }));
    }
  };

  const reject = (row: Row) => {
    setRows((all) => all.filter((r) => r !== row));
    setSaid(t('ingest.rejected', { title: row.form.title }));
    // Its buttons are gone with it: focus stays in the review rather than falling to the page.
    proposalsRef.current?.focus();
  };

  return (
    <div className="ingest__review">
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <section className="ingest__article" aria-label={t('ingest.article')}>
        <h3 lang="en">{article.headline}</h3>
        <p className="muted">
          {t('ingest.publishedLine', { outlet: article.outlet, published: article.published })}{' '}
          <span className="ingest__basis" lang="en">
            ({article.publishedBasis})
          </span>
        </p>
        <ol className="ingest__sentences" lang="en">
          {extraction.sentences.map((sentence, i) => (
            <li key={i}>{evidence.has(sentence) ? <mark>{sentence}</mark> : sentence}</li>
          ))}
        </ol>
        {extraction.warnings.length > 0 && (
          <section className="ingest__warnings" aria-label={t('ingest.warnings')}>
            <h4>{t('ingest.leftOut', { count: extraction.warnings.length })}</h4>
            {t.locale === 'en' ? (
              <ul>
                {extraction.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : (
              <ul>
                {extraction.leftOut.map((w, i) => (
                  <li key={i}>{t.rich(w.reason === 'not-both' ? 'ingest.leftOutNotBoth' : 'ingest.leftOutNoDate', { clause: <q lang="en">{w.clause}</q> })}</li>
                ))}
              </ul>
            )}
          </section>
        )}
        <button type="button" onClick={onAnother}>
          {t('ingest.another')}
        </button>
      </section>
      <section ref={proposalsRef} className="ingest__proposals" aria-label={t('ingest.proposals')} tabIndex={-1}>
        {extraction.proposals.length === 0 && <p>{noEvent}</p>}
        {extraction.proposals.length > 0 && rows.length === 0 && <p>{t('ingest.allRejected')}</p>}
        {rows.map((row) => (
          <ProposalForm
            key={row.proposal.draft.id}
            index={extraction.proposals.indexOf(row.proposal)}
            proposal={row.proposal}
            form={row.form}
            accepted={row.accepted}
            problems={row.problems}
            placeList={placeList}
            onEdit={(change) => update(row.proposal, (r) => ({ form: { ...r.form, ...change }, problems: [] }))}
            onAccept={() => void accept(row)}
            onReject={() => reject(row)}
          />
        ))}
        <datalist id={placeList}>
          <option value={NO_PLACE} />
          {places.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
      </section>
    </div>
  );
}
