/** A longitude/latitude box: [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];
type Position = [number, number];
type Ring = Position[];

/** Clips one closed ring to one edge of the box (Sutherland-Hodgman). */
function clipRingToEdge(ring: Ring, inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i += 1) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  return out;
}

const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (y: number) => (a: Position, b: Position): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

/**
 * Clips a polygon ring to a box, treating coordinates as planar (fine for
 * a box a few tens of degrees wide that crosses no antimeridian). Returns
 * the clipped ring, closed, or null when nothing of it is inside. A ring
 * that wraps the box's corner gains edges along the box's sides.
 */
export function clipRing(ring: ReadonlyArray<Position>, [west, south, east, north]: Box): Ring | null {
  let open: Ring = ring.slice(0, ring.length > 1 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? -1 : undefined) as Ring;
  open = clipRingToEdge(open, (p) => p[0] >= west, atX(west));
  open = clipRingToEdge(open, (p) => p[0] <= east, atX(east));
  open = clipRingToEdge(open, (p) => p[1] >= south, atY(south));
  open = clipRingToEdge(open, (p) => p[1] <= north, atY(north));
  if (open.length < 3) return null;
  return [...open, open[0]];
}

/** Rounds coordinates to `digits` decimals and drops points that then repeat. */
export function quantizeRing(ring: ReadonlyArray<Position>, digits: number): Ring {
  const f = 10 ** digits;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/**
 * A polygon or multipolygon clipped to a box and quantized, as a
 * MultiPolygon, or null when none of it is inside. Holes are clipped like
 * outer rings; a polygon whose outer ring vanishes is dropped.
 */
export function clipGeometry(geometry: Geometry, box: Box, digits = 2): { type: 'MultiPolygon'; coordinates: Position[][][] } | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped: Position[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon
      .map((ring) => clipRing(ring, box))
      .map((ring) => (ring ? quantizeRing(ring, digits) : null));
    if (!rings[0] || rings[0].length < 4) continue;
    clipped.push(rings.filter((ring): ring is Ring => ring !== null && ring.length >= 4));
  }
  return clipped.length === 0 ? null : { type: 'MultiPolygon', coordinates: clipped };
}
