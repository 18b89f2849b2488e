import { describe, expect, it } from "vitest";
import {
  BoundaryGeometry,
  BoundaryImport,
  PlaceGeometry,
  pointInBoundary,
  positionsOutside,
} from "./geojson.ts";

// A square municipality around (25.0, 60.2), with a lake (hole) in its middle.
const outer = [
  [24.9, 60.1],
  [25.1, 60.1],
  [25.1, 60.3],
  [24.9, 60.3],
  [24.9, 60.1],
];
const lake = [
  [24.98, 60.18],
  [25.02, 60.18],
  [25.02, 60.22],
  [24.98, 60.22],
  [24.98, 60.18],
];
const square = BoundaryGeometry.parse({ type: "Polygon", coordinates: [outer, lake] });

function issuesOf(input: unknown) {
  const r = BoundaryImport.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("municipality boundary GeoJSON", () => {
  it("accepts a Polygon, a MultiPolygon, a Feature and a one-feature FeatureCollection", () => {
    const polygon = { type: "Polygon", coordinates: [outer] };
    expect(issuesOf(polygon)).toEqual([]);
    expect(issuesOf({ type: "MultiPolygon", coordinates: [[outer], [lake]] })).toEqual([]);
    expect(issuesOf({ type: "Feature", properties: { name: "Town" }, geometry: polygon })).toEqual([]);
    expect(
      issuesOf({
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: {}, geometry: polygon }],
      }),
    ).toEqual([]);
  });

  it("refuses a geometry that is not an area", () => {
    expect(issuesOf({ type: "Point", coordinates: [25, 60] })[0]!.path).toBe("type");
    expect(issuesOf({ type: "LineString", coordinates: outer })[0]!.path).toBe("type");
  });

  it("refuses a ring that is not closed, naming the ring", () => {
    const issues = issuesOf({ type: "Polygon", coordinates: [outer.slice(0, 4).concat([[24.95, 60.1]])] });
    expect(issues).toEqual([{ path: "coordinates.0", message: "a linear ring must end where it starts" }]);
  });

  it("refuses a ring of fewer than four positions", () => {
    const issues = issuesOf({ type: "Polygon", coordinates: [[outer[0], outer[1], outer[0]]] });
    expect(issues[0]!.path).toBe("coordinates.0");
  });

  it("refuses a ring that crosses itself (a bow tie)", () => {
    const bowTie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    const issues = issuesOf({ type: "Polygon", coordinates: [bowTie] });
    expect(issues[0]!.message).toMatch(/crosses itself/);
  });

  it("refuses coordinates outside WGS84 ranges, naming the position", () => {
    const swapped = outer.map(([x, y]) => [y, x]); // latitude first: a common mistake
    const bad = [...swapped.slice(0, 4), swapped[0]];
    const issues = issuesOf({ type: "Polygon", coordinates: [[[200, 60], ...bad.slice(1, 4), [200, 60]]] });
    expect(issues.map((i) => i.path)).toContain("coordinates.0.0.0");
  });
});

describe("point in the municipality", () => {
  it("finds a point inside, outside, in the lake, and on the border", () => {
    expect(pointInBoundary([25.05, 60.25], square)).toBe(true);
    expect(pointInBoundary([25.5, 60.25], square)).toBe(false);
    expect(pointInBoundary([25.0, 60.2], square)).toBe(false);
    expect(pointInBoundary([25.1, 60.2], square)).toBe(true);
  });

  it("finds a point in any polygon of a MultiPolygon", () => {
    const islands = BoundaryGeometry.parse({
      type: "MultiPolygon",
      coordinates: [[outer], [lake.map(([x, y]) => [x! + 1, y!])]],
    });
    expect(pointInBoundary([26.0, 60.2], islands)).toBe(true);
    expect(pointInBoundary([25.5, 60.2], islands)).toBe(false);
  });

  it("names the positions of a place that lie outside", () => {
    const point = PlaceGeometry.parse({ type: "Point", coordinates: [26, 60.2] });
    expect(positionsOutside(point, square)).toEqual(["coordinates"]);
    const area = PlaceGeometry.parse({
      type: "Polygon",
      coordinates: [
        [
          [25.05, 60.25],
          [25.2, 60.25],
          [25.05, 60.28],
          [25.05, 60.25],
        ],
      ],
    });
    expect(positionsOutside(area, square)).toEqual(["coordinates.0.1"]);
  });
});
