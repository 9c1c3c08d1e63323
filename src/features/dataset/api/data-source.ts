/** Where the dataset comes from: the built-in file, a URL from `?data=`, or a file the user dropped. */
export type DatasetSource = { kind: 'url'; url: string } | { kind: 'file'; file: File };

export const BUILT_IN_DATASET_URL = '/data/events.json';

/** What a dataset request asks for. */
export const DATASET_REQUEST_HEADERS = { Accept: 'application/json' } as const;

/**
 * The dataset source named by a `?data=` value: a same-origin path or an
 * http(s) URL. Anything else (javascript:, data:, garbage) is refused with a
 * reason, and the built-in dataset is used.
 */
export function sourceFromDataParam(value: string | null, base: string): { source: DatasetSource; refused?: string; refusal?: { protocol: string } | { value: string } } {
  const builtIn: DatasetSource = { kind: 'url', url: BUILT_IN_DATASET_URL };
  if (value === null || value.trim() === '') return { source: builtIn };
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { source: builtIn, refused: `?data= must be an http(s) address or a path; "${url.protocol}" addresses are not loaded`, refusal: { protocol: url.protocol } };
    }
    return { source: { kind: 'url', url: url.origin === new URL(base).origin ? `${url.pathname}${url.search}` : url.href } };
  } catch {
    return { source: builtIn, refused: `?data= is not a valid address: "${value}"`, refusal: { value: value ?? '' } };
  }
}
