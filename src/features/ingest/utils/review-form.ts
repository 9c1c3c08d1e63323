import type { EventDraft } from '../../../../pipeline/ingest/extract';
import type { GazetteerPlace } from '../../../../pipeline/ingest/types';
import { isAcceptedDate } from '../../../core/dataset/dates';
import type { CameoCode } from '../../../core/dataset/kinds';
import type { Actor, EventStatus } from '../../../core/dataset/schema';
import type { MessageId } from '../../../shared/i18n/messages';

/** A problem with a field, as a message of the catalogs: it names the field (and the actor's row). */
export type FormProblem = { id: MessageId; values?: Record<string, string | number> };

/** What the place field offers for an event that has no place, such as a phone call. */
export const NO_PLACE = 'no place';

export const STATUSES: ReadonlyArray<EventStatus> = ['held', 'scheduled', 'proposed', 'cancelled'];

/** The places the form can name: the gazetteer's, or a few in a test. */
export type PlaceChoice = Pick<GazetteerPlace, 'id' | 'name'>;

export type ActorRow = { name: string; role: string; country: string };

/** A draft as the review form holds it: every field as typed, so a half-typed value is never lost. */
export type FormDraft = {
  title: string;
  date: string;
  datePrecision: EventDraft['datePrecision'];
  endDate: string;
  status: EventStatus;
  cameo: CameoCode;
  /** A place's English name, or empty (or "no place") for none. */
  place: string;
  geoPrecision: '1' | '2' | '3';
  actors: ActorRow[];
};

/** The form of a proposed draft: its place by English name, its actors one row each. */
export function formOf(draft: EventDraft, places: ReadonlyArray<PlaceChoice>): FormDraft {
  return {
    title: draft.title,
    date: draft.date,
    datePrecision: draft.datePrecision,
    endDate: draft.endDate ?? '',
    status: draft.status,
    cameo: draft.cameo,
    place: draft.placeId ? (places.find((p) => p.id === draft.placeId)?.name ?? draft.placeId) : '',
    geoPrecision: String(draft.geoPrecision ?? 3) as FormDraft['geoPrecision'],
    actors: draft.actors.map(({ name, role, country }) => ({ name, role, country })),
  };
}

/** Whether the place field names no place: empty, or the "no place" choice. */
export const isNoPlace = (place: string) => place.trim() === '' || place.trim().toLowerCase() === NO_PLACE;

/**
 * The draft a form stands for, or the problems that keep it from being one,
 * each naming its field (and the actor's row). A date of month or year
 * precision is stored as the first day of its month or year, as the dataset
 * schema has it; a place is looked up by English name or id, case aside.
 */
export function draftOf(form: FormDraft, id: string, places: ReadonlyArray<PlaceChoice>): { draft: EventDraft; problems?: undefined } | { draft?: undefined; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!form.title.trim()) problems.push({ id: 'form.title' });
  if (!isAcceptedDate(form.date)) problems.push({ id: 'form.date', values: { value: form.date } });
  if (form.endDate && !isAcceptedDate(form.endDate)) problems.push({ id: 'form.end', values: { value: form.endDate } });
  else if (form.endDate && form.endDate < form.date) problems.push({ id: 'form.endBefore' });
  const wanted = form.place.trim().toLowerCase();
  const place = isNoPlace(form.place) ? undefined : places.find((p) => p.name.toLowerCase() === wanted || p.id === wanted);
  if (!isNoPlace(form.place) && !place) problems.push({ id: 'form.place', values: { value: form.place.trim(), none: NO_PLACE } });
  const actors: Actor[] = [];
  form.actors.forEach((row, i) => {
    const name = row.name.trim();
    const role = row.role.trim();
    const country = row.country.trim().toUpperCase();
    if (!name && !role && !country) return;
    if (!name || !role || !/^[A-Z]{2}$/.test(country)) problems.push({ id: 'form.actor', values: { index: i + 1 } });
    else actors.push({ name, role, country });
  });
  if (problems.length > 0) return { problems };
  const date = form.datePrecision === 'day' ? form.date : form.datePrecision === 'month' ? `${form.date.slice(0, 7)}-01` : `${form.date.slice(0, 4)}-01-01`;
  return {
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
