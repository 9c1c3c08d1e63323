import { useId } from 'react';
import type { ProposedEvent } from '../../../../pipeline/ingest/extract';
import { EVENT_KINDS, type CameoCode } from '../../../core/dataset/kinds';
import type { EventStatus } from '../../../core/dataset/schema';
import { isNoPlace, STATUSES, type FormDraft } from '../utils/review-form';
import { ActorsEditor } from './actors-editor';
import { useWords } from '../../../shared/i18n/use-words';
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
  const words = useWords();
  const { t } = words;
  const heading = t(proposal.lead ? 'ingest.leadEvent' : 'ingest.event', { index: index + 1 });
  return (
    <article className={`ingest__proposal${accepted ? ' is-accepted' : ''}`} aria-labelledby={field('h')}>
      <h3 id={field('h')}>
        {heading}
        {accepted && <span className="badge">{t('ingest.acceptedBadge')}</span>}
      </h3>
      <fieldset disabled={accepted}>
        <legend className="visually-hidden">{heading}</legend>
        <div className="ingest__field">
          <label htmlFor={field('title')}>{t('ingest.field.title')}</label>
          <input id={field('title')} value={form.title} aria-describedby={why.title ? field('why-title') : undefined} onChange={(e) => onEdit({ title: e.currentTarget.value })} />
          <FieldEvidence id={field('why-title')} label={t('ingest.field.title')} evidence={why.title} />
        </div>
        <div className="ingest__row">
          <div>
            <label htmlFor={field('date')}>{t('ingest.field.date')}</label>
            <input id={field('date')} type="date" value={form.date} aria-describedby={why.date ? field('why-date') : undefined} onChange={(e) => onEdit({ date: e.currentTarget.value })} />
          </div>
          <div>
            <label htmlFor={field('precision')}>{t('ingest.field.precision')}</label>
            <select id={field('precision')} value={form.datePrecision} onChange={(e) => onEdit({ datePrecision: e.currentTarget.value as FormDraft['datePrecision'] })}>
              <option value="day">{t('ingest.precision.day')}</option>
              <option value="month">{t('ingest.precision.month')}</option>
              <option value="year">{t('ingest.precision.year')}</option>
            </select>
          </div>
          <div>
            <label htmlFor={field('end')}>{t('ingest.field.end')}</label>
            <input id={field('end')} type="date" value={form.endDate} onChange={(e) => onEdit({ endDate: e.currentTarget.value })} />
          </div>
        </div>
        <FieldEvidence id={field('why-date')} label={t('ingest.field.date')} evidence={why.date} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('place')}>{t('ingest.field.place')}</label>
            <input id={field('place')} list={placeList} value={form.place} placeholder={t('ingest.noPlace')} aria-describedby={why.place ? field('why-place') : undefined} onChange={(e) => onEdit({ place: e.currentTarget.value })} />
          </div>
          <div>
            <label htmlFor={field('geo')}>{t('ingest.field.geo')}</label>
            <select id={field('geo')} value={form.geoPrecision} disabled={isNoPlace(form.place)} onChange={(e) => onEdit({ geoPrecision: e.currentTarget.value as FormDraft['geoPrecision'] })}>
              <option value="1">{t('ingest.geo.1')}</option>
              <option value="2">{t('ingest.geo.2')}</option>
              <option value="3">{t('ingest.geo.3')}</option>
            </select>
          </div>
        </div>
        <FieldEvidence id={field('why-place')} label={t('ingest.field.place')} evidence={why.place} />
        <div className="ingest__row">
          <div>
            <label htmlFor={field('kind')}>{t('ingest.field.kind')}</label>
            <select id={field('kind')} value={form.cameo} aria-describedby={why.kind ? field('why-kind') : undefined} onChange={(e) => onEdit({ cameo: e.currentTarget.value as CameoCode })}>
              {KIND_CODES.map((code) => (
                <option key={code} value={code}>
                  {words.kind({ cameo: code, label: EVENT_KINDS[code].label })} ({code})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={field('status')}>{t('ingest.field.status')}</label>
            <select id={field('status')} value={form.status} aria-describedby={why.status ? field('why-status') : undefined} onChange={(e) => onEdit({ status: e.currentTarget.value as EventStatus })}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {words.status(s)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FieldEvidence id={field('why-kind')} label={t('ingest.field.kind')} evidence={why.kind} />
        <FieldEvidence id={field('why-status')} label={t('ingest.field.status')} evidence={why.status} />
        <ActorsEditor actors={form.actors} describedBy={why.actors ? field('why-actors') : undefined} onChange={(actors) => onEdit({ actors })} />
        <FieldEvidence id={field('why-actors')} label={t('ingest.field.actors')} evidence={why.actors} />
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
            {t('ingest.accept')}
          </button>
          <button type="button" onClick={onReject}>
            {t('ingest.reject')}
          </button>
        </div>
      )}
    </article>
  );
}
