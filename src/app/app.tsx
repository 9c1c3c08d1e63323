import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { newestFirst, summarizeDataset } from '../core/dataset/describe';
import { BUILT_IN_DATASET_URL, datasetQueryOptions, sourceFromDataParam, type DatasetSource } from '../features/dataset/api/dataset-query';
import { DatasetErrorPanel } from '../features/dataset/components/dataset-error';
import { DatasetFilePicker } from '../features/dataset/components/dataset-file-picker';
import { DatasetWarnings } from '../features/dataset/components/dataset-warnings';
import { EventList } from '../features/events/components/event-list';

type Props = {
  /** The page's query string, for `?data=`. */
  search: string;
  /** The page's address, to resolve relative `?data=` paths. */
  base: string;
};

/** The application shell: picks the dataset source, loads it, and lays out the panels. */
export function App({ search, base }: Props) {
  const initial = useMemo(() => sourceFromDataParam(new URLSearchParams(search).get('data'), base), [search, base]);
  const [source, setSource] = useState<DatasetSource>(initial.source);
  const [refused, setRefused] = useState(initial.refused);
  const query = useQuery(datasetQueryOptions(source));

  const openFile = useCallback((file: File) => {
    setRefused(undefined);
    setSource({ kind: 'file', file });
  }, []);
  const loadBuiltIn = useCallback(() => setSource({ kind: 'url', url: BUILT_IN_DATASET_URL }), []);

  const origin = source.kind === 'file' ? source.file.name : source.url;
  const data = query.data;
  const events = useMemo(() => (data ? newestFirst(data.dataset.events) : []), [data]);
  const placesById = useMemo(() => new Map(data?.dataset.places.map((p) => [p.id, p]) ?? []), [data]);

  return (
    <div className="shell">
      <header className="shell__header">
        <div>
          <h1>Thaw Monitor</h1>
          <p className="shell__summary" aria-live="polite">
            {data ? summarizeDataset(data.dataset) : query.isError ? 'No dataset loaded' : 'Loading the dataset…'}
          </p>
        </div>
        <DatasetFilePicker onFile={openFile} />
      </header>
      <main className="shell__main">
        {refused && (
          <p className="panel panel--warning" role="status">
            {refused}. Showing the built-in dataset.
          </p>
        )}
        {query.isError && (
          <DatasetErrorPanel
            error={query.error}
            onRetry={() => void query.refetch()}
            onUseBuiltIn={source.kind === 'file' || source.url !== BUILT_IN_DATASET_URL ? loadBuiltIn : undefined}
          />
        )}
        {data && <DatasetWarnings origin={origin} warnings={data.warnings} skippedEvents={data.skippedEvents} />}
        <section className="panel" aria-labelledby="events-title" aria-busy={query.isPending}>
          <h2 id="events-title">Events</h2>
          {query.isPending ? (
            <div className="skeleton" aria-hidden="true" />
          ) : (
            data && <EventList events={events} placesById={placesById} />
          )}
        </section>
      </main>
    </div>
  );
}
