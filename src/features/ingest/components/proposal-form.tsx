import { useId } from 'react';
import type { ProposedEvent } from '../../../../pipeline/ingest/extract';
import { EVENT_KINDS, type CameoCode } from '../../../core/dataset/kinds';
import type { EventStatus } from '../../../core/dataset/schema';
import { isNoPlace, STATUSES, type FormDraft } from '../utils/review-form';
import { ActorsEditor } from './actors-editor';
import { FieldEvidence } from './field-evidence';

type Props = {
  index: number;
  proposal: ProposedEvent;
  form: FormDraft;
  accepted: boolean;
  /** Problems with the fields, each naming its field, from the last Accept. */
  problems: ReadonlyArray<string>;
  /** The id of the datalist of place names the review shares. */
  placeList: string;
  onEdit: (change: Partial<FormDraft>) => void;
  onAccept: () => void;
  onReject: () => void;
};

const KIND_CODES = Object.keys(EVENT_KINDS) as CameoCode[];

/** One proposed event as a form: every field editable, each with the words it was read from, and Accept or Reject. */
export function ProposalForm({ index, proposal, form, accepted, problems, placeList, onEdit, onAccept, onReject }: Props) {
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const { why } = proposal;
  const heading = `Event ${index + 1}${proposal.lead ? ': the article’s main event' : ''}`;
  return (
    <article className={`ingest__proposal${accepted ? ' is-accepted' : ''}`} aria-labelledby={field('h')}>
      <h3 id={field('h')}>
        {heading}
        {accepted && <span className="badge">Accepted</span>}
      </h3>
      <fieldset disabled={accepted}>
        <legend className="visually-hidden">{heading}</legend>
        <div className="ingest__field">
          <label htmlFor={field('title')}>Title</label>
          <input id={field('title')} value={form.title} aria-describedby={why.title ? field('why-title') : undefined} onChange={(e) => onEdit({ title: e.currentTarget.value })} />
          <FieldEvidence id={field('why-title')} label="Title" evidence={why.title} />
        </div>
        <div className="ingest__row">
          <div>
            <label htmlFor={field('date')}>Date</label>
            <input id={field('date')} type="date" value={form.date} aria-describedby={why.date ? field('why-date') : undefined} onChange={(e) => onEdit({ date: e.currentTarget.value })} />
          </div>
          <div>
            <label htmlFor={field('precision')}>Precision</label>
            <select id={field('precision')} value={form.datePrecision} onChange={(e) => onEdit({ datePrecision: e.currentTarget.value as FormDraft['datePrecision'] })}>
              <option value="day">day</option>
              <option value="month">month</option>
              <option value="year">year</option>
            </select>
          </div>
          <div>
            <label htmlFor={field('end')}>End date</label>
            <input id={field('end')} type="date" value={form.endDate} onChange={(e) => onEdit({ endDate: e.currentTarget.value })} />
          </div>
        </div>
        <FieldEvidence id={field('why-date')} label="Date" evidence={why.date} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('place')}>Place</label>
            <input id={field('place')} list={placeList} value={form.place} placeholder="no place" aria-describedby={why.place ? field('why-place') : undefined} onChange={(e) => onEdit({ place: e.currentTarget.value })} />
          </div>
          <div>
            <label htmlFor={field('geo')}>Place precision</label>
            <select id={field('geo')} value={form.geoPrecision} disabled={isNoPlace(form.place)} onChange={(e) => onEdit({ geoPrecision: e.currentTarget.value as FormDraft['geoPrecision'] })}>
              <option value="1">the city is named</option>
              <option value="2">inferred from a venue</option>
              <option value="3">only the country</option>
            </select>
          </div>
        </div>
        <FieldEvidence id={field('why-place')} label="Place" evidence={why.place} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('kind')}>Kind</label>
            <select id={field('kind')} value={form.cameo} aria-describedby={why.kind ? field('why-kind') : undefined} onChange={(e) => onEdit({ cameo: e.currentTarget.value as CameoCode })}>
              {KIND_CODES.map((code) => (
                <option key={code} value={code}>
                  {EVENT_KINDS[code].label} ({code})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={field('status')}>Status</label>
            <select id={field('status')} value={form.status} aria-describedby={why.status ? field('why-status') : undefined} onChange={(e) => onEdit({ status: e.currentTarget.value as EventStatus })}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FieldEvidence id={field('why-kind')} label="Kind" evidence={why.kind} />
        <FieldEvidence id={field('why-status')} label="Status" evidence={why.status} />
        <ActorsEditor actors={form.actors} describedBy={why.actors ? field('why-actors') : undefined} onChange={(actors) => onEdit({ actors })} />
        <FieldEvidence id={field('why-actors')} label="Actors" evidence={why.actors} />
      </fieldset>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {!accepted && (
        <div className="ingest__decide">
          <button type="button" onClick={onAccept}>
            Accept
          </button>
          <button type="button" onClick={onReject}>
            Reject
          </button>
        </div>
      )}
    </article>
  );
}
