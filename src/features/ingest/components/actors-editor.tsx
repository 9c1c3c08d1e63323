import { useId } from 'react';
import { useT } from '../../../shared/i18n/use-t';
import type { ActorRow } from '../utils/review-form';

type Props = {
  actors: ReadonlyArray<ActorRow>;
  onChange: (actors: ActorRow[]) => void;
  /** The evidence of the actors, by id, for each row's description. */
  describedBy?: string;
};

const EMPTY: ActorRow = { name: '', role: '', country: '' };

/** The event's actors, one row each of name, role and country, with rows to add and remove. */
export function ActorsEditor({ actors, onChange, describedBy }: Props) {
  const id = useId();
  const t = useT();
  const change = (i: number, patch: Partial<ActorRow>) => onChange(actors.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="ingest__actors" aria-describedby={describedBy}>
      <legend>{t('ingest.field.actors')}</legend>
      {actors.length === 0 && <p className="muted">{t('ingest.noActor')}</p>}
      {actors.map((actor, i) => (
        <fieldset key={i} className="ingest__actor">
          <legend className="visually-hidden">{t('ingest.actor', { index: i + 1 })}</legend>
          <div className="ingest__actor-name">
            <label htmlFor={`${id}-${i}-name`}>{t('ingest.actorName')}</label>
            <input id={`${id}-${i}-name`} value={actor.name} onChange={(e) => change(i, { name: e.currentTarget.value })} />
          </div>
          <div className="ingest__actor-role">
            <label htmlFor={`${id}-${i}-role`}>{t('ingest.actorRole')}</label>
            <input id={`${id}-${i}-role`} value={actor.role} onChange={(e) => change(i, { role: e.currentTarget.value })} />
          </div>
          <div className="ingest__actor-country">
            <label htmlFor={`${id}-${i}-country`}>{t('ingest.actorCountry')}</label>
            <input id={`${id}-${i}-country`} value={actor.country} maxLength={2} autoCapitalize="characters" spellCheck={false} onChange={(e) => change(i, { country: e.currentTarget.value })} />
          </div>
          <button type="button" aria-label={t('ingest.removeActor', { index: i + 1, name: actor.name || 'none' })} onClick={() => onChange(actors.filter((_, j) => j !== i))}>
            {t('ingest.remove')}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...actors, EMPTY])}>
        {t('ingest.addActor')}
      </button>
    </fieldset>
  );
}
