import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { summarizeDataset } from '../core/dataset/describe';
import { lookupsOf } from '../core/dataset/lookups';
import type { EmbedFilters } from '../core/embed/protocol';
import type { Language } from '../core/i18n/languages';
import { buildIndex } from '../core/filters/event-index';
import { filtersFromView, filtersKey, isUnfiltered, toggleValue, withStableLists, type Filters } from '../core/filters/filters';
import { useStableCallback } from '../shared/use-stable-callback';
import { panelData } from '../core/filters/panel-data';
import { summaryOfTable } from '../core/engine/engine';
import { lookupsOfTable, withTitlesOf } from '../core/engine/table-lookups';
import { panelQueryOptions } from '../features/dataset/api/panel-query';
import { useChosenEvent } from '../features/dataset/api/use-chosen-event';
import { DatasetLoadError } from '../features/dataset/api/dataset-query';
import { codingCounts, datasetOfCoding, type Coding } from '../core/filters/coding';
import { encodeView, PANELS } from '../core/view/view-state';
import { BUILT_IN_DATASET_URL, sourceFromDataParam } from '../features/dataset/api/data-source';
import { datasetQueryOptions } from '../features/dataset/api/dataset-query';
import { DatasetErrorPanel } from '../features/dataset/components/dataset-error';
import { DatasetWarnings } from '../features/dataset/components/dataset-warnings';
import { ImportProgressBar } from '../features/dataset/components/import-progress-bar';
import { useEmbedBridge } from '../features/embed/hooks/use-embed-bridge';
import { ExportMenu } from '../features/export/components/export-menu';
import { hasReviewed, REVIEWED_QUERY_KEY, reviewedQueryOptions } from '../features/ingest/api/reviewed-query';
import { AddArticleBoundary } from '../features/ingest/components/add-article-boundary';
import { Presentation } from '../features/presentation/components/presentation';
import { useT } from '../shared/i18n/use-t';
import { useWords } from '../shared/i18n/use-words';
import { Dashboard, DashboardSkeleton } from './dashboard';
import { Header } from './header';
import { useDocumentTheme } from './use-document-theme';
import { useReadyMark } from './use-ready-mark';
import { useAnswerFirst } from './use-answer-first';
import { useView, type SetView } from './use-view';

/** The ingest and its review: loaded only when Add article… is pressed. */
const AddArticleDialog = lazy(() => import('../features/ingest/components/add-article-dialog'));

type Props = {
  /** The page's address, to resolve relative `?data=` paths. */
  base: string;
};

/**
 * The one shell. It reads the view from the URL, loads the dataset and
 * derives the filtered events once; the mode (dashboard, embed, present)
 * only changes the chrome and the layout around the same panels.
 */
export function App({ base }: Props) {
  const [view, setView] = useView();
  const { mode } = view;
  const t = useT();
  const words = useWords();
  const pageTitle = t('app.title');
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  useDocumentTheme(view.theme ?? (mode === 'present' ? 'dark' : 'auto'));

  const dataParam = useMemo(() => sourceFromDataParam(view.data, base), [view.data, base]);
  const [file, setFile] = useState<File | null>(null);
  const source = file ? ({ kind: 'file', file } as const) : dataParam.source;
  const query = useQuery(datasetQueryOptions(source));
  // Reviewed events kept in this browser join whatever dataset is in view; the store is read only where there are some.
  const [readReviewed, setReadReviewed] = useState(hasReviewed);
  const reviewed = useQuery({ ...reviewedQueryOptions(), enabled: readReviewed });
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const onReviewedSaved = useCallback(() => {
    setReadReviewed(true);
    void queryClient.invalidateQueries({ queryKey: REVIEWED_QUERY_KEY });
  }, [queryClient]);
  // A new dataset is drawn in a deferred render, which React splits into short slices: the page stays responsive while a large one is drawn.
  const loaded = useDeferredValue(query.data);
  // Where this browser keeps reviewed events, the dataset waits for them (a small, local read): drawn once, not redrawn with them a moment later.
  const waitForReviewed = readReviewed && reviewed.isPending;
  const full = useMemo(() => {
    const r = reviewed.data;
    if (waitForReviewed) return undefined;
    return loaded && r?.reviewed && r.reviewed.events.length > 0 ? { ...loaded, dataset: r.merge(loaded.dataset, r.reviewed) } : loaded;
  }, [loaded, reviewed.data, waitForReviewed]);
  // Curated and reviewed events, machine-coded ones (GDELT, ACLED), or both: the view's `coding`, offered where the dataset has both.
  const coding = view.coding;
  // A large table stays in DuckDB (in this browser or on a data server), which answers the panels' queries.
  const engine = full?.engine ?? null;
  const codings = useMemo(() => (full ? (full.engine ? { curated: 0, machine: full.engine.context.count } : codingCounts(full.dataset.events)) : null), [full]);
  const data = useMemo(() => (full && coding !== 'all' ? { ...full, dataset: datasetOfCoding(full.dataset, coding) } : full), [full, coding]);
  const reviewedCount = reviewed.data?.reviewed?.events.length ?? 0;
  const pending = !data && !query.isError;
  const mainRef = useRef<HTMLElement>(null);

  // Keyed by value: writing the URL re-reads it into a new, equal view, which must not recompute every panel.
  const viewFilters = data ? filtersFromView(view, data.dataset) : null;
  const viewFiltersKey = viewFilters ? filtersKey(viewFilters) : '';
  // A dimension the change left alone keeps its list, so its panels are not drawn again.
  const lastFilters = useRef<Filters | null>(null);
  const filters = useMemo<Filters | null>(() => {
    const next = viewFilters && withStableLists(lastFilters.current, viewFilters);
    lastFilters.current = next;
    return next;
  }, [data, viewFiltersKey]);
  // The index is built once per dataset; each filter change is then one pass over typed arrays.
  const index = useMemo(() => (data && !data.engine ? buildIndex(data.dataset) : null), [data]);
  const baseLookups = useMemo(() => (data?.engine ? lookupsOfTable(data.engine.context) : data && index ? lookupsOf(data.dataset, index) : null), [data, index]);
  const memoryPanel = useMemo(
    () => (data && baseLookups && index && filters ? panelData(index, { events: data.dataset.events, places: data.dataset.places, topicOrder: baseLookups.topicOrder }, filters) : null),
    [data, baseLookups, index, filters],
  );
  const engineQuery = useQuery({ ...panelQueryOptions(data?.origin ?? '', data?.engine ?? null, filters, coding), placeholderData: keepPreviousData });
  const panel = data?.engine ? (engineQuery.data ?? null) : memoryPanel;
  // Where an engine answers, the panels show the places and topics their numbers are for: a click the engine is slow to
  // answer (written before its answer, see useAnswerFirst below) is drawn with the pressed button once the answer is in,
  // not over the numbers before it. The dashboard says it is busy meanwhile. The date range is shown as asked at once:
  // the brush's handles follow the pointer, never the answers.
  const answered = useRef<Filters | null>(null);
  const waiting = !!data?.engine && engineQuery.isPlaceholderData;
  if (!waiting) answered.current = filters;
  const before = waiting ? answered.current : null;
  const shownFilters = useMemo(
    () => (before && filters ? { places: before.places, topics: before.topics, from: filters.from, to: filters.to } : filters),
    [before, filters],
  );
  // The engine learns what the reader looks at, asked or answered from the cache, and prepares the next click for it.
  useEffect(() => {
    if (data?.engine && filters) data.engine.seen?.(filters, coding);
  }, [data, filters, coding]);
  // An engine's trend names the events it lists (a per-event trend has at most MAX_TREND_POINTS, fewer than LIST_PAGE).
  const lookups = useMemo(() => (baseLookups && data?.engine && panel ? withTitlesOf(baseLookups, panel.list) : baseLookups), [baseLookups, data, panel]);
  const chosenEvent = useChosenEvent(data, panel, view.event);
  // Where DuckDB holds the events the page has only the newest page of them: an export asks it for the rest.
  const exportEngine = useMemo(() => {
    const source = data?.engine;
    return source && panel && filters ? { count: panel.count, read: () => source.events(filters, coding) } : undefined;
  }, [data, panel, filters, coding]);

  // Where an engine answers, a place or topic click asks it first and is written to the view with the answer in hand
  // (use-answer-first.ts); every other change to the view writes a click still waiting first, so changes keep their order.
  // The handlers read the filters as they stand when called, a waiting click's included: one function each for the
  // page's life, so the hundreds of bubbles and bars that take them are not drawn again on every change.
  const askEngine = (next: Filters) => {
    if (!data?.engine) return null;
    const options = panelQueryOptions(data.origin, data.engine, filtersFromView(next, data.dataset), coding);
    return queryClient.getQueryData(options.queryKey) === undefined ? queryClient.prefetchQuery(options) : null;
  };
  const clicks = useAnswerFirst(askEngine, (next) => void setView({ places: [...next.places], topics: [...next.topics], from: next.from, to: next.to }));
  const writeView = useStableCallback((patch: Parameters<SetView>[0]) => {
    clicks.settle();
    void setView(patch);
  });
  const onTogglePlace = useStableCallback((id: string) => filters && clicks.change(toggleValue(clicks.latest(filters), 'places', id)));
  const onToggleTopic = useStableCallback((id: string) => filters && clicks.change(toggleValue(clicks.latest(filters), 'topics', id)));
  // The brush's range is written at once, its handles following the pointer; the engine is asked for it as it is drawn.
  const onRange = useStableCallback((from: string | null, to: string | null) => {
    if (filters) void askEngine({ ...clicks.latest(filters), from, to });
    writeView({ from, to });
  });
  const onChooseEvent = useCallback((event: string | null) => writeView({ event }), [writeView]);
  const onReset = useCallback(() => writeView({ places: null, topics: null, from: null, to: null, event: null }), [writeView]);
  const onExitPresentation = useCallback(() => writeView({ mode: null }), [writeView]);
  const onPresent = useCallback(() => writeView({ mode: 'present', event: null }), [writeView]);
  const onFile = useCallback((next: File) => setFile(next), []);
  // Stopping an import goes back to the dataset the address names.
  const cancelImport = useCallback(() => {
    void queryClient.cancelQueries({ queryKey: ['dataset', 'file'] });
    setFile(null);
  }, [queryClient]);
  const loadBuiltIn = useCallback(() => {
    setFile(null);
    writeView({ data: null });
  }, [writeView]);
  const onSetFilters = useCallback((next: EmbedFilters) => writeView(next), [writeView]);

  // None until the dataset has read the filters from the address: before that, empty ones would be reported.
  const embedFilters = useMemo<EmbedFilters | null>(
    () => filters && { places: [...filters.places], topics: [...filters.topics], from: filters.from, to: filters.to, event: view.event },
    [filters, view.event],
  );
  useReadyMark(panel !== null);
  const onSetLanguage = useCallback((lang: Language) => writeView({ lang }), [writeView]);
  useEmbedBridge({ enabled: mode === 'embed', filters: embedFilters, onSetFilters, onSetLanguage });

  const total = data?.engine ? data.engine.context.count : (data?.dataset.events.length ?? 0);
  const described = useMemo(() => (full ? (full.engine ? summaryOfTable(full.engine.context) : summarizeDataset(full.dataset)) : null), [full]);
  // Where the dataset has machine-coded events, the thaw index says which events it is computed from.
  const thawBasis = useMemo(() => (codings && codings.machine > 0 && panel ? (engine ? { curated: 0, machine: panel.count } : codingCounts(panel.all)) : null), [codings, panel, engine]);
  // Where a table's events are filtered, picked by its size: said beside the summary (a JSON dataset is always filtered in the page).
  const engineName = engine ? (engine.kind === 'duckdb-server' ? t('engine.server', { host: engine.host ?? '' }) : t('engine.wasm')) : full?.fromTable ? t('engine.memory') : null;
  const summary = described ? (engineName ? `${words.summary(described)} · ${engineName}` : words.summary(described)) : t(query.isError ? 'app.noDataset' : 'app.loadingDataset');
  const status =
    data && panel
      ? t(reviewedCount > 0 ? 'app.statusReviewed' : 'app.status', { shown: panel.count, total, reviewed: reviewedCount })
      : t(query.isError ? 'app.statusNone' : 'app.statusLoading');
  const panels = mode === 'embed' ? (view.panels ?? PANELS) : PANELS;
  const fullDashboard = `${window.location.pathname}${encodeView({ ...view, mode: 'dashboard', panels: null, theme: null })}`;

  return (
    <div className={`shell shell--${mode}`}>
      {mode === 'dashboard' && (
        <>
          <a className="skip-link" href="#main">
            {t('app.skip')}
          </a>
          <Header
            summary={summary}
            status={status}
            canReset={!!filters && (!isUnfiltered(filters) || view.event !== null)}
            onReset={onReset}
            onFile={onFile}
            onPresent={onPresent}
            onAddArticle={() => setAdding(true)}
            linkNote={file && t('app.linkNote', { file: file.name, target: view.data ? 'named' : 'built-in' })}
            onLanguage={onSetLanguage}
            coding={codings && codings.machine > 0 ? { value: coding, counts: codings, onChange: (next: Coding) => writeView({ coding: next, event: null }) } : null}
            exports={<ExportMenu dataset={data && panel ? data.dataset : null} events={panel?.all ?? []} engine={exportEngine} pictureOf={() => mainRef.current} />}
          />
          {adding && (
            <AddArticleBoundary onClose={() => setAdding(false)}>
              <Suspense fallback={<p role="status" className="visually-hidden">{t('app.loadingReader')}</p>}>
                <AddArticleDialog onSaved={onReviewedSaved} onClose={() => setAdding(false)} />
              </Suspense>
            </AddArticleBoundary>
          )}
        </>
      )}
      <main id="main" ref={mainRef} className="shell__main" tabIndex={-1}>
        {mode === 'embed' && (
          <>
            <h1 className="visually-hidden">{t('app.embedTitle')}</h1>
            <p className="visually-hidden" role="status">
              {status}
            </p>
          </>
        )}
        {mode === 'present' && !data && <h1 className="visually-hidden">{t('app.title')}</h1>}
        {dataParam.refused && !file && (
          <p className="notice notice--warning" role="status">
            {dataParam.refusal && 'protocol' in dataParam.refusal ? t('app.refusedProtocol', dataParam.refusal) : t('app.refusedAddress', { value: dataParam.refusal?.value ?? '' })}
          </p>
        )}
        {query.isError && (
          <DatasetErrorPanel
            error={query.error}
            onRetry={() => void query.refetch()}
            onUseBuiltIn={file || (source.kind === 'url' && source.url !== BUILT_IN_DATASET_URL) ? loadBuiltIn : undefined}
          />
        )}
        {/* Named by the dataset shown, which lags the source chosen while the next one loads; a new dataset's notice starts closed. */}
        {data && <DatasetWarnings key={data.origin} origin={data.origin} warnings={data.warnings} skippedEvents={data.skippedEvents} eventCount={data.engine ? data.engine.context.count : data.dataset.events.length} />}
        <ImportProgressBar onCancel={cancelImport} />
        {engineQuery.isError && !engineQuery.isFetching && data && (
          <DatasetErrorPanel error={new DatasetLoadError(data.origin, [{ path: '(network)', message: String(engineQuery.error), code: 'engine_failed', params: { detail: engineQuery.error.message } }], true)} onRetry={() => void engineQuery.refetch()} />
        )}
        {(pending || (data?.engine && !panel && !engineQuery.isError)) && mode !== 'present' && <DashboardSkeleton panels={panels} compact={mode === 'embed'} />}
        {data && lookups && filters && panel && mode === 'present' && (
          <Presentation
            events={panel.all}
            places={data.dataset.places}
            placesById={lookups.places}
            sourcesById={lookups.sources}
            bounds={lookups.bounds}
            scaleMax={lookups.scaleMax}
            interval={view.interval}
            onExit={onExitPresentation}
          />
        )}
        {data && lookups && filters && panel && mode !== 'present' && (
          <Dashboard
            lookups={lookups}
            filters={shownFilters ?? filters}
            panel={panel}
            thawBasis={thawBasis}
            chosenEventId={view.event}
            chosenEvent={chosenEvent}
            busy={!!data.engine && engineQuery.isFetching}
            panels={panels}
            compact={mode === 'embed'}
            onTogglePlace={onTogglePlace}
            onToggleTopic={onToggleTopic}
            onRange={onRange}
            onChooseEvent={onChooseEvent}
          />
        )}
        {mode === 'embed' && data && panel && (
          <footer className="embed-footer">
            <a href={fullDashboard} target="_blank" rel="noopener">
              {t('app.openFull')}
            </a>
            <span className="embed-footer__credit">
              {t('app.title')} · {status}
            </span>
            <ExportMenu dataset={data.dataset} events={panel.all} engine={exportEngine} />
          </footer>
        )}
      </main>
    </div>
  );
}
