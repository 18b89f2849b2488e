import { z } from "zod";

/**
 * GeoJSON (RFC 7946) for the municipality boundary and the places on the local map. Coordinates
 * are WGS84 longitude, latitude (in that order, as RFC 7946 section 3.1.1 requires).
 */

export type Position = [number, number, ...number[]];
export type Ring = Position[];

const longitude = z
  .number()
  .min(-180, "longitude must be at least -180")
  .max(180, "longitude must be at most 180");
const latitude = z.number().min(-90, "latitude must be at least -90").max(90, "latitude must be at most 90");
export const PositionSchema = z.tuple([longitude, latitude]).rest(z.number());

/** Ring checks of RFC 7946 section 3.1.6: closed, at least four positions, and not crossing itself. */
const RingSchema = z
  .array(PositionSchema)
  .min(4, "a linear ring needs at least four positions")
  .max(100_000)
  .superRefine((ring, ctx) => {
    const first = ring[0];
    const last = ring.at(-1);
    if (!first || !last) return;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      ctx.addIssue({ code: "custom", message: "a linear ring must end where it starts" });
      return;
    }
    const crossing = firstSelfIntersection(ring as Ring);
    if (crossing !== null) {
      ctx.addIssue({
        code: "custom",
        message: `the ring crosses itself at edge ${crossing}`,
        path: [crossing],
      });
    }
    if (Math.abs(ringArea(ring as Ring)) === 0) {
      ctx.addIssue({ code: "custom", message: "a linear ring must enclose an area" });
    }
  });

const PolygonCoordinates = z.array(RingSchema).min(1, "a polygon needs an outer ring").max(10_000);

export const PointGeometry = z.strictObject({ type: z.literal("Point"), coordinates: PositionSchema });
export const PolygonGeometry = z.strictObject({
  type: z.literal("Polygon"),
  coordinates: PolygonCoordinates,
});
export const MultiPolygonGeometry = z.strictObject({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(PolygonCoordinates).min(1).max(10_000),
});
export type PointGeometry = z.infer<typeof PointGeometry>;
export type PolygonGeometry = z.infer<typeof PolygonGeometry>;
export type MultiPolygonGeometry = z.infer<typeof MultiPolygonGeometry>;

/** The municipality boundary: a Polygon or MultiPolygon, bare or wrapped in a Feature. */
export const BoundaryGeometry = z.discriminatedUnion("type", [PolygonGeometry, MultiPolygonGeometry]);
export type BoundaryGeometry = z.infer<typeof BoundaryGeometry>;

/** A place on the local map: a point (a venue) or an area (a district, a field). */
export const PlaceGeometry = z.discriminatedUnion("type", [PointGeometry, PolygonGeometry]);
export type PlaceGeometry = z.infer<typeof PlaceGeometry>;

/** What GIS tools export: a geometry, a Feature, or a FeatureCollection of one feature; unwrapped to the geometry. */
export function unwrapFeature(input: unknown): unknown {
  const value = input as { type?: unknown; geometry?: unknown; features?: unknown[] } | null;
  if (value && typeof value === "object" && value.type === "Feature") return value.geometry;
  if (
    value &&
    typeof value === "object" &&
    value.type === "FeatureCollection" &&
    Array.isArray(value.features)
  ) {
    return value.features.length === 1 ? unwrapFeature(value.features[0]) : value;
  }
  return input;
}

/** The boundary as imported: any of the shapes `unwrapFeature` accepts, stored as the bare geometry. */
export const BoundaryImport = z.preprocess(unwrapFeature, BoundaryGeometry);

/** Twice the signed area of a ring (shoelace formula), in square degrees. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function orientation(a: Position, b: Position, c: Position): number {
  const v = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return v === 0 ? 0 : v > 0 ? 1 : 2;
}

function onSegment(a: Position, p: Position, b: Position): boolean {
  return (
    p[0] <= Math.max(a[0], b[0]) &&
    p[0] >= Math.min(a[0], b[0]) &&
    p[1] <= Math.max(a[1], b[1]) &&
    p[1] >= Math.min(a[1], b[1])
  );
}

function segmentsIntersect(p1: Position, q1: Position, p2: Position, q2: Position): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(p1, p2, q1)) return true;
  if (o2 === 0 && onSegment(p1, q2, q1)) return true;
  if (o3 === 0 && onSegment(p2, p1, q2)) return true;
  return o4 === 0 && onSegment(p2, q1, q2);
}

/** The ring without repeated consecutive positions, which GIS exports often carry and which are harmless. */
export function withoutRepeats(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
}

/**
 * The index of an edge that touches or crosses a non-adjacent edge, or null. A sweep over the
 * edges sorted by their left end compares only edges whose x-ranges overlap, so a detailed
 * boundary of tens of thousands of positions is checked in well under a second.
 */
export function firstSelfIntersection(input: Ring): number | null {
  const ring = withoutRepeats(input);
  const n = ring.length - 1; // edges
  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    minX[k] = Math.min(ring[k]![0], ring[k + 1]![0]);
    maxX[k] = Math.max(ring[k]![0], ring[k + 1]![0]);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => minX[x]! - minX[y]!);
  for (let p = 0; p < n; p++) {
    const e = order[p]!;
    const a = ring[e]!;
    const b = ring[e + 1]!;
    const minY = Math.min(a[1], b[1]);
    const maxY = Math.max(a[1], b[1]);
    for (let q = p + 1; q < n && minX[order[q]!]! <= maxX[e]!; q++) {
      const f = order[q]!;
      const i = Math.min(e, f);
      const j = Math.max(e, f);
      if (j - i <= 1 || (i === 0 && j === n - 1)) continue; // neighbours share a vertex
      const c = ring[f]!;
      const d = ring[f + 1]!;
      if (Math.max(c[1], d[1]) < minY || Math.min(c[1], d[1]) > maxY) continue;
      if (segmentsIntersect(a, b, c, d)) return i;
    }
  }
  return null;
}

/** Where a point lies relative to a ring, by ray casting. */
export function locateInRing(point: Position, ring: Ring): "inside" | "edge" | "outside" {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    if (orientation(a, point, b) === 0 && onSegment(a, point, b)) return "edge";
    if (b[1] > y !== a[1] > y && x < ((a[0] - b[0]) * (y - b[1])) / (a[1] - b[1]) + b[0]) inside = !inside;
  }
  return inside ? "inside" : "outside";
}

/** Inside the outer ring and not strictly inside a hole; the edge counts as inside (a venue on the border street is ours). */
export function pointInPolygon(point: Position, polygon: Ring[]): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || locateInRing(point, outer) === "outside") return false;
  return !holes.some((hole) => locateInRing(point, hole) === "inside");
}

/** Whether a position lies within the municipality boundary. */
export function pointInBoundary(point: Position, boundary: BoundaryGeometry): boolean {
  const polygons = boundary.type === "Polygon" ? [boundary.coordinates] : boundary.coordinates;
  return polygons.some((p) => pointInPolygon(point, p as Ring[]));
}

/**
 * The positions of a place that fall outside the boundary, as JSON paths below the geometry
 * (`coordinates` or `coordinates.0.3`). An area counts as inside when all its vertices are.
 */
export function positionsOutside(place: PlaceGeometry, boundary: BoundaryGeometry): string[] {
  if (place.type === "Point") {
    return pointInBoundary(place.coordinates, boundary) ? [] : ["coordinates"];
  }
  const outside: string[] = [];
  place.coordinates.forEach((ring, r) => {
    ring.forEach((pos, i) => {
      if (!pointInBoundary(pos, boundary)) outside.push(`coordinates.${r}.${i}`);
    });
  });
  return outside;
}
