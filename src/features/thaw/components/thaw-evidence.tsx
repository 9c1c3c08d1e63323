import { memo } from 'react';
import { formatEventDate } from '../../../core/dataset/describe';
import type { Source, ThawEvent } from '../../../core/dataset/schema';
import { formatScore } from '../../../core/thaw/bands';
import { formulaText, weightText } from '../../../core/thaw/formula';

type Props = {
  id: string;
  events: ReadonlyArray<ThawEvent>;
  sourcesById: ReadonlyMap<string, Source>;
  onChoose: (eventId: string) => void;
};

/** How many sentences of each event are shown, strongest first. */
const SHOWN = 3;
/** How many events are shown, newest first; the events list pages through the rest. */
const EVENTS_SHOWN = 50;

/**
 * The evidence behind the thaw index: each event's score, how it is made
 * (the weighted Goldstein value of its kind plus the weighted mean tone of
 * its sentences), and the sentences that moved it most.
 */
export const ThawEvidence = memo(function ThawEvidence({ id, events, sourcesById, onChoose }: Props) {
  return (
    <section id={id} className="thaw-evidence" aria-label="Evidence behind the thaw index">
      <p className="thaw-evidence__formula">
        Index = mean of the event scores. {formulaText(events)}
      </p>
      {events.length > EVENTS_SHOWN && (
        <p className="legend">
          The {EVENTS_SHOWN} newest of {events.length.toLocaleString('en')} events; the events list has them all.
        </p>
      )}
      <ol className="thaw-evidence__list">
        {events.slice(0, EVENTS_SHOWN).map((event) => {
          const { components } = event.thaw;
          const strongest = [...event.thaw.evidence].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).slice(0, SHOWN);
          return (
            <li key={event.id}>
              <div className="thaw-evidence__head">
                <button type="button" className="link" onClick={() => onChoose(event.id)}>
                  {event.title}
                </button>
                <span className="thaw-evidence__score">{formatScore(event.thaw.score)}</span>
              </div>
              <p className="thaw-evidence__parts">
                {formatEventDate(event)} · {weightText(components.goldsteinWeight)}
                {formatScore(components.goldstein)} ({event.kind.label}, CAMEO {event.kind.cameo}) {components.tone >= 0 ? '+' : '−'} {weightText(components.toneWeight)}
                {Math.abs(components.tone).toFixed(2)} tone over {components.sentences} {components.sentences === 1 ? 'sentence' : 'sentences'}
              </p>
              {strongest.length > 0 && (
                <ul className="quotes">
                  {strongest.map((e) => (
                    <li key={`${e.sourceId}-${e.sentence}`}>
                      <q>{e.sentence}</q> <span className="quotes__meta">{formatScore(e.contribution)} · {sourcesById.get(e.sourceId)?.outlet ?? e.sourceId}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
