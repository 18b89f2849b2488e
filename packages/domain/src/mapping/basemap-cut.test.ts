import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Box,
  boxOfPositions,
  clipLineToBox,
  clipRingToBox,
  cutLand,
  type LonLat,
  regionAround,
} from "./basemap-cut.ts";

const box: Box = { west: 0, south: 0, east: 10, north: 10 };
const inBox = ([lon, lat]: LonLat, b: Box = box) =>
  lon >= b.west - 1e-9 && lon <= b.east + 1e-9 && lat >= b.south - 1e-9 && lat <= b.north + 1e-9;
const square = (w: number, s: number, e: number, n: number): LonLat[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
/** Absolute area by the shoelace formula, for checking what a cut keeps. */
const area = (ring: LonLat[]) =>
  Math.abs(
    ring.slice(0, -1).reduce((sum, [x1, y1], i) => sum + x1 * ring[i + 1]![1] - ring[i + 1]![0] * y1, 0),
  ) / 2;

describe("cutting a ring to a box", () => {
  it("keeps a ring inside the box as it is", () => {
    expect(clipRingToBox(square(2, 2, 4, 4), box)).toEqual(square(2, 2, 4, 4));
  });

  it("cuts a ring that reaches out of the box along the box's edge", () => {
    const cut = clipRingToBox(square(5, 5, 15, 15), box);
    expect(cut[0]).toEqual(cut.at(-1));
    expect(area(cut)).toBeCloseTo(25);
    expect(cut.every((p) => inBox(p))).toBe(true);
  });

  it("leaves out a ring wholly outside, and fills the box with a ring around it", () => {
    expect(clipRingToBox(square(20, 20, 30, 30), box)).toEqual([]);
    expect(area(clipRingToBox(square(-5, -5, 15, 15), box))).toBeCloseTo(100);
  });

  it("never leaves the box and never grows a ring's area (property)", () => {
    const coord = fc.double({ min: -20, max: 30, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 12 }), (points) => {
        const ring = [...points, points[0]!] as LonLat[];
        const cut = clipRingToBox(ring, box);
        expect(cut.every((p) => inBox(p))).toBe(true);
        if (cut.length > 0) expect(cut[0]).toEqual(cut.at(-1));
      }),
    );
  });
});

describe("cutting a shore line to a box", () => {
  it("keeps the parts inside, split where the line leaves and comes back", () => {
    const line: LonLat[] = [
      [-5, 5],
      [5, 5],
      [5, 15],
      [8, 15],
      [8, 5],
      [15, 5],
    ];
    expect(clipLineToBox(line, box)).toEqual([
      [
        [0, 5],
        [5, 5],
        [5, 10],
      ],
      [
        [8, 10],
        [8, 5],
        [10, 5],
      ],
    ]);
  });

  it("draws no shore along the box's edge for land cut by it", () => {
    const { land, shores } = cutLand([[square(5, 5, 15, 15)]], box);
    expect(land).toHaveLength(1);
    // Only the two sides of the square inside the box are shore: x = 5 and y = 5.
    expect(shores).toEqual([
      [
        [5, 10],
        [5, 5],
        [10, 5],
      ],
    ]);
  });
});

describe("cutting land to a region", () => {
  it("keeps lakes as holes, leaves out land and lakes outside, rounds to about a metre", () => {
    const island = [square(1.000001, 1, 9, 9), square(3, 3, 4, 4), square(50, 50, 51, 51)];
    const { land, shores } = cutLand([island, [square(40, 40, 41, 41)]], box);
    expect(land).toHaveLength(1);
    expect(land[0]).toHaveLength(2);
    expect(land[0]![0]![0]).toEqual([1, 1]);
    expect(shores).toHaveLength(2);
  });
});

describe("the region around a municipality", () => {
  it("widens the municipality's box on every side and rounds it out to 0.05°", () => {
    const helsinki = boxOfPositions([
      [24.85, 60.14],
      [25.05, 60.24],
    ])!;
    const region = regionAround(helsinki);
    expect(region.west).toBeLessThan(24.85 - 0.25);
    expect(region.east).toBeGreaterThan(25.05 + 0.25);
    expect(region.south).toBeLessThanOrEqual(60.14 - 0.25);
    expect(region.north).toBeGreaterThanOrEqual(60.24 + 0.25);
    for (const v of Object.values(region)) expect(Math.abs(v * 20 - Math.round(v * 20))).toBeLessThan(1e-9);
  });

  it("keeps the same region for a boundary edited by a few metres, so its cut stays cached", () => {
    const a = regionAround({ west: 24.85, south: 60.14, east: 25.05, north: 60.24 });
    const b = regionAround({ west: 24.8501, south: 60.1402, east: 25.0499, north: 60.2401 });
    expect(b).toEqual(a);
  });

  it("stays within the world", () => {
    expect(regionAround({ west: 179.9, south: 84.6, east: 179.95, north: 84.9 })).toMatchObject({
      east: 180,
      north: 85,
    });
  });

  it("has no box without positions", () => {
    expect(boxOfPositions([])).toBeNull();
  });
});
