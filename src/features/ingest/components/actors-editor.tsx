import { useId } from 'react';
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
  const change = (i: number, patch: Partial<ActorRow>) => onChange(actors.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="ingest__actors" aria-describedby={describedBy}>
      <legend>Actors</legend>
      {actors.length === 0 && <p className="muted">No actor named.</p>}
      {actors.map((actor, i) => (
        <fieldset key={i} className="ingest__actor">
          <legend className="visually-hidden">Actor {i + 1}</legend>
          <div className="ingest__actor-name">
            <label htmlFor={`${id}-${i}-name`}>Name</label>
            <input id={`${id}-${i}-name`} value={actor.name} onChange={(e) => change(i, { name: e.currentTarget.value })} />
          </div>
          <div className="ingest__actor-role">
            <label htmlFor={`${id}-${i}-role`}>Role</label>
            <input id={`${id}-${i}-role`} value={actor.role} onChange={(e) => change(i, { role: e.currentTarget.value })} />
          </div>
          <div className="ingest__actor-country">
            <label htmlFor={`${id}-${i}-country`}>Country</label>
            <input id={`${id}-${i}-country`} value={actor.country} maxLength={2} autoCapitalize="characters" spellCheck={false} onChange={(e) => change(i, { country: e.currentTarget.value })} />
          </div>
          <button type="button" aria-label={`Remove actor ${i + 1}${actor.name ? `, ${actor.name}` : ''}`} onClick={() => onChange(actors.filter((_, j) => j !== i))}>
            Remove
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...actors, EMPTY])}>
        Add actor
      </button>
    </fieldset>
  );
}
