import { memo } from 'react';
import type { Source, ThawEvent } from '../../../core/dataset/schema';
import { formatScore } from '../../../core/thaw/bands';
import { weightText } from '../../../core/thaw/formula';
import { useWords } from '../../../shared/i18n/use-words';

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
  const words = useWords();
  const { t } = words;
  return (
    <section id={id} className="thaw-evidence" aria-label={t('thaw.evidenceLabel')}>
      <p className="thaw-evidence__formula">{t('thaw.indexFormula', { formula: words.formula(events) })}</p>
      {events.length > EVENTS_SHOWN && <p className="legend">{t('thaw.newest', { shown: EVENTS_SHOWN, total: events.length })}</p>}
      <ol className="thaw-evidence__list">
        {events.slice(0, EVENTS_SHOWN).map((event) => {
          const { components } = event.thaw;
          const strongest = [...event.thaw.evidence].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).slice(0, SHOWN);
          return (
            <li key={event.id}>
              <div className="thaw-evidence__head">
                <button type="button" className="link" lang="en" onClick={() => onChoose(event.id)}>
                  {event.title}
                </button>
                <span className="thaw-evidence__score">{formatScore(event.thaw.score)}</span>
              </div>
              <p className="thaw-evidence__parts">
                {t('thaw.parts', {
                  date: words.eventDate(event),
                  g: weightText(components.goldsteinWeight),
                  goldstein: formatScore(components.goldstein),
                  kind: words.kind(event.kind),
                  cameo: event.kind.cameo,
                  sign: components.tone >= 0 ? '+' : '−',
                  t: weightText(components.toneWeight),
                  tone: Math.abs(components.tone).toFixed(2),
                  sentences: components.sentences,
                })}
              </p>
              {event.machine && (
                <p className="quotes__meta machine-coded">
                  {t('machine.noQuote')}
                  {event.machine.url && /^https?:\/\//.test(event.machine.url) && (
                    <>
                      {' · '}
                      <a href={event.machine.url} target="_blank" rel="noopener noreferrer">
                        {t('machine.report')}
                      </a>
                    </>
                  )}
                </p>
              )}
              {strongest.length > 0 && (
                <ul className="quotes">
                  {strongest.map((e) => (
                    <li key={`${e.sourceId}-${e.sentence}`}>
                      <q lang="en">{e.sentence}</q> <span className="quotes__meta">{formatScore(e.contribution)} · <span lang="en">{sourcesById.get(e.sourceId)?.outlet ?? e.sourceId}</span></span>
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
