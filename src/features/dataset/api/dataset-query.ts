import { queryOptions } from '@tanstack/react-query';
import { MAX_TABLE_SIZE, parseJsonText, readDataset, sizeProblem, type DatasetProblem, type DatasetResult } from '../../../core/dataset/read-dataset';
import type { EventEngine } from '../../../core/engine/engine';
import type { TableMeta } from '../../../core/engine/event-table';
import { isServerManifest, SERVICE, type ServerManifest } from '../../../core/engine/server-protocol';
import type { Dataset } from '../../../core/dataset/schema';
import { DATASET_REQUEST_HEADERS, type DatasetSource } from './data-source';
import { takeEarlyFetch } from './early-fetch';
import { importFormatOf } from '../../../core/import/detect';

/**
 * A dataset as loaded, with where it came from (a URL or a file name) and
 * the rows skipped. Where DuckDB holds the events (a large Parquet table, or
 * a data server), `engine` answers the panels and `dataset.events` is empty.
 */
export type LoadedDataset = {
  origin: string;
  dataset: Dataset;
  warnings: DatasetProblem[];
  skippedEvents: number;
  engine?: EventEngine;
  /** True for an Arrow table small enough to be read into the page (the header then says where it is filtered). */
  fromTable?: boolean;
};

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

type Read =
  | { origin: string; text: string; imported?: { warnings: DatasetProblem[]; skipped: number } }
  | { origin: string; table: Uint8Array }
  | { origin: string; server: ServerManifest; url: string };

const startsWith = (head: Uint8Array, magic: string) => head.length >= magic.length && [...magic].every((c, i) => head[i] === c.charCodeAt(0));
/** An Arrow IPC file starts with ARROW1; a Parquet file with PAR1. */
const isArrow = (head: Uint8Array) => startsWith(head, 'ARROW1');
const isParquet = (head: Uint8Array) => startsWith(head, 'PAR1');

/** A Parquet file is for the data server; this browser opens Arrow (DuckDB-WASM reads Parquet only through an extension it would fetch). */
function parquetRefused(origin: string): never {
  const file = origin.split('/').pop() || origin;
  throw new DatasetLoadError(origin, [{ path: '(file)', message: `${file} is a Parquet file: serve it with npm run serve:data -- ${file}, or write an Arrow file with data:import --out FILE.arrow`, code: 'table_parquet', params: { file } }]);
}

async function readSource(source: DatasetSource, signal: AbortSignal): Promise<Read> {
  if (source.kind === 'file') {
    // An Arrow table may be larger than a JSON dataset: DuckDB holds it, not the page's objects.
    const head = new Uint8Array(await source.file.slice(0, 8192).arrayBuffer());
    const tooLarge = sizeProblem(source.file.size, isArrow(head) ? MAX_TABLE_SIZE : undefined);
    if (tooLarge) throw new DatasetLoadError(source.file.name, [tooLarge]);
    if (isArrow(head)) return { origin: source.file.name, table: new Uint8Array(await source.file.arrayBuffer()) };
    if (isParquet(head)) parquetRefused(source.file.name);
    // A GDELT or ACLED export is imported in a worker, whose code loads only now; anything else is read as a dataset.
    const format = importFormatOf(head);
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
  // A table by its name or type; refused before the body is read when the server says how large it is.
  const address = new URL(source.url, window.location.href);
  const type = response.headers.get('Content-Type') ?? '';
  const isArrowTable = /\.arrow$/i.test(address.pathname) || /arrow/i.test(type);
  const tooLarge = sizeProblem(Number(response.headers.get('Content-Length')), isArrowTable ? MAX_TABLE_SIZE : undefined);
  if (tooLarge) {
    void response.body?.cancel();
    throw new DatasetLoadError(source.url, [tooLarge]);
  }
  if (isArrowTable || /\.parquet$/i.test(address.pathname) || /parquet/i.test(type)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (isParquet(bytes)) parquetRefused(source.url);
    return { origin: source.url, table: bytes };
  }
  const text = await response.text();
  // A data server (npm run serve:data) answers its address with a manifest: the panels then query it.
  if (text.length < 1_000_000 && text.includes(SERVICE)) {
    try {
      const manifest: unknown = JSON.parse(text);
      if (isServerManifest(manifest)) return { origin: source.url, server: manifest, url: address.href };
    } catch {
      // Not JSON: reported as a dataset problem below.
    }
  }
  return { origin: source.url, text };
}

/** A DuckDB engine's dataset: what the rows share, with no events in the page. */
function tableDataset(meta: TableMeta): Dataset {
  return { ...meta, events: [] };
}

/** Opens an Arrow table (DuckDB-WASM, loaded only now) or connects a data server. */
async function openTable(read: Exclude<Read, { text: string }>): Promise<LoadedDataset> {
  if ('server' in read) {
    const { serverEngine } = await import('../engine/server-engine');
    return { origin: read.origin, dataset: tableDataset(read.server.meta), warnings: [], skippedEvents: 0, engine: serverEngine(read.url, read.server) };
  }
  const { openArrowTable, TableOpenError } = await import('../engine/duckdb-wasm');
  try {
    const opened = await openArrowTable(read.table, read.origin);
    if (opened.kind === 'memory') {
      const result = await validated(opened.dataset);
      if (!result.ok) throw new DatasetLoadError(read.origin, result.errors);
      return { origin: read.origin, dataset: result.dataset, warnings: result.warnings, skippedEvents: result.skippedEvents, fromTable: true };
    }
    return { origin: read.origin, dataset: tableDataset(opened.meta), warnings: [], skippedEvents: 0, engine: opened.engine };
  } catch (error) {
    if (error instanceof TableOpenError) throw new DatasetLoadError(read.origin, [{ path: '(file)', message: error.message, code: error.code, params: error.params }]);
    throw error;
  }
}

/**
 * A dataset validated: by the fast checks alone where every part of it is
 * in the schema's form (the built-in dataset is), else with zod, whose code
 * is loaded only then, to check the rest and word what is wrong.
 */
async function validated(value: unknown): Promise<DatasetResult> {
  return readDataset(value, null) ?? (await import('../../../core/dataset/parse-dataset')).parseDataset(value);
}

async function validatedText(text: string): Promise<DatasetResult> {
  const json = parseJsonText(text);
  return json.ok ? validated(json.value) : json;
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
      const read = await readSource(source, signal);
      if (!('text' in read)) return openTable(read);
      const { origin, text, imported } = read;
      const result = await validatedText(text);
      if (!result.ok) throw new DatasetLoadError(origin, [...(imported?.warnings ?? []), ...result.errors]);
      return { origin, dataset: result.dataset, warnings: [...(imported?.warnings ?? []), ...result.warnings], skippedEvents: result.skippedEvents + (imported?.skipped ?? 0) };
    },
    staleTime: Infinity,
    retry: (failures, error) => error instanceof DatasetLoadError && error.retryable && failures < 2,
  });
}
