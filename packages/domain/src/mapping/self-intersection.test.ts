import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundaryGeometry, firstSelfIntersection, type Position, type Ring } from "./geojson.ts";

function orientation(a: Position, b: Position, c: Position) {
  const v = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return v === 0 ? 0 : v > 0 ? 1 : 2;
}
const within = (a: Position, p: Position, b: Position) =>
  p[0] <= Math.max(a[0], b[0]) &&
  p[0] >= Math.min(a[0], b[0]) &&
  p[1] <= Math.max(a[1], b[1]) &&
  p[1] >= Math.min(a[1], b[1]);
function cross(p1: Position, q1: Position, p2: Position, q2: Position) {
  const [o1, o2, o3, o4] = [
    orientation(p1, q1, p2),
    orientation(p1, q1, q2),
    orientation(p2, q2, p1),
    orientation(p2, q2, q1),
  ];
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(p1, p2, q1)) ||
    (o2 === 0 && within(p1, q2, q1)) ||
    (o3 === 0 && within(p2, p1, q2)) ||
    (o4 === 0 && within(p2, q1, q2))
  );
}
/** Every pair of non-adjacent edges: the slow, obvious reference. */
function bruteForce(ring: Ring): boolean {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (cross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
    }
  return false;
}

const circle = (vertices: number): Ring => {
  const ring: Ring = [];
  for (let k = 0; k < vertices; k++) {
    const t = (2 * Math.PI * k) / vertices;
    ring.push([25 + 0.1 * Math.cos(t), 60 + 0.05 * Math.sin(t)]);
  }
  ring.push(ring[0]!);
  return ring;
};

describe("self-intersection of a ring", () => {
  it("agrees with checking every pair of edges (property)", () => {
    const point = fc.tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 4 }),
    ) as fc.Arbitrary<Position>;
    const distinctRing = fc
      .array(point, { minLength: 3, maxLength: 8 })
      .filter((ps) => ps.every((p, i) => i === 0 || p[0] !== ps[i - 1]![0] || p[1] !== ps[i - 1]![1]))
      .filter((ps) => ps[0]![0] !== ps.at(-1)![0] || ps[0]![1] !== ps.at(-1)![1])
      .map((ps) => [...ps, ps[0]!] as Ring);
    fc.assert(
      fc.property(distinctRing, (ring) => (firstSelfIntersection(ring) !== null) === bruteForce(ring)),
      { numRuns: 2000 },
    );
  });

  it("ignores repeated consecutive positions, as GIS exports carry them", () => {
    const square: Ring = [
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(firstSelfIntersection(square)).toBeNull();
  });

  // How fast is a bench's question; a timed assertion here failed on a loaded machine.
  it("accepts a detailed boundary of 30 000 positions", () => {
    const ring = circle(30_000);
    expect(BoundaryGeometry.safeParse({ type: "Polygon", coordinates: [ring] }).success).toBe(true);
  });
});
