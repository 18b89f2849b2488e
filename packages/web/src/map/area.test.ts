import { PlaceGeometry } from "@ariadne/domain/mapping/index.ts";
import { describe, expect, it } from "vitest";
import {
  areaProblem,
  parseArea,
  parseCorner,
  polygonOf,
  textOfPolygon,
  withCorner,
  withoutLastCorner,
} from "./area.ts";

describe("area corners as text", () => {
  it("reads a corner as latitude, longitude in the ways people write it", () => {
    expect(parseCorner("60.17, 24.94")).toEqual([60.17, 24.94]);
    expect(parseCorner(" 60.17   24.94 ")).toEqual([60.17, 24.94]);
    expect(parseCorner("60,17; 24,94")).toEqual([60.17, 24.94]);
    expect(parseCorner("-33.9, 151.2")).toEqual([-33.9, 151.2]);
    expect(parseCorner("60.17")).toBeNull();
    expect(parseCorner("60.17, 24.94, 3")).toBeNull();
    expect(parseCorner("north, east")).toBeNull();
    expect(parseCorner("0x10, 5")).toBeNull();
  });

  it("names the first line that is not a corner, skipping empty lines", () => {
    expect(parseArea("60.1, 24.9\n\n60.2, 24.9\n")).toEqual({
      corners: [
        [60.1, 24.9],
        [60.2, 24.9],
      ],
      badLine: null,
    });
    expect(parseArea("60.1, 24.9\n60.2\nx").badLine).toBe(2);
  });

  it("adds and takes back clicked corners", () => {
    const one = withCorner("", [60.123456, 24.9]);
    expect(one).toBe("60.12346, 24.90000");
    const two = withCorner(`${one}\n`, [60.2, 25]);
    expect(two).toBe("60.12346, 24.90000\n60.20000, 25.00000");
    expect(withoutLastCorner(two)).toBe(one);
    expect(withoutLastCorner(one)).toBe("");
  });

  it("closes the ring, longitude first, and the domain schema accepts it", () => {
    const polygon = polygonOf([
      [60.15, 24.9],
      [60.15, 25.0],
      [60.2, 25.0],
      [60.2, 25.0],
      [60.2, 24.9],
    ]);
    expect(polygon.coordinates[0]).toEqual([
      [24.9, 60.15],
      [25.0, 60.15],
      [25.0, 60.2],
      [24.9, 60.2],
      [24.9, 60.15],
    ]);
    expect(PlaceGeometry.safeParse(polygon).success).toBe(true);
    // A ring typed closed is not closed twice; the text round-trips.
    const closed = polygonOf([
      [60.15, 24.9],
      [60.15, 25.0],
      [60.2, 25.0],
      [60.15, 24.9],
    ]);
    expect(closed.coordinates[0]).toHaveLength(4);
    expect(textOfPolygon(closed)).toBe("60.15000, 24.90000\n60.15000, 25.00000\n60.20000, 25.00000");
  });

  it("refuses too few distinct corners and a line that is no corner before the schema sees them", () => {
    expect(areaProblem("60.1, 24.9\n60.2, 24.9\n60.1, 24.9")).toEqual({ key: "areaTooFew" });
    expect(areaProblem("")).toEqual({ key: "areaTooFew" });
    expect(areaProblem("60.1, 24.9\nsixty\n60.2, 25")).toEqual({ key: "areaLine", line: 2 });
    expect(areaProblem("60.1, 24.9\n60.2, 24.9\n60.2, 25")).toBeNull();
    // Three corners on one line pass here, and the domain schema refuses them as enclosing no area.
    expect(
      PlaceGeometry.safeParse(
        polygonOf([
          [60.1, 24.9],
          [60.2, 24.9],
          [60.3, 24.9],
        ]),
      ).success,
    ).toBe(false);
  });
});
