/** A position as GeoJSON has it: `[longitude, latitude]` in WGS84 (RFC 7946). */
export type LonLat = [number, number];

/** A box of longitudes and latitudes, west ≤ east (no box crosses the antimeridian here). */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The smallest box around the positions, or null when there are none. */
export function boxOfPositions(positions: Iterable<readonly number[]>): Box | null {
  let box: Box | null = null;
  for (const [lon, lat] of positions) {
    if (lon === undefined || lat === undefined) continue;
    if (!box) box = { west: lon, south: lat, east: lon, north: lat };
    else {
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

export const boxesIntersect = (a: Box, b: Box) =>
  a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/**
 * The region the offline basemap is cut to: the municipality's box widened on every side by a
 * share of its size (at least `minMargin` degrees), so the neighbourhood shows when the map is
 * panned, then rounded outwards to a 0.05° grid: small edits of a boundary keep the same region
 * (and its cached cut). Clamped to the world and Web Mercator's latitudes.
 */
export function regionAround(box: Box, options: { share?: number; minMargin?: number } = {}): Box {
  const share = options.share ?? 0.5;
  const minMargin = options.minMargin ?? 0.25;
  const dLat = Math.max(minMargin, (box.north - box.south) * share);
  // A degree of longitude shrinks with the cosine of the latitude: widen it to match in kilometres.
  const cos = Math.max(0.2, Math.cos((((box.north + box.south) / 2) * Math.PI) / 180));
  const dLon = Math.max(minMargin / cos, (box.east - box.west) * share);
  const grid = 0.05;
  const down = (v: number) => Math.round(Math.floor(v / grid) * grid * 100) / 100;
  const up = (v: number) => Math.round(Math.ceil(v / grid) * grid * 100) / 100;
  return {
    west: Math.max(-180, down(box.west - dLon)),
    south: Math.max(-85, down(box.south - dLat)),
    east: Math.min(180, up(box.east + dLon)),
    north: Math.min(85, up(box.north + dLat)),
  };
}

type Edge = { inside: (p: LonLat) => boolean; cross: (a: LonLat, b: LonLat) => LonLat };

const edgesOf = (box: Box): Edge[] => {
  const atLon =
    (lon: number) =>
    (a: LonLat, b: LonLat): LonLat => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
  const atLat =
    (lat: number) =>
    (a: LonLat, b: LonLat): LonLat => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
  return [
    { inside: (p) => p[0] >= box.west, cross: atLon(box.west) },
    { inside: (p) => p[0] <= box.east, cross: atLon(box.east) },
    { inside: (p) => p[1] >= box.south, cross: atLat(box.south) },
    { inside: (p) => p[1] <= box.north, cross: atLat(box.north) },
  ];
};

/**
 * A polygon's ring cut to the box (Sutherland–Hodgman): what lies outside is replaced by the
 * box's edge. The result is closed, or empty when nothing of the ring's area lies inside. A ring
 * that leaves the box and comes back may gain a seam along the edge; filled, it draws the same.
 */
export function clipRingToBox(ring: readonly LonLat[], box: Box): LonLat[] {
  let points = ring.slice(0, ring.length > 1 && samePosition(ring[0]!, ring.at(-1)!) ? -1 : undefined);
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const out: LonLat[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      const inCurrent = edge.inside(current);
      if (inCurrent !== edge.inside(previous)) out.push(edge.cross(previous, current));
      if (inCurrent) out.push(current);
    }
    points = out;
  }
  const cleaned = withoutRepeats(points);
  if (cleaned.length < 3 || ringArea(cleaned) === 0) return [];
  return [...cleaned, cleaned[0]!];
}

/**
 * A line cut to the box (Liang–Barsky per segment): the parts that lie inside, each with at least
 * two positions. Used for coastlines and lake shores, which must not be drawn along the box's edge.
 */
export function clipLineToBox(line: readonly LonLat[], box: Box): LonLat[][] {
  const parts: LonLat[][] = [];
  let current: LonLat[] = [];
  const flush = () => {
    const part = withoutRepeats(current);
    if (part.length >= 2) parts.push(part);
    current = [];
  };
  for (let i = 1; i < line.length; i++) {
    const clipped = clipSegment(line[i - 1]!, line[i]!, box);
    if (!clipped) {
      flush();
      continue;
    }
    const [a, b] = clipped;
    const last = current.at(-1);
    if (!last || !samePosition(last, a)) {
      flush();
      current.push(a);
    }
    current.push(b);
    // The segment left the box: the next one starts a new part.
    if (!samePosition(b, line[i]!)) flush();
  }
  flush();
  return parts;
}

function clipSegment(a: LonLat, b: LonLat, box: Box): [LonLat, LonLat] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - box.west],
    [dx, box.east - a[0]],
    [-dy, a[1] - box.south],
    [dy, box.north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  const at = (t: number): LonLat => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Land of a region: polygons to fill (no outline: a cut edge is not a coast) and shores to draw. */
export interface CutLand {
  /** MultiPolygon coordinates: outer ring, then holes (lakes). */
  land: LonLat[][][];
  /** MultiLineString coordinates: coastlines, lake shores and land borders inside the box. */
  shores: LonLat[][];
}

/**
 * Polygons of land (a MultiPolygon's coordinates) cut to the box, positions rounded to
 * `decimals` (5: about a metre), repeats dropped. Polygons wholly outside are left out cheaply.
 */
export function cutLand(polygons: Iterable<readonly (readonly LonLat[])[]>, box: Box, decimals = 5): CutLand {
  const land: LonLat[][][] = [];
  const shores: LonLat[][] = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const outerBox = boxOfPositions(outer);
    if (!outerBox || !boxesIntersect(outerBox, box)) continue;
    const rings: LonLat[][] = [];
    for (const [i, ring] of polygon.entries()) {
      const rounded = roundRing(ring, decimals);
      const ringBox = i === 0 ? outerBox : boxOfPositions(rounded);
      if (!ringBox || !boxesIntersect(ringBox, box)) continue;
      const clipped = clipRingToBox(rounded, box);
      if (clipped.length === 0) {
        if (i === 0) break;
        continue;
      }
      rings.push(clipped);
      shores.push(...shoreOf(rounded, box));
    }
    if (rings.length > 0) land.push(rings);
  }
  return { land, shores };
}

/** A ring's outline cut to the box, as lines; the part through the ring's start is one line, not two. */
function shoreOf(ring: readonly LonLat[], box: Box): LonLat[][] {
  const parts = clipLineToBox(ring, box);
  const first = parts[0];
  const last = parts.at(-1);
  if (parts.length > 1 && first && last && samePosition(last.at(-1)!, first[0]!))
    return [[...last, ...first.slice(1)], ...parts.slice(1, -1)];
  return parts;
}

const samePosition = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];

function withoutRepeats(points: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of points) if (!out.length || !samePosition(out.at(-1)!, p)) out.push(p);
  return out;
}

function roundRing(ring: readonly LonLat[], decimals: number): LonLat[] {
  const f = 10 ** decimals;
  return withoutRepeats(ring.map(([lon, lat]) => [Math.round(lon * f) / f, Math.round(lat * f) / f]));
}

/** Twice the signed area of a ring (shoelace), in square degrees; 0 for a ring without surface. */
function ringArea(points: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}
