import { memo } from 'react';
import { GEO_PRECISION_LABEL, formatEventDate, placeText } from '../../../core/dataset/describe';
import type { Place, Source, ThawEvent, Topic } from '../../../core/dataset/schema';
import { formatScore, thawBand } from '../../../core/thaw/bands';
import { weightText } from '../../../core/thaw/formula';
import { STATUS_LABEL } from '../utils/labels';

type Props = {
  event: ThawEvent;
  place: Place | undefined;
  sourcesById: ReadonlyMap<string, Source>;
  topicsById: ReadonlyMap<string, Topic>;
  /** False when the chosen event is outside the current filters. */
  inFilters: boolean;
  onClose: () => void;
};

function SourceLine({ source }: { source: Source | undefined }) {
  if (!source) return null;
  return (
    <span className="source-line">
      {source.outlet}, {source.published}: “{source.headline}”
    </span>
  );
}

/** The id of the details' title, which names them and which the dashboard scrolls into view. */
export const EVENT_DETAIL_TITLE_ID = 'event-detail-title';

/** Everything known about one event, with the quotes and sentences behind each fact and number. */
export const EventDetail = memo(function EventDetail({ event, place, sourcesById, topicsById, inFilters, onClose }: Props) {
  const band = thawBand(event.thaw.score);
  return (
    <article className="event-detail" aria-labelledby={EVENT_DETAIL_TITLE_ID}>
      <header className="event-detail__header">
        <h3 id={EVENT_DETAIL_TITLE_ID}>{event.title}</h3>
        <button type="button" onClick={onClose} aria-label="Close the event details">
          Close
        </button>
      </header>
      {!inFilters && <p className="note">This event is outside the current filters.</p>}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatEventDate(event)} <span className="muted">({event.datePrecision} precision)</span>
        </dd>
        <dt>Place</dt>
        <dd>
          {placeText(event, place)}
          {place?.nameKo && <span lang="ko"> {place.nameKo}</span>}
          {place?.nameZh && <span lang="zh"> {place.nameZh}</span>} {event.geoPrecision !== undefined && <span className="muted">— {GEO_PRECISION_LABEL[event.geoPrecision]}</span>}
        </dd>
        <dt>Status</dt>
        <dd>{STATUS_LABEL[event.status]}</dd>
        <dt>Kind</dt>
        <dd>
          {event.kind.label} <span className="muted">(CAMEO {event.kind.cameo}, Goldstein {formatScore(event.kind.goldstein)})</span>
        </dd>
        <dt>Actors</dt>
        <dd>
          <ul className="plain">
            {event.actors.map((actor) => (
              <li key={`${actor.name}-${actor.role}`}>
                {actor.name} <span className="muted">— {actor.role} ({actor.country})</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Topics</dt>
        <dd>
          {event.topics.length === 0 ? (
            <span className="muted">none found in its sentences</span>
          ) : (
            <ul className="tags">
              {event.topics.map((topic) => (
                <li key={topic.id}>
                  {topicsById.get(topic.id)?.label ?? topic.id} <span className="muted">×{topic.mentions}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Thaw score</dt>
        <dd>
          <strong>{formatScore(event.thaw.score)}</strong> {band.label}{' '}
          <span className="muted">
            = {weightText(event.thaw.components.goldsteinWeight)}
            {formatScore(event.thaw.components.goldstein)} + {weightText(event.thaw.components.toneWeight)}mean tone {formatScore(event.thaw.components.tone)} over {event.thaw.components.sentences}{' '}
            {event.thaw.components.sentences === 1 ? 'sentence' : 'sentences'}
          </span>
        </dd>
      </dl>

      <h4>Sources</h4>
      <ul className="quotes">
        {event.sources.map((source) => (
          <li key={`${source.sourceId}-${source.quote}`}>
            <q>{source.quote}</q> <SourceLine source={sourcesById.get(source.sourceId)} />
            {source.note && <p className="note">{source.note}</p>}
          </li>
        ))}
      </ul>

      {event.thaw.evidence.length > 0 && (
        <details className="evidence">
          <summary>Sentences behind the thaw score ({event.thaw.evidence.length})</summary>
          <ul className="quotes">
            {event.thaw.evidence.map((e) => (
              <li key={`${e.sourceId}-${e.sentence}`}>
                <q>{e.sentence}</q>{' '}
                <span className="quotes__meta">
                  tone {formatScore(e.tone)}, contributes {formatScore(e.contribution)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
});
