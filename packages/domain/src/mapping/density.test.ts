import { describe, expect, it } from "vitest";
import { gridStep, placeAnchor, type SignalPoint, signalDensity } from "./density.ts";
import { pointInPolygon } from "./geojson.ts";

const grid = { cellKm: 1, referenceLatitude: 60.2 };

describe("signal density", () => {
  it("gives no cells for no signals, and ignores places without any", () => {
    expect(signalDensity([], grid)).toEqual([]);
    expect(signalDensity([{ lon: 24.9, lat: 60.2, signals: 0 }], grid)).toEqual([]);
  });

  it("sums signals that fall in the same cell and keeps far ones apart", () => {
    const points: SignalPoint[] = [
      { lon: 24.9001, lat: 60.2001, signals: 2 },
      { lon: 24.9002, lat: 60.2002, signals: 3 },
      { lon: 25.2, lat: 60.4, signals: 1 },
    ];
    const cells = signalDensity(points, grid);
    expect(cells).toHaveLength(2);
    expect(cells[0]?.signals).toBe(5);
    expect(cells[0]?.share).toBe(1);
    expect(cells[1]?.signals).toBe(1);
    expect(cells[1]?.share).toBeCloseTo(0.2);
  });

  it("keeps every signal: the cells add up to the signals given", () => {
    const points: SignalPoint[] = Array.from({ length: 200 }, (_, i) => ({
      lon: 24.8 + ((i * 37) % 100) / 400,
      lat: 60.1 + ((i * 53) % 100) / 500,
      signals: (i % 4) + 1,
    }));
    const total = points.reduce((s, p) => s + p.signals, 0);
    const cells = signalDensity(points, grid);
    expect(cells.reduce((s, c) => s + c.signals, 0)).toBe(total);
    // Densest first.
    for (let i = 1; i < cells.length; i++)
      expect(cells[i - 1]!.signals).toBeGreaterThanOrEqual(cells[i]!.signals);
  });

  it("draws each cell around the signals counted in it, about the size asked for", () => {
    const p = { lon: 24.93, lat: 60.17, signals: 1 };
    const [cell] = signalDensity([p], grid);
    expect(cell).toBeDefined();
    expect(pointInPolygon([p.lon, p.lat], [cell!.ring as [number, number][]])).toBe(true);
    const { dLat, dLon } = gridStep(1, 60.2);
    // About 1 km both ways: a degree of longitude at 60° N is about half a degree of latitude.
    expect(dLat * 111.32).toBeCloseTo(1);
    expect(dLon / dLat).toBeCloseTo(1 / Math.cos((60.2 * Math.PI) / 180));
  });

  it("does not move other cells when a point is added", () => {
    const before = signalDensity([{ lon: 24.9, lat: 60.2, signals: 1 }], grid);
    const after = signalDensity(
      [
        { lon: 24.9, lat: 60.2, signals: 1 },
        { lon: 26, lat: 61, signals: 9 },
      ],
      grid,
    );
    const same = after.find((c) => c.row === before[0]?.row && c.col === before[0]?.col);
    expect(same?.ring).toEqual(before[0]?.ring);
  });

  it("counts an area's signals at the middle of its outline", () => {
    expect(
      placeAnchor({
        type: "Polygon",
        coordinates: [
          [
            [24, 60],
            [26, 60],
            [26, 62],
            [24, 62],
            [24, 60],
          ],
        ],
      }),
    ).toEqual({ lon: 25, lat: 61 });
    expect(placeAnchor({ type: "Point", coordinates: [24.5, 60.5] })).toEqual({ lon: 24.5, lat: 60.5 });
  });
});
