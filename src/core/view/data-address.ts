/** The longest `?data=` address read; a longer one is ignored, as a blank one is. */
export const MAX_ADDRESS_LENGTH = 2048;

/** A `?data=` value as the view reads it: null when blank or too long (its protocol is checked where it is loaded). */
export function datasetAddress(value: string | null): string | null {
  return value === null || value.trim() === '' || value.length > MAX_ADDRESS_LENGTH ? null : value;
}

/**
 * The `?data=` of a page's query string, read without the view's URL-state
 * library, so the dataset's request can leave before that library is even
 * loaded (early-fetch.ts). A unit test holds it to `decodeView(search).data`.
 */
export const datasetAddressOf = (search: string) => datasetAddress(new URLSearchParams(search).get('data'));
