import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { summarizeDataset } from '../core/dataset/describe';
import { crossFilter, filtersFromView, isUnfiltered, toggleValue, type Filters } from '../core/filters/filters';
import { BUILT_IN_DATASET_URL, datasetQueryOptions, sourceFromDataParam } from '../features/dataset/api/dataset-query';
import { DatasetErrorPanel } from '../features/dataset/components/dataset-error';
import { DatasetWarnings } from '../features/dataset/components/dataset-warnings';
import { Dashboard, DashboardSkeleton } from './dashboard';
import { Header } from './header';
import { useView } from './use-view';

type Props = {
  /** The page's address, to resolve relative `?data=` paths. */
  base: string;
};

/** The application shell: reads the view from the URL, loads the dataset, and lays out the panels. */
export function App({ base }: Props) {
  const [view, setView] = useView();
  const dataParam = useMemo(() => sourceFromDataParam(view.data, base), [view.data, base]);
  const [file, setFile] = useState<File | null>(null);
  const source = file ? ({ kind: 'file', file } as const) : dataParam.source;
  const query = useQuery(datasetQueryOptions(source));
  const data = query.data;

  const filters = useMemo<Filters | null>(() => (data ? filtersFromView(view, data.dataset) : null), [data, view]);
  const crossed = useMemo(() => (data && filters ? crossFilter(data.dataset.events, filters) : null), [data, filters]);

  const setFilters = useCallback((next: Filters) => void setView({ places: next.places as string[], topics: next.topics as string[], from: next.from, to: next.to }), [setView]);
  const onTogglePlace = useCallback((id: string) => filters && setFilters(toggleValue(filters, 'places', id)), [filters, setFilters]);
  const onToggleTopic = useCallback((id: string) => filters && setFilters(toggleValue(filters, 'topics', id)), [filters, setFilters]);
  const onRange = useCallback((from: string | null, to: string | null) => void setView({ from, to }), [setView]);
  const onChooseEvent = useCallback((event: string | null) => void setView({ event }), [setView]);
  const onReset = useCallback(() => void setView({ places: null, topics: null, from: null, to: null, event: null }), [setView]);
  const onFile = useCallback((next: File) => setFile(next), []);
  const loadBuiltIn = useCallback(() => {
    setFile(null);
    void setView({ data: null });
  }, [setView]);

  const origin = file ? file.name : dataParam.source.kind === 'url' ? dataParam.source.url : '';
  const total = data?.dataset.events.length ?? 0;
  const summary = data ? summarizeDataset(data.dataset) : query.isError ? 'No dataset loaded' : 'Loading the dataset…';
  const status = data && crossed ? `${crossed.all.length} of ${total} ${total === 1 ? 'event' : 'events'}` : query.isError ? 'No events' : 'Loading';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to the dashboard
      </a>
      <Header summary={summary} status={status} canReset={!!filters && (!isUnfiltered(filters) || view.event !== null)} onReset={onReset} onFile={onFile} />
      <main id="main" className="shell__main" tabIndex={-1}>
        {dataParam.refused && !file && (
          <p className="notice notice--warning" role="status">
            {dataParam.refused}. Showing the built-in dataset.
          </p>
        )}
        {query.isError && (
          <DatasetErrorPanel
            error={query.error}
            onRetry={() => void query.refetch()}
            onUseBuiltIn={file || (source.kind === 'url' && source.url !== BUILT_IN_DATASET_URL) ? loadBuiltIn : undefined}
          />
        )}
        {data && <DatasetWarnings origin={origin} warnings={data.warnings} skippedEvents={data.skippedEvents} />}
        {query.isPending && <DashboardSkeleton />}
        {data && filters && crossed && (
          <Dashboard
            dataset={data.dataset}
            filters={filters}
            crossed={crossed}
            chosenEventId={view.event}
            onTogglePlace={onTogglePlace}
            onToggleTopic={onToggleTopic}
            onRange={onRange}
            onChooseEvent={onChooseEvent}
          />
        )}
      </main>
    </div>
  );
}
