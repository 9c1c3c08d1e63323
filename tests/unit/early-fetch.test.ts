import { fetchDatasetEarly, LARGE_DATASET_BYTES, takeEarlyFetch } from '../../src/features/dataset/api/early-fetch';
import { datasetAddressOf } from '../../src/core/view/data-address';
import { decodeView } from '../../src/core/view/view-state';

const base = 'http://localhost:4173/';

/** A fetch that records what it was asked for and never settles on its own. */
function recordingFetch() {
  const calls: Array<{ url: string; signal: AbortSignal; accept: string | undefined }> = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, signal: init.signal!, accept: (init.headers as Record<string, string>).Accept });
    return new Promise<Response>(() => {});
  });
  return calls;
}

afterEach(() => {
  takeEarlyFetch('', new AbortController().signal);
  vi.unstubAllGlobals();
});

describe('fetchDatasetEarly and takeEarlyFetch', () => {
  it.each([
    ['', '/data/events.json'],
    ['?data=/bench-data/events-100k.json', '/bench-data/events-100k.json'],
    ['?data=https://example.org/e.json&mode=embed', 'https://example.org/e.json'],
    // Read as the view reads it: a refused address falls back to the built-in dataset.
    ['?data=javascript:alert(1)', '/data/events.json'],
  ])('%s requests %s, handed over once to a query for it', (search, url) => {
    const calls = recordingFetch();
    fetchDatasetEarly(search, `${base}${search}`);
    expect(calls.map((c) => [c.url, c.accept])).toEqual([[url, 'application/json']]);
    expect(takeEarlyFetch(url, new AbortController().signal)).toBeInstanceOf(Promise);
    expect(takeEarlyFetch(url, new AbortController().signal)).toBeNull();
    expect(calls[0].signal.aborted).toBe(false);
  });

  it('cancels the early request when the query wants another address', () => {
    const calls = recordingFetch();
    fetchDatasetEarly('?data=/a.json', `${base}?data=/a.json`);
    expect(takeEarlyFetch('/b.json', new AbortController().signal)).toBeNull();
    expect(calls[0].signal.aborted).toBe(true);
  });

  it('cancels the early request with the query that took it over', () => {
    const calls = recordingFetch();
    fetchDatasetEarly('', base);
    const query = new AbortController();
    expect(takeEarlyFetch('/data/events.json', query.signal)).not.toBeNull();
    expect(calls[0].signal.aborted).toBe(false);
    query.abort();
    expect(calls[0].signal.aborted).toBe(true);
  });

  it('leaves nothing to take when nothing was started', () => {
    expect(takeEarlyFetch('/data/events.json', new AbortController().signal)).toBeNull();
  });

  it.each<[string, Record<string, string> | null, number]>([
    ['a body of the threshold', { 'Content-Length': String(LARGE_DATASET_BYTES) }, 1],
    ['a body far larger', { 'Content-Length': String(50 * LARGE_DATASET_BYTES) }, 1],
    ['a body just under it', { 'Content-Length': String(LARGE_DATASET_BYTES - 1) }, 0],
    ['a body of unknown size', {}, 0],
    ['a garbled size', { 'Content-Length': 'lots' }, 0],
    ['a request that fails', null, 0],
  ])('says a dataset is large for %s', async (_name, headers, calls) => {
    vi.stubGlobal('fetch', () => (headers === null ? Promise.reject(new TypeError('offline')) : Promise.resolve(new Response('{}', { headers }))));
    const onLarge = vi.fn();
    fetchDatasetEarly('', base, onLarge);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onLarge).toHaveBeenCalledTimes(calls);
  });
});

describe('datasetAddressOf, the early request reading ?data= before the view is loaded', () => {
  it.each([
    '',
    '?data=/data/other.json',
    '?data=https%3A%2F%2Fexample.org%2Fx.json',
    '?data=a+b',
    '?data=%20%20',
    '?data=',
    '?data',
    '?topics=thaad&data=/x.json&data=/y.json',
    `?data=/${'x'.repeat(2047)}`,
    `?data=/${'x'.repeat(2048)}`,
    '?data=%E2%9C%93.json',
    '?data=%zz',
    '?DATA=/x.json',
  ])('reads %j as the view does', (search) => {
    expect(datasetAddressOf(search)).toBe(decodeView(search).data);
  });
});
