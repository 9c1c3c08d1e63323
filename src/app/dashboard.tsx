import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import type { LatLngBoundsExpression } from 'leaflet';
import { newestFirst } from '../core/dataset/describe';
import type { Dataset } from '../core/dataset/schema';
import { countTopics, summarizePlaces, summarizeThaw, thawSeries, timeBuckets, topicsByFrequency } from '../core/filters/aggregate';
import type { CrossFiltered, Filters } from '../core/filters/filters';
import { EventDetail } from '../features/events/components/event-detail';
import { EventList } from '../features/events/components/event-list';
import { PlaceList } from '../features/map/components/place-list';
import { ThawEvidence } from '../features/thaw/components/thaw-evidence';
import { ThawGauge } from '../features/thaw/components/thaw-gauge';
import { ThawTrend } from '../features/thaw/components/thaw-trend';
import { Timeline } from '../features/timeline/components/timeline';
import { TopicBars } from '../features/topics/components/topic-bars';
import { Panel } from './panel';

const PlaceMap = lazy(() => import('../features/map/components/place-map'));

type Props = {
  dataset: Dataset;
  filters: Filters;
  /** The events under each combination of filters, from crossFilter. */
  crossed: CrossFiltered;
  chosenEventId: string | null;
  onTogglePlace: (placeId: string) => void;
  onToggleTopic: (topicId: string) => void;
  onRange: (from: string | null, to: string | null) => void;
  onChooseEvent: (eventId: string | null) => void;
};

/**
 * The linked panels. Everything shown is derived here once per dataset or
 * filter change and handed down as plain, memoized data; the panels only
 * render it and report clicks.
 */
export function Dashboard({ dataset, filters, crossed, chosenEventId, onTogglePlace, onToggleTopic, onRange, onChooseEvent }: Props) {
  const evidenceId = useId();
  const [evidenceOpen, setEvidenceOpen] = useState(false);

  // Per dataset.
  const lookups = useMemo(
    () => ({
      places: new Map(dataset.places.map((p) => [p.id, p])),
      sources: new Map(dataset.sources.map((s) => [s.id, s])),
      topics: new Map(dataset.topics.map((t) => [t.id, t])),
      titles: new Map(dataset.events.map((e) => [e.id, e.title])),
      topicOrder: topicsByFrequency(dataset.events, dataset.topics),
      scaleMax: Math.max(1, ...summarizePlaces(dataset.events, dataset.places).map((s) => s.count)),
      bounds: boundsOf(dataset),
    }),
    [dataset],
  );

  // Per filter change.
  const view = useMemo(() => {
    return {
      places: summarizePlaces(crossed.except.places, dataset.places, filters.places),
      topics: countTopics(crossed.except.topics, lookups.topicOrder),
      timeline: timeBuckets(dataset.events, crossed.except.time),
      thaw: summarizeThaw(crossed.all),
      series: thawSeries(crossed.all),
      list: newestFirst(crossed.all),
    };
  }, [dataset, filters, crossed, lookups.topicOrder]);

  const chosen = useMemo(() => dataset.events.find((e) => e.id === chosenEventId) ?? null, [dataset, chosenEventId]);
  const closeDetail = useCallback(() => onChooseEvent(null), [onChooseEvent]);
  const toggleEvidence = useCallback(() => setEvidenceOpen((open) => !open), []);

  return (
    <div className="dashboard">
      <Panel title="Map" className="panel--map">
        <div className="map-frame">
          <Suspense fallback={<div className="skeleton skeleton--map" aria-hidden="true" />}>
            <PlaceMap
              summaries={view.places}
              selected={filters.places}
              chosenPlaceId={chosen?.placeId ?? null}
              scaleMax={lookups.scaleMax}
              bounds={lookups.bounds}
              onToggle={onTogglePlace}
            />
          </Suspense>
        </div>
        <PlaceList summaries={view.places} selected={filters.places} onToggle={onTogglePlace} />
        <p className="legend">
          Bubble area: number of events. Colour: mean thaw score, <span className="legend__cold">cold</span> to <span className="legend__warm">warm</span>. A dashed ring marks places where some events are placed approximately.
        </p>
      </Panel>

      <Panel title="Thaw index" className="panel--thaw">
        <ThawGauge summary={view.thaw} evidenceOpen={evidenceOpen} onToggleEvidence={toggleEvidence} evidenceId={evidenceId} />
        <ThawTrend points={view.series} chosenEventId={chosenEventId} titles={lookups.titles} />
        {evidenceOpen && <ThawEvidence id={evidenceId} events={view.list} sourcesById={lookups.sources} onChoose={onChooseEvent} />}
      </Panel>

      <Panel title="Topics" className="panel--topics">
        <TopicBars counts={view.topics} selected={filters.topics} onToggle={onToggleTopic} />
      </Panel>

      <Panel title="Timeline" className="panel--timeline">
        <Timeline
          buckets={view.timeline.buckets}
          granularity={view.timeline.granularity}
          from={filters.from}
          to={filters.to}
          chosenDate={chosen?.date ?? null}
          onRange={onRange}
        />
      </Panel>

      <Panel title="Events" className="panel--events">
        <div className="events-layout">
          <EventList events={view.list} placesById={lookups.places} chosenId={chosenEventId} onChoose={onChooseEvent} />
          {chosen && (
            <EventDetail
              event={chosen}
              place={lookups.places.get(chosen.placeId)}
              sourcesById={lookups.sources}
              topicsById={lookups.topics}
              inFilters={crossed.all.includes(chosen)}
              onClose={closeDetail}
            />
          )}
        </div>
      </Panel>
    </div>
  );
}

/** The box around the dataset's places, or East Asia when it has none. */
function boundsOf(dataset: Dataset): LatLngBoundsExpression {
  if (dataset.places.length === 0) return [[20, 100], [50, 145]];
  const lats = dataset.places.map((p) => p.lat);
  const lons = dataset.places.map((p) => p.lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}

/** The dashboard's frame while the dataset loads: same panels, same sizes, nothing shifts. */
export function DashboardSkeleton() {
  return (
    <div className="dashboard" aria-hidden="true">
      {['map', 'thaw', 'topics', 'timeline', 'events'].map((name) => (
        <section key={name} className={`panel panel--${name}`}>
          <div className="skeleton skeleton--title" />
          <div className={`skeleton skeleton--${name}`} />
        </section>
      ))}
    </div>
  );
}
