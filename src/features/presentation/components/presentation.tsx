import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { LatLngBoundsExpression } from 'leaflet';
import type { Place, Source, ThawEvent } from '../../../core/dataset/schema';
import { summarizePlaces } from '../../../core/filters/aggregate';
import { stepAt, storyOrder } from '../../../core/presentation/steps';
import { ThawGauge } from '../../thaw/components/thaw-gauge';
import { useWords } from '../../../shared/i18n/use-words';
import { useIdle, useReducedMotion, useWakeLock } from '../hooks/use-screen';

const PlaceMap = lazy(() => import('../../map/components/place-map'));

type Props = {
  /** The events to play: the filtered ones. */
  events: ReadonlyArray<ThawEvent>;
  places: ReadonlyArray<Place>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
  bounds: LatLngBoundsExpression;
  scaleMax: number;
  /** Seconds per step. */
  interval: number;
  onExit: () => void;
};

/**
 * The briefing-room show: steps through the events in date order, flying
 * the map to each and moving the thaw gauge to the running reading.
 * ← → step, Space pauses, F toggles full screen, Esc leaves.
 */
export function Presentation({ events, places, placesById, sourcesById, bounds, scaleMax, interval, onExit }: Props) {
  const words = useWords();
  const { t } = words;
  const story = useMemo(() => storyOrder(events), [events]);
  const summaries = useMemo(() => summarizePlaces(events, places), [events, places]);
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const reducedMotion = useReducedMotion();
  const idle = useIdle(3000);
  useWakeLock();

  const step = stepAt(story, index);
  const next = useCallback(() => setIndex((i) => (i + 1) % Math.max(1, story.length)), [story.length]);
  const previous = useCallback(() => setIndex((i) => (i - 1 + story.length) % Math.max(1, story.length)), [story.length]);
  const togglePause = useCallback(() => setPaused((p) => !p), []);
  const toggleFullScreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  // One timer per step: restarting it on every step (and on pause) means a manual step gets a full interval.
  useEffect(() => {
    if (paused || story.length < 2) return undefined;
    const timer = window.setTimeout(next, interval * 1000);
    return () => window.clearTimeout(timer);
  }, [index, paused, interval, next, story.length]);

  // Attached in a layout effect, before the step is painted: a passive effect can run after the paint, and a key pressed as soon as the show appears would be lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (event.key === ' ' && target?.closest('button, a, input')) return;
      if (event.key === 'ArrowRight') next();
      else if (event.key === 'ArrowLeft') previous();
      else if (event.key === ' ') togglePause();
      else if (event.key === 'f' || event.key === 'F') toggleFullScreen();
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, togglePause, toggleFullScreen, onExit]);

  if (!step) {
    return (
      <div className="presentation presentation--empty">
        <h1>{t('present.emptyTitle')}</h1>
        <p>{t('present.emptyBody')}</p>
        <button type="button" onClick={onExit}>
          {t('present.back')}
        </button>
      </div>
    );
  }

  const { event, reading, quote } = step;
  const place = event.placeId === undefined ? undefined : placesById.get(event.placeId);
  const source = quote ? sourcesById.get(quote.sourceId) : undefined;
  const progress = ((step.index + 1) / step.total) * 100;
  return (
    <div className={`presentation${idle ? ' is-idle' : ''}`}>
      <div className="presentation__map">
        <Suspense fallback={<div className="skeleton skeleton--map" aria-hidden="true" />}>
          <PlaceMap
            summaries={summaries}
            selected={[]}
            chosenPlaceId={event.placeId ?? null}
            scaleMax={scaleMax}
            bounds={bounds}
            focus={place ? { lat: place.lat, lon: place.lon } : null}
            animate={!reducedMotion}
          />
        </Suspense>
      </div>
      <section className="presentation__card" aria-labelledby="step-title">
        <p className="presentation__kicker">{t('present.kicker')}</p>
        <h1 id="step-title" lang="en">
          {event.title}
        </h1>
        <p className="presentation__when">
          <time dateTime={event.date}>{words.eventDate(event)}</time> · {words.placeOf(event, place)}
          {event.geoPrecision !== undefined && event.geoPrecision > 1 && <span className="presentation__precision"> ({words.geoPrecision(event.geoPrecision)})</span>}
        </p>
        {quote && (
          <figure className="presentation__quote">
            <blockquote lang="en">{quote.quote}</blockquote>
            {source && <figcaption>{t.rich('present.source', { outlet: <span lang="en">{source.outlet}</span>, published: source.published })}</figcaption>}
          </figure>
        )}
        <div className="presentation__gauge">
          <h2>{t('present.gauge')}</h2>
          <ThawGauge summary={reading} />
        </div>
        <div className="presentation__controls">
          <button type="button" onClick={previous}>
            {t('present.previous')}
          </button>
          <button type="button" onClick={togglePause} aria-pressed={paused}>
            {t(paused ? 'present.resume' : 'present.pause')}
          </button>
          <button type="button" onClick={next}>
            {t('present.next')}
          </button>
          <button type="button" onClick={toggleFullScreen}>
            {t('present.fullScreen')}
          </button>
          <button type="button" onClick={onExit}>
            {t('present.exit')}
          </button>
        </div>
        <div className="presentation__progress" role="progressbar" aria-label={t('present.progress')} aria-valuemin={1} aria-valuemax={step.total} aria-valuenow={step.index + 1} aria-valuetext={t('present.step', { index: step.index + 1, total: step.total })}>
          <div style={{ width: `${progress}%` }} />
        </div>
        <p className="visually-hidden" aria-live="polite">
          {t.rich('present.stepLive', { index: step.index + 1, total: step.total, title: <span lang="en">{event.title}</span>, date: words.eventDate(event), place: words.placeOf(event, place) })}
        </p>
      </section>
    </div>
  );
}
