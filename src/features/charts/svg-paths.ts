/** A point in SVG user units. */
export type Xy = { x: number; y: number };

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * An SVG path through `points` in order, straight segments, as one `d`
 * attribute. Points that are not finite (a value off a scale) break the
 * line: the next finite point starts a new segment. Empty string when no
 * point is finite.
 */
export function polylinePath(points: ReadonlyArray<Xy>): string {
  let d = '';
  let drawing = false;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${round(x)},${round(y)}`;
    drawing = true;
  }
  return d;
}

/**
 * A diamond centred on (x, y) whose area is `area` square units, as an SVG
 * path: the same shape and size as d3's `symbolDiamond`, which recharts
 * draws for `shape="diamond"` (its default area is 64).
 */
export function diamondPath({ x, y }: Xy, area = 64): string {
  // d3: half-height = sqrt(area / (2 tan 30°)), half-width = half-height * tan 30°.
  const tan30 = Math.sqrt(1 / 3);
  const halfHeight = Math.sqrt(area / (2 * tan30));
  const halfWidth = halfHeight * tan30;
  return `M${round(x)},${round(y - halfHeight)}L${round(x + halfWidth)},${round(y)}L${round(x)},${round(y + halfHeight)}L${round(x - halfWidth)},${round(y)}Z`;
}

/**
 * A circle of `radius` around each finite point, all in one SVG path (two
 * arcs per circle): hundreds of dots as one element. Points off a scale are
 * left out. Empty string when no point is finite.
 */
export function dotsPath(points: ReadonlyArray<Xy>, radius: number): string {
  const r = round(radius);
  let d = '';
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    d += `M${round(x - radius)},${round(y)}a${r},${r} 0 1,0 ${round(2 * radius)},0a${r},${r} 0 1,0 ${round(-2 * radius)},0`;
  }
  return d;
}

/**
 * The items drawn within `reach` units of `target` along x (the target
 * itself included), at most `most` of them, nearest first and then in the
 * order of `items`; and how many more are within reach. `xOf` places an
 * item; one it cannot place is never near.
 */
export function nearAlongX<T>(items: ReadonlyArray<T>, target: T, xOf: (item: T) => number, reach: number, most: number): { near: T[]; more: number } {
  const at = xOf(target);
  const distance = (item: T) => Math.abs(xOf(item) - at);
  const within = items.filter((item) => distance(item) <= reach);
  if (!within.includes(target)) within.push(target);
  const near = [...within].sort((a, b) => distance(a) - distance(b)).slice(0, most);
  return { near: within.filter((item) => near.includes(item)), more: within.length - near.length };
}
