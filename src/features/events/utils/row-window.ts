/** The rows a scrolled list of equal-height rows renders: `first` to `last` inclusive, and the space the others take above and below. */
export type RowWindow = { first: number; last: number; before: number; after: number };

/**
 * Which of `count` rows of `rowHeight` px are in a viewport of `viewport` px
 * scrolled to `scrollTop`, plus `overscan` rows either side so a fast scroll
 * shows no gap. Constant time whatever the count: equal heights make a row's
 * offset its index times the height. An empty list gives first > last.
 */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowHeight: number, overscan: number): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: -1, before: 0, after: 0 };
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * rowHeight - viewport));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((top + Math.max(0, viewport)) / rowHeight) - 1 + overscan);
  return { first, last, before: first * rowHeight, after: (count - 1 - last) * rowHeight };
}

/**
 * Where to scroll so row `index` is fully in view, moving as little as
 * possible; null when it already is.
 */
export function scrollToShow(index: number, scrollTop: number, viewport: number, rowHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return null;
}
