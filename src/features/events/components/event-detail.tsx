import { memo } from 'react';
import type { Place, Source, ThawEvent, Topic } from '../../../core/dataset/schema';
import { formatScore, thawBand } from '../../../core/thaw/bands';
import { weightText } from '../../../core/thaw/formula';
import { useWords } from '../../../shared/i18n/use-words';

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
  const { t } = useWords();
  if (!source) return null;
  return (
    <span className="source-line">
      {t.rich('detail.source', { outlet: <span lang="en">{source.outlet}</span>, published: source.published, headline: <span lang="en">{source.headline}</span> })}
    </span>
  );
}

/** A dataset text shown translated where the app knows it, else marked as English, the language it came in. */
function Localized({ text, shown }: { text: string; shown: string }) {
  return shown === text ? <span lang="en">{text}</span> : <span>{shown}</span>;
}

/** Where a machine-coded event would show a quote: that it has none, who coded it, and a link to the report it was coded from. */
function MachineCoded({ event }: { event: ThawEvent }) {
  const { t } = useWords();
  const machine = event.machine;
  return (
    <span className="machine-coded">
      <strong>{t('machine.noQuote')}</strong>
      {machine && (
        <>
          {' '}
          ({t('machine.by', { system: machine.system, id: machine.id })}
          {machine.mentions !== undefined && machine.articles !== undefined && `; ${t('machine.weights', { mentions: machine.mentions, articles: machine.articles })}`})
          {machine.url && /^https?:\/\//.test(machine.url) && (
            <>
              {' '}
              <a href={machine.url} target="_blank" rel="noopener noreferrer">
                {t('machine.report')}
              </a>
            </>
          )}
        </>
      )}
    </span>
  );
}

/** The id of the details' title, which names them and which the dashboard scrolls into view. */
export const EVENT_DETAIL_TITLE_ID = 'event-detail-title';

/** Everything known about one event, with the quotes and sentences behind each fact and number. */
export const EventDetail = memo(function EventDetail({ event, place, sourcesById, topicsById, inFilters, onClose }: Props) {
  const band = thawBand(event.thaw.score);
  const words = useWords();
  const { t } = words;
  const c = event.thaw.components;
  return (
    <article className="event-detail" aria-labelledby={EVENT_DETAIL_TITLE_ID}>
      <header className="event-detail__header">
        <h3 id={EVENT_DETAIL_TITLE_ID} lang="en">
          {event.title}
        </h3>
        <button type="button" onClick={onClose} aria-label={t('detail.closeLabel')}>
          {t('detail.close')}
        </button>
      </header>
      {!inFilters && <p className="note">{t('detail.outside')}</p>}
      <dl className="facts">
        <dt>{t('detail.date')}</dt>
        <dd>
          {words.eventDate(event)} <span className="muted">({words.precision(event.datePrecision)})</span>
        </dd>
        <dt>{t('detail.place')}</dt>
        <dd>
          {words.placeOf(event, place)}
          {place && words.lang !== 'en' && place.name !== words.place(place) && <span lang="en"> {place.name}</span>}
          {place?.nameKo && words.lang !== 'ko' && <span lang="ko"> {place.nameKo}</span>}
          {place?.nameZh && words.lang !== 'zh' && <span lang="zh-Hans"> {place.nameZh}</span>}{' '}
          {event.geoPrecision !== undefined && <span className="muted">— {words.geoPrecision(event.geoPrecision)}</span>}
        </dd>
        <dt>{t('detail.status')}</dt>
        <dd>{words.status(event.status)}</dd>
        <dt>{t('detail.kind')}</dt>
        <dd>
          {words.kind(event.kind)} <span className="muted">{t('detail.kindCode', { cameo: event.kind.cameo, goldstein: formatScore(event.kind.goldstein) })}</span>
        </dd>
        <dt>{t('detail.actors')}</dt>
        <dd>
          <ul className="plain">
            {event.actors.map((actor) => (
              <li key={`${actor.name}-${actor.role}`}>
                <Localized text={actor.name} shown={words.actorName(actor.name)} />{' '}
                <span className="muted">
                  — <Localized text={actor.role} shown={words.actorRole(actor.role)} /> ({actor.country})
                </span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('detail.topics')}</dt>
        <dd>
          {event.topics.length === 0 ? (
            <span className="muted">{t('detail.noTopics')}</span>
          ) : (
            <ul className="tags">
              {event.topics.map((topic) => (
                <li key={topic.id}>
                  {words.topic(topicsById.get(topic.id) ?? { id: topic.id, label: topic.id })} <span className="muted">×{topic.mentions}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('detail.score')}</dt>
        <dd>
          <strong>{formatScore(event.thaw.score)}</strong> {words.band(band)}{' '}
          <span className="muted">
            {t('detail.scoreParts', {
              goldstein: `${weightText(c.goldsteinWeight)}${formatScore(c.goldstein)}`,
              toneWeight: weightText(c.toneWeight),
              tone: formatScore(c.tone),
              sentences: c.sentences,
            })}
          </span>
        </dd>
      </dl>

      <h4>{t('detail.sources')}</h4>
      <ul className="quotes">
        {event.sources.map((source) => (
          <li key={`${source.sourceId}-${source.quote}`}>
            {source.quote !== undefined ? <q lang="en">{source.quote}</q> : <MachineCoded event={event} />} <SourceLine source={sourcesById.get(source.sourceId)} />
            {source.note && (
              <p className="note" lang="en">
                {source.note}
              </p>
            )}
          </li>
        ))}
      </ul>

      {event.thaw.evidence.length > 0 && (
        <details className="evidence">
          <summary>{t('detail.sentences', { count: event.thaw.evidence.length })}</summary>
          <ul className="quotes">
            {event.thaw.evidence.map((e) => (
              <li key={`${e.sourceId}-${e.sentence}`}>
                <q lang="en">{e.sentence}</q>{' '}
                <span className="quotes__meta">{t('detail.sentenceTone', { tone: formatScore(e.tone), contribution: formatScore(e.contribution) })}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
});
