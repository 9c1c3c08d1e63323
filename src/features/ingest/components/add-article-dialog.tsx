import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { EventDraft, ProposedEvent } from '../../../../pipeline/ingest/extract';
import { allPlaces } from '../../../../pipeline/ingest/gazetteer';
import { ingestArticle, type IngestResult } from '../../../../pipeline/ingest/ingest';
import { mergeDatasets } from '../../../../pipeline/ingest/merge';
import { datasetOf } from '../../../../pipeline/ingest/to-dataset';
import { IngestError, type FieldEvidence } from '../../../../pipeline/ingest/types';
import { isAcceptedDate } from '../../../core/dataset/dates';
import { EVENT_KINDS, type CameoCode } from '../../../core/dataset/kinds';
import type { Actor, Dataset, EventStatus } from '../../../core/dataset/schema';
import { clearReviewed, loadReviewed, saveReviewed } from '../api/reviewed-store';

type Props = {
  /** Called after the reviewed events in the store changed, so the dashboard shows them. */
  onSaved: () => void;
  onClose: () => void;
};

/** A draft as the review form holds it: every field as text, as typed. */
type FormDraft = {
  title: string;
  date: string;
  datePrecision: EventDraft['datePrecision'];
  endDate: string;
  status: EventStatus;
  cameo: CameoCode;
  place: string;
  geoPrecision: '1' | '2' | '3';
  actors: string;
};

type Review = { result: IngestResult; forms: FormDraft[]; decided: Array<'accepted' | 'rejected' | null>; errors: Array<string[]> };

const STATUSES: EventStatus[] = ['held', 'scheduled', 'proposed', 'cancelled'];
const PLACES = allPlaces();
const PLACE_BY_NAME = new Map(PLACES.flatMap((p) => [[p.name.toLowerCase(), p] as const, [p.id, p] as const]));
const today = () => new Date().toISOString().slice(0, 10);

function formOf(draft: EventDraft): FormDraft {
  return {
    title: draft.title,
    date: draft.date,
    datePrecision: draft.datePrecision,
    endDate: draft.endDate ?? '',
    status: draft.status,
    cameo: draft.cameo,
    place: draft.placeId ? (PLACES.find((p) => p.id === draft.placeId)?.name ?? draft.placeId) : '',
    geoPrecision: String(draft.geoPrecision ?? 3) as FormDraft['geoPrecision'],
    actors: draft.actors.map((a) => `${a.name}; ${a.role}; ${a.country}`).join('\n'),
  };
}

/** The draft a form stands for, or the problems that keep it from being one, each naming its field. */
function draftOf(form: FormDraft, id: string): { draft?: EventDraft; problems: string[] } {
  const problems: string[] = [];
  if (!form.title.trim()) problems.push('Title: give the event a title.');
  if (!isAcceptedDate(form.date)) problems.push(`Date: "${form.date}" is not a date (YYYY-MM-DD).`);
  if (form.endDate && !isAcceptedDate(form.endDate)) problems.push(`End date: "${form.endDate}" is not a date (YYYY-MM-DD).`);
  if (form.endDate && isAcceptedDate(form.endDate) && form.endDate < form.date) problems.push('End date: it is before the date.');
  const place = form.place.trim() ? PLACE_BY_NAME.get(form.place.trim().toLowerCase()) : undefined;
  if (form.place.trim() && !place) problems.push(`Place: no place named "${form.place.trim()}" in the gazetteer; pick one from the list, or leave it empty for an event with no place.`);
  const actors: Actor[] = [];
  form.actors
    .split('\n')
    .map((line) => line.trim())
    .forEach((line, i) => {
      if (!line) return;
      const [name, role, country] = line.split(';').map((part) => part.trim());
      if (!name || !role || !/^[A-Z]{2}$/.test(country ?? '')) problems.push(`Actors, line ${i + 1}: write "name; role; country code", e.g. "Wang Yi; Foreign Minister of China; CN".`);
      else actors.push({ name, role, country });
    });
  if (problems.length > 0) return { problems };
  // Dates of a month or a year are stored as their first day.
  const date = form.datePrecision === 'day' ? form.date : form.datePrecision === 'month' ? `${form.date.slice(0, 7)}-01` : `${form.date.slice(0, 4)}-01-01`;
  return {
    problems,
    draft: {
      id,
      title: form.title.trim(),
      date,
      datePrecision: form.datePrecision,
      ...(form.endDate ? { endDate: form.endDate } : {}),
      status: form.status,
      cameo: form.cameo,
      ...(place ? { placeId: place.id, geoPrecision: Number(form.geoPrecision) as 1 | 2 | 3 } : {}),
      actors,
    },
  };
}

/** Downloads a dataset as a JSON file that loads back with Open a dataset… and that data:build takes as curation. */
function download(dataset: Dataset, name: string) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Add article…: a pasted or dropped article is read into proposed events,
 * which a person reviews field by field, each with the words it came from,
 * and accepts or rejects. Accepted events are kept in this browser and join
 * the dataset in view; none of this code loads before the dialog opens.
 */
export default function AddArticleDialog({ onSaved, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), file: useId(), published: useId(), outlet: useId(), title: useId(), error: useId() };
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [published, setPublished] = useState('');
  const [outlet, setOutlet] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [stored, setStored] = useState<Dataset | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    void loadReviewed().then(setStored);
  }, []);

  const read = (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    setNotice('');
    try {
      const result = ingestArticle(
        { name: fileName ?? 'pasted text', content: text, ...(published ? { published } : {}), ...(outlet.trim() ? { outlet: outlet.trim() } : {}) },
        today(),
      );
      const proposals = result.extraction.proposals;
      setReview({ result, forms: proposals.map((p) => formOf(p.draft)), decided: proposals.map(() => null), errors: proposals.map(() => []) });
      setNotice(proposals.length === 0 ? 'No event between South Korea and China was found in this article.' : `${proposals.length} ${proposals.length === 1 ? 'event' : 'events'} proposed. Review each one, then accept or reject it.`);
    } catch (caught) {
      if (!(caught instanceof IngestError)) throw caught;
      setReview(null);
      setError(caught.code === 'no-date' ? `${caught.message.replace(/; give it with --published YYYY-MM-DD$/, '')}. Give the publication date below and read it again.` : caught.message);
      if (caught.code === 'no-date' || caught.code === 'bad-published') dateRef.current?.focus();
    }
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.(txt|html?)$/i.test(file.name)) {
      setError(`${file.name}: only .txt and .html files are read.`);
      return;
    }
    setFileName(file.name);
    setText(await file.text());
    setError(null);
  };

  const onDrop = (event: DragEvent) => {
    // The dashboard loads a dropped file as a dataset; here a dropped file is an article.
    event.preventDefault();
    event.stopPropagation();
    void takeFile(event.dataTransfer.files[0]);
  };

  const edit = (i: number, change: Partial<FormDraft>) =>
    setReview((r) => r && { ...r, forms: r.forms.map((f, j) => (j === i ? { ...f, ...change } : f)), errors: r.errors.map((e, j) => (j === i ? [] : e)) });

  const decide = async (i: number, decision: 'accepted' | 'rejected') => {
    if (!review) return;
    const proposal = review.result.extraction.proposals[i];
    if (decision === 'accepted') {
      const { draft, problems } = draftOf(review.forms[i], proposal.draft.id);
      if (!draft) {
        setReview({ ...review, errors: review.errors.map((e, j) => (j === i ? problems : e)) });
        return;
      }
      const place = PLACES.filter((p) => p.id === draft.placeId);
      const added = datasetOf(review.result.article, review.result.extraction.sentences, [{ draft, sentences: proposal.sentences, lead: proposal.lead }], place, today());
      const current = await loadReviewed();
      const next = current ? mergeDatasets(current, added) : added;
      await saveReviewed(next);
      setStored(next);
      onSaved();
      setNotice(`Accepted "${draft.title}": it is in the dashboard now.`);
    } else setNotice(`Rejected "${review.forms[i].title}".`);
    setReview({ ...review, decided: review.decided.map((d, j) => (j === i ? decision : d)) });
  };

  const clear = async () => {
    if (!confirmClear) {
      setConfirmClear(true);
      return;
    }
    await clearReviewed();
    setStored(null);
    setConfirmClear(false);
    onSaved();
    setNotice('The reviewed events were cleared from this browser.');
  };

  const evidenceSentences = useMemo(() => new Set(review?.result.extraction.proposals.flatMap((p) => p.sentences) ?? []), [review]);
  const storedCount = stored?.events.length ?? 0;

  return (
    <dialog ref={dialogRef} className="ingest" aria-labelledby={ids.title} onClose={onClose} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className="ingest__head">
        <h2 id={ids.title}>Add article</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {!review && (
        <form className="ingest__input" onSubmit={read}>
          <label htmlFor={ids.text}>Article text or saved web page (HTML)</label>
          <textarea id={ids.text} value={text} rows={8} onChange={(e) => { setText(e.currentTarget.value); setFileName(null); }} aria-describedby={error ? ids.error : undefined} />
          <p className="muted">Paste an English news article, or drop a .txt or .html file here. Nothing leaves this browser.</p>
          <label htmlFor={ids.file}>Or choose a file</label>
          <input id={ids.file} type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void takeFile(e.currentTarget.files?.[0])} />
          {fileName && <p className="muted">Read from {fileName}.</p>}
          <div className="ingest__row">
            <div>
              <label htmlFor={ids.published}>Publication date (if the article does not say)</label>
              <input id={ids.published} ref={dateRef} type="date" value={published} onChange={(e) => setPublished(e.currentTarget.value)} />
            </div>
            <div>
              <label htmlFor={ids.outlet}>Outlet (optional)</label>
              <input id={ids.outlet} type="text" value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)} />
            </div>
          </div>
          {error && (
            <p id={ids.error} className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={!text.trim()}>
            Read article
          </button>
        </form>
      )}
      {review && (
        <ReviewView
          review={review}
          evidenceSentences={evidenceSentences}
          onEdit={edit}
          onDecide={(i, d) => void decide(i, d)}
          onAnother={() => {
            setReview(null);
            setText('');
            setFileName(null);
            setNotice('');
          }}
        />
      )}
      <div className="ingest__store">
        <p>
          {storedCount === 0 ? 'No reviewed events are kept in this browser.' : `${storedCount} reviewed ${storedCount === 1 ? 'event is' : 'events are'} kept in this browser.`}
        </p>
        {stored && storedCount > 0 && (
          <>
            <button type="button" onClick={() => download(stored, 'thaw-monitor-reviewed.json')}>
              Export reviewed events
            </button>
            <button type="button" onClick={() => void clear()}>
              {confirmClear ? `Confirm: clear ${storedCount} reviewed ${storedCount === 1 ? 'event' : 'events'}` : 'Clear reviewed events'}
            </button>
          </>
        )}
      </div>
      {notice && <p className="ingest__notice">{notice}</p>}
    </dialog>
  );
}

type ReviewProps = {
  review: Review;
  evidenceSentences: ReadonlySet<string>;
  onEdit: (i: number, change: Partial<FormDraft>) => void;
  onDecide: (i: number, decision: 'accepted' | 'rejected') => void;
  onAnother: () => void;
};

function ReviewView({ review, evidenceSentences, onEdit, onDecide, onAnother }: ReviewProps) {
  const { article, extraction } = review.result;
  return (
    <div className="ingest__review">
      <section className="ingest__article" aria-label="The article">
        <h3 lang="en">{article.headline}</h3>
        <p className="muted">
          {article.outlet}, published {article.published}
          {article.publishedBasis && ` (${article.publishedBasis})`}
        </p>
        <ol className="ingest__sentences" lang="en">
          {extraction.sentences.map((sentence, i) => (
            <li key={i}>{evidenceSentences.has(sentence) ? <mark>{sentence}</mark> : sentence}</li>
          ))}
        </ol>
        {extraction.warnings.length > 0 && (
          <details>
            <summary>Left out ({extraction.warnings.length})</summary>
            <ul>
              {extraction.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" onClick={onAnother}>
          Read another article
        </button>
      </section>
      <section className="ingest__proposals" aria-label="Proposed events">
        {extraction.proposals.length === 0 && <p>No event between South Korea and China was found in this article.</p>}
        {extraction.proposals.map((proposal, i) => (
          <ProposalForm key={proposal.draft.id} index={i} proposal={proposal} form={review.forms[i]} decided={review.decided[i]} errors={review.errors[i]} onEdit={onEdit} onDecide={onDecide} />
        ))}
      </section>
    </div>
  );
}

type FormProps = {
  index: number;
  proposal: ProposedEvent;
  form: FormDraft;
  decided: 'accepted' | 'rejected' | null;
  errors: string[];
  onEdit: (i: number, change: Partial<FormDraft>) => void;
  onDecide: (i: number, decision: 'accepted' | 'rejected') => void;
};

/** Where a field came from: the words, the confidence, the note; the sentence on hover and for screen readers. */
function Why({ evidence }: { evidence: FieldEvidence | undefined }) {
  if (!evidence) return null;
  return (
    <span className="ingest__why" title={evidence.sentence}>
      {evidence.match ? <>from “<span lang="en">{evidence.match}</span>”</> : 'no words of the text'}, confidence {evidence.confidence.toFixed(1)}
      {evidence.note ? `: ${evidence.note}` : ''}
      <span className="visually-hidden">. Sentence: {evidence.sentence}</span>
    </span>
  );
}

function ProposalForm({ index, proposal, form, decided, errors, onEdit, onDecide }: FormProps) {
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const { why } = proposal;
  const heading = `Event ${index + 1}${proposal.lead ? ' (the article’s main event)' : ''}`;
  return (
    <article className={`ingest__proposal${decided ? ` is-${decided}` : ''}`} aria-labelledby={field('h')}>
      <h3 id={field('h')}>
        {heading}
        {decided && <span className="badge"> {decided === 'accepted' ? 'Accepted' : 'Rejected'}</span>}
      </h3>
      <fieldset disabled={decided !== null}>
        <legend className="visually-hidden">{heading}</legend>
        <label htmlFor={field('title')}>Title</label>
        <input id={field('title')} value={form.title} onChange={(e) => onEdit(index, { title: e.currentTarget.value })} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('date')}>Date</label>
            <input id={field('date')} type="date" value={form.date} onChange={(e) => onEdit(index, { date: e.currentTarget.value })} />
          </div>
          <div>
            <label htmlFor={field('precision')}>Precision</label>
            <select id={field('precision')} value={form.datePrecision} onChange={(e) => onEdit(index, { datePrecision: e.currentTarget.value as FormDraft['datePrecision'] })}>
              <option value="day">day</option>
              <option value="month">month</option>
              <option value="year">year</option>
            </select>
          </div>
          <div>
            <label htmlFor={field('end')}>End date</label>
            <input id={field('end')} type="date" value={form.endDate} onChange={(e) => onEdit(index, { endDate: e.currentTarget.value })} />
          </div>
        </div>
        <Why evidence={why.date} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('place')}>Place</label>
            <input id={field('place')} list={field('places')} value={form.place} onChange={(e) => onEdit(index, { place: e.currentTarget.value })} />
            <datalist id={field('places')}>
              {PLACES.map((p) => (
                <option key={p.id} value={p.name} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor={field('geo')}>Place precision</label>
            <select id={field('geo')} value={form.geoPrecision} disabled={!form.place.trim()} onChange={(e) => onEdit(index, { geoPrecision: e.currentTarget.value as FormDraft['geoPrecision'] })}>
              <option value="1">1: the city is named</option>
              <option value="2">2: inferred from a venue</option>
              <option value="3">3: only the country</option>
            </select>
          </div>
        </div>
        <Why evidence={why.place} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('kind')}>Kind</label>
            <select id={field('kind')} value={form.cameo} onChange={(e) => onEdit(index, { cameo: e.currentTarget.value as CameoCode })}>
              {(Object.keys(EVENT_KINDS) as CameoCode[]).map((code) => (
                <option key={code} value={code}>
                  {code} {EVENT_KINDS[code].label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={field('status')}>Status</label>
            <select id={field('status')} value={form.status} onChange={(e) => onEdit(index, { status: e.currentTarget.value as EventStatus })}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Why evidence={why.kind} />
        <Why evidence={why.status} />
        <label htmlFor={field('actors')}>Actors (one a line: name; role; country code)</label>
        <textarea id={field('actors')} rows={Math.max(2, form.actors.split('\n').length)} value={form.actors} onChange={(e) => onEdit(index, { actors: e.currentTarget.value })} />
        <Why evidence={why.actors} />
      </fieldset>
      {errors.length > 0 && (
        <ul className="field-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {!decided && (
        <div className="ingest__decide">
          <button type="button" onClick={() => onDecide(index, 'accepted')}>
            Accept
          </button>
          <button type="button" onClick={() => onDecide(index, 'rejected')}>
            Reject
          </button>
        </div>
      )}
    </article>
  );
}
