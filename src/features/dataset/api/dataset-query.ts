import { queryOptions } from '@tanstack/react-query';
import { parseDatasetText, sizeProblem, type DatasetProblem } from '../../../core/dataset/parse-dataset';
import type { Dataset } from '../../../core/dataset/schema';
import { DATASET_REQUEST_HEADERS, type DatasetSource } from './data-source';
import { takeEarlyFetch } from './early-fetch';
import { importFormatOf } from '../../../core/import/detect';

/** A dataset as loaded, with where it came from (a URL or a file name) and the rows skipped. */
export type LoadedDataset = { origin: string; dataset: Dataset; warnings: DatasetProblem[]; skippedEvents: number };

/** A dataset that could not be used, with what is wrong with it. */
export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
  constructor(
    readonly origin: string,
    readonly problems: DatasetProblem[],
    readonly retryable = false,
  ) {
    super(`${origin}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

type Read = { origin: string; text: string; imported?: { warnings: DatasetProblem[]; skipped: number } };

async function readSource(source: DatasetSource, signal: AbortSignal): Promise<Read> {
  if (source.kind === 'file') {
    const tooLarge = sizeProblem(source.file.size);
    if (tooLarge) throw new DatasetLoadError(source.file.name, [tooLarge]);
    // A GDELT or ACLED export is imported in a worker, whose code loads only now; anything else is read as a dataset.
    const format = importFormatOf(new Uint8Array(await source.file.slice(0, 8192).arrayBuffer()));
    if (format) {
      const { runImport } = await import('../import/run-import');
      const outcome = await runImport(source.file, format, signal);
      const warnings: DatasetProblem[] = outcome.bad.map((row) => ({ path: `${row.file}:${row.line}`, message: row.reason, ...(row.code ? { code: `import_${row.code}` as const, params: row.params } : {}) }));
      const more = outcome.badCount - outcome.bad.length;
      if (more > 0) warnings.push({ path: source.file.name, message: `and ${more} more bad rows`, code: 'import_more', params: { count: more } });
      return { origin: source.file.name, text: outcome.json, imported: { warnings, skipped: outcome.badCount } };
    }
    return { origin: source.file.name, text: await source.file.text() };
  }
  let response: Response;
  try {
    response = await (takeEarlyFetch(source.url, signal) ?? fetch(source.url, { signal, headers: DATASET_REQUEST_HEADERS }));
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetLoadError(source.url, [{ path: '(network)', message: 'the dataset could not be fetched', code: 'fetch_failed' }], true);
  }
  if (!response.ok) {
    throw new DatasetLoadError(source.url, [{ path: '(network)', message: `the server answered ${response.status} ${response.statusText}`.trim(), code: 'server_status', params: { status: `${response.status} ${response.statusText}`.trim() } }], response.status >= 500);
  }
  // Refused before the body is read when the server says how large it is.
  const tooLarge = sizeProblem(Number(response.headers.get('Content-Length')));
  if (tooLarge) {
    void response.body?.cancel();
    throw new DatasetLoadError(source.url, [tooLarge]);
  }
  return { origin: source.url, text: await response.text() };
}

/**
 * The query for one dataset source. The key names the source (a URL, or a
 * dropped file by name, size and time), so switching source never shows the
 * previous dataset. Invalid data is not retried; network failures are, twice.
 */
export function datasetQueryOptions(source: DatasetSource) {
  const key =
    source.kind === 'url'
      ? (['dataset', 'url', source.url] as const)
      : (['dataset', 'file', source.file.name, source.file.size, source.file.lastModified] as const);
  return queryOptions({
    queryKey: key,
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      const { origin, text, imported } = await readSource(source, signal);
      const result = parseDatasetText(text);
      if (!result.ok) throw new DatasetLoadError(origin, [...(imported?.warnings ?? []), ...result.errors]);
      return { origin, dataset: result.dataset, warnings: [...(imported?.warnings ?? []), ...result.warnings], skippedEvents: result.skippedEvents + (imported?.skipped ?? 0) };
    },
    staleTime: Infinity,
    retry: (failures, error) => error instanceof DatasetLoadError && error.retryable && failures < 2,
  });
}
