import { memo, useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DatasetLookups } from '../core/dataset/lookups';
import type { ThawEvent } from '../core/dataset/schema';
import { matchesFilters, type Filters } from '../core/filters/filters';
import { BUTTON_MARKERS, placesToDraw, type PanelData } from '../core/filters/panel-data';
import { PANELS, type PanelId } from '../core/view/view-state';
import { EVENT_DETAIL_TITLE_ID, EventDetail } from '../features/events/components/event-detail';
import { EventList } from '../features/events/components/event-list';
import { PlaceList } from '../features/map/components/place-list';
import { ThawEvidence } from '../features/thaw/components/thaw-evidence';
import { ThawGauge } from '../features/thaw/components/thaw-gauge';
import { ThawTrend } from '../features/thaw/components/thaw-trend';
import { Timeline } from '../features/timeline/components/timeline';
import { TopicBars } from '../features/topics/components/topic-bars';
import { AfterPaint } from '../shared/after-paint';
import { useT } from '../shared/i18n/use-t';
import { Panel } from './panel';
import { MapPlaceholder } from '../features/map/components/map-picture';
import { loadMap, mapCode } from '../features/map/load-map';
import { useIdleValue } from '../shared/use-idle-value';
import { usePanelsInView } from './use-panels-in-view';
import { EXPORT_ROWS } from '../core/engine/engine';

type Props = {
  lookups: DatasetLookups;
  filters: Filters;
  /** What every panel shows under the filters, from panelData. */
  panel: PanelData;
  chosenEventId: string | null;
  /** The event chosenEventId names, where it is known. */
  chosenEvent: ThawEvent | null;
  /** True while an engine computes the panels for a new filter state. */
  busy?: boolean;
  /** Where the dataset has machine-coded events: how many of each the thaw index is computed from. */
  thawBasis?: { curated: number; machine: number } | null;
  /** Which panels to show, in order (embeds choose); the full dashboard shows all. */
  panels?: ReadonlyArray<PanelId>;
  /** A single column of the chosen panels, for embeds. */
  compact?: boolean;
  onTogglePlace: (placeId: string) => void;
  onToggleTopic: (topicId: string) => void;
  onRange: (from: string | null, to: string | null) => void;
  onChooseEvent: (eventId: string | null) => void;
};

/**
 * The linked panels. Everything shown is derived here once per dataset or
 * filter change and handed down as plain, memoized data; the panels only
 * render it and report clicks. Memoized: writing the URL re-reads it into
 * an equal view a moment after each click, and that must not redraw the
 * panels.
 *
 * A filter change redraws the panels on screen at once; the panels off
 * screen are redrawn once the filters have stayed put for a moment and the
 * browser is idle (useIdleValue), in a transition React interrupts for the
 * next click. Nobody sees them lag: a panel that comes into view is drawn
 * with the current filters at once, and a print or a picture of the page
 * applies the waiting change first.
 */
export const Dashboard = memo(function Dashboard({ lookups, filters: currentFilters, panel: currentView, thawBasis = null, chosenEventId, chosenEvent: chosen, busy = false, panels = PANELS, compact = false, onTogglePlace, onToggleTopic, onRange, onChooseEvent }: Props) {
  const evidenceId = useId();
  const t = useT();
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const inView = usePanelsInView(root);
  const now = useMemo(() => ({ view: currentView, filters: currentFilters }), [currentView, currentFilters]);
  const later = useIdleValue(now);
  /** What a panel shows: the current filters on screen, the deferred ones off screen. */
  const stateOf = (id: PanelId) => (inView === null || inView.has(id) ? now : later);

  const mapState = stateOf('map');
  const drawn = useMemo(() => placesToDraw(mapState.view.places, mapState.filters.places), [mapState.view.places, mapState.filters.places]);
  const closeDetail = useCallback(() => onChooseEvent(null), [onChooseEvent]);
  // An event the reader chooses here (not one the address or an embedding page names) is brought into view, its title
  // with half a screen of it below (the title's scroll margin): from the thaw evidence, or from a list that runs past a
  // phone's screen, it would open out of sight. The frame after the choice has drawn it.
  const choose = useCallback((id: string | null) => {
    onChooseEvent(id);
    requestAnimationFrame(() => document.getElementById(EVENT_DETAIL_TITLE_ID)?.scrollIntoView({ block: 'nearest' }));
  }, [onChooseEvent]);
  const toggleEvidence = useCallback(() => setEvidenceOpen((open) => !open), []);
  const evidence = useMemo(() => ({ open: evidenceOpen, onToggle: toggleEvidence, id: evidenceId }), [evidenceOpen, toggleEvidence, evidenceId]);

  const render: Record<PanelId, (state: ReturnType<typeof stateOf>) => ReactNode> = {
    map: ({ view, filters }) => (
      <Panel key="map" name="map" title={t('panel.map')} className="panel--map">
        <div className="map-frame">
          <AfterPaint
            load={loadMap}
            fallback={<MapPlaceholder summaries={drawn} selected={filters.places} chosenPlaceId={chosen?.placeId ?? null} scaleMax={lookups.scaleMax} bounds={lookups.bounds} />}
          >
            {() =>
              mapCode.module && (
                <mapCode.module.default
                  summaries={drawn}
                  selected={filters.places}
                  chosenPlaceId={chosen?.placeId ?? null}
                  scaleMax={lookups.scaleMax}
                  bounds={lookups.bounds}
                  onToggle={onTogglePlace}
                />
              )
            }
          </AfterPaint>
        </div>
        <PlaceList summaries={view.places} selected={filters.places} onToggle={onTogglePlace} />
        <p className="legend">
          {t.rich('map.legend', { cold: (chunks) => <span className="legend__cold">{chunks}</span>, warm: (chunks) => <span className="legend__warm">{chunks}</span> })}
          {drawn.length < view.places.length && ` ${t('map.legendCapped', { drawn: drawn.length, total: view.places.length })}`}
          {drawn.length > BUTTON_MARKERS && ` ${t('map.legendPainted', { buttons: BUTTON_MARKERS })}`}
        </p>
      </Panel>
    ),
    thaw: ({ view }) => (
      <Panel key="thaw" name="thaw" title={t('panel.thaw')} className="panel--thaw">
        <ThawGauge summary={view.thaw} evidence={evidence} basis={thawBasis} />
        <ThawTrend series={view.series} chosenEventId={chosenEventId} titleOf={lookups.titleOf} />
        {evidenceOpen && view.count > view.list.length && <p className="legend">{t('engine.listNote', { listed: view.list.length, count: view.count, exported: EXPORT_ROWS })}</p>}
        {evidenceOpen && <ThawEvidence id={evidenceId} events={view.list} sourcesById={lookups.sources} onChoose={choose} />}
      </Panel>
    ),
    topics: ({ view, filters }) => (
      <Panel key="topics" name="topics" title={t('panel.topics')} className="panel--topics">
        <TopicBars counts={view.topics} selected={filters.topics} onToggle={onToggleTopic} />
      </Panel>
    ),
    timeline: ({ view, filters }) => (
      <Panel key="timeline" name="timeline" title={t('panel.timeline')} className="panel--timeline">
        <Timeline
          buckets={view.timeline.buckets}
          granularity={view.timeline.granularity}
          from={filters.from}
          to={filters.to}
          chosenDate={chosen?.date ?? null}
          onRange={onRange}
        />
      </Panel>
    ),
    events: ({ view, filters }) => (
      <Panel key="events" name="events" title={t('panel.events')} className="panel--events">
        {view.count > view.list.length && <p className="legend">{t('engine.listNote', { listed: view.list.length, count: view.count, exported: EXPORT_ROWS })}</p>}
        <div className="events-layout">
          <EventList events={view.list} placesById={lookups.places} chosenId={chosenEventId} onChoose={choose} />
          {chosen && (
            <EventDetail
              event={chosen}
              place={chosen.placeId === undefined ? undefined : lookups.places.get(chosen.placeId)}
              sourcesById={lookups.sources}
              topicsById={lookups.topics}
              inFilters={matchesFilters(chosen, filters)}
              onClose={closeDetail}
            />
          )}
        </div>
      </Panel>
    ),
  };

  return (
    <div ref={root} className={compact ? 'dashboard dashboard--compact' : 'dashboard'} aria-busy={busy || undefined}>
      {panels.map((id) => render[id](stateOf(id)))}
    </div>
  );
});

/** The dashboard's frame while the dataset loads: same panels, same sizes, nothing shifts. */
export function DashboardSkeleton({ panels = PANELS, compact = false }: Pick<Props, 'panels' | 'compact'>) {
  return (
    <div className={compact ? 'dashboard dashboard--compact' : 'dashboard'} aria-hidden="true">
      {panels.map((name) => (
        <section key={name} className={`panel panel--${name}`}>
          <div className="skeleton skeleton--title" />
          <div className={`skeleton skeleton--${name}`} />
        </section>
      ))}
    </div>
  );
}
