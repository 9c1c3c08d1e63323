import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { EventDraft, ProposedEvent } from '../../../../pipeline/ingest/extract';
import { allPlaces, placeById } from '../../../../pipeline/ingest/gazetteer';
import { ingestArticle, type IngestResult } from '../../../../pipeline/ingest/ingest';
import type { ArticleInput } from '../../../../pipeline/ingest/types';
import { addReviewed } from '../api/reviewed-store';
import { reviewedQueryOptions } from '../api/reviewed-query';
import { acceptedDataset } from '../utils/accepted-dataset';
import { problemOf, type ReadProblem } from '../utils/read-problem';
import { ArticleForm } from './article-form';
import { ReviewedStore } from './reviewed-store';
import { ReviewView } from './review-view';
import { IngestWords } from '../../../shared/i18n/ingest-words';
import { useT } from '../../../shared/i18n/use-t';

type Props = {
  /** Called after the reviewed events in the store changed, so the dashboard reads them again. */
  onSaved: () => void;
  onClose: () => void;
};

const PLACES = allPlaces();
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Add article…: a pasted or dropped article is read into proposed events,
 * which a person reviews field by field and accepts or rejects. Accepted
 * events are kept in this browser and join the dataset in view through the
 * reviewed query; none of this code loads before the dialog opens.
 */
export default function AddArticleDialog(props: Props) {
  return (
    <IngestWords>
      <Dialog {...props} />
    </IngestWords>
  );
}

function Dialog({ onSaved, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [problem, setProblem] = useState<ReadProblem | null>(null);
  // The ingest runs here, in the browser: its result is this dialog's own state, not data of a query.
  const [result, setResult] = useState<IngestResult | null>(null);
  // Each reading starts a fresh review, even of the same article.
  const [readings, setReadings] = useState(0);
  const reviewed = useQuery(reviewedQueryOptions());
  const t = useT();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const read = (input: ArticleInput) => {
    try {
      setResult(ingestArticle(input, today()));
      setReadings((n) => n + 1);
      setProblem(null);
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  const accept = async (proposal: ProposedEvent, draft: EventDraft) => {
    if (!result) return;
    const place = draft.placeId ? placeById(draft.placeId) : undefined;
    await addReviewed(result.article.sourceId, acceptedDataset(result, proposal, draft, place, today()));
    onSaved();
  };

  // The dashboard opens a dropped .json as a dataset; in here a drop is an article (the form takes it) or nothing.
  const keepDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <dialog ref={dialogRef} className="ingest" aria-labelledby={titleId} onClose={onClose} onDragOver={keepDrop} onDrop={keepDrop}>
      <div className="ingest__head">
        <h2 id={titleId}>{t('ingest.title')}</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('ingest.close')}
        </button>
      </div>
      {result ? (
        <ReviewView
          key={readings}
          result={result}
          places={PLACES}
          onAccept={accept}
          onAnother={() => setResult(null)}
        />
      ) : (
        <ArticleForm problem={problem} onRead={read} onRefusedFile={(name) => setProblem({ code: 'file-type', name, message: t('ingest.refusedFile', { name }) })} />
      )}
      <ReviewedStore dataset={reviewed.data?.reviewed ?? null} onCleared={onSaved} />
    </dialog>
  );
}
