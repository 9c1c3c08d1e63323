import { datasetAddressOf } from '../../../core/view/data-address';
import { DATASET_REQUEST_HEADERS, sourceFromDataParam } from './data-source';

type Early = { url: string; response: Promise<Response>; controller: AbortController };
let early: Early | null = null;

/** Bytes on the wire (compressed, when the server compresses) from which a dataset counts as large: seconds to parse, not milliseconds. */
export const LARGE_DATASET_BYTES = 1024 * 1024;

/**
 * Starts the request for the dataset the page's address names, as the
 * page's code starts rather than after React's first render: the query
 * then takes it over (takeEarlyFetch). Reads `?data=` exactly as the view
 * does (a unit test holds the two together), so both name the same
 * address. `onLarge` is called when the response's headers say its body is
 * LARGE_DATASET_BYTES or more.
 */
export function fetchDatasetEarly(search: string, base: string, onLarge?: () => void): void {
  const { source } = sourceFromDataParam(datasetAddressOf(search), base);
  if (source.kind !== 'url') return;
  const controller = new AbortController();
  const response = fetch(source.url, { signal: controller.signal, headers: DATASET_REQUEST_HEADERS });
  // A failure is reported by the query that takes the request over, not as an unhandled rejection.
  response.then((r) => Number(r.headers.get('Content-Length')) >= LARGE_DATASET_BYTES && onLarge?.()).catch(() => undefined);
  early = { url: source.url, response, controller };
}

/**
 * The early request, if it was for `url`: handed over once, then cancelled
 * with `signal`. An early request for any other address is cancelled and
 * null returned, and the caller fetches for itself.
 */
export function takeEarlyFetch(url: string, signal: AbortSignal): Promise<Response> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (taken.url !== url || signal.aborted) {
    taken.controller.abort();
    return null;
  }
  signal.addEventListener('abort', () => taken.controller.abort(), { once: true });
  return taken.response;
}
