import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelBox, type Place, placeLabels, projectToPixels, rankOf } from "./place-labels.ts";

const place = (name: string, lon: number, lat: number, population: number): Place => ({
  name,
  lon,
  lat,
  population,
});

describe("Web Mercator pixels", () => {
  it("puts 0°, 0° in the middle of the world and doubles distances with each zoom", () => {
    expect(projectToPixels(0, 0, 0)).toEqual({ x: 128, y: 128 });
    const a = projectToPixels(24.9, 60.2, 10);
    const b = projectToPixels(25.0, 60.2, 10);
    const c = projectToPixels(25.0, 60.2, 11);
    const d = projectToPixels(24.9, 60.2, 11);
    expect(c.x - d.x).toBeCloseTo(2 * (b.x - a.x));
    // North is up: a higher latitude has a smaller y.
    expect(projectToPixels(24.9, 60.3, 10).y).toBeLessThan(a.y);
  });
});

describe("placing place names", () => {
  const helsinki = place("Helsinki", 24.9354, 60.1695, 558_457);
  const kallio = place("Kallio", 24.95, 60.1844, 27_051);
  const vantaa = place("Vantaa", 25.0378, 60.2934, 190_058);

  it("draws the bigger place first where two names would overlap, the smaller from a closer zoom", () => {
    const placed = placeLabels([kallio, helsinki], { fromZoom: 8, toZoom: 16 });
    const zoomOf = (name: string) => placed.find((p) => p.name === name)?.minZoom;
    expect(zoomOf("Helsinki")).toBe(8);
    expect(zoomOf("Kallio")).toBeGreaterThan(8);
  });

  it("never draws two names that overlap at any zoom from 8 to 16", () => {
    const places = [
      helsinki,
      kallio,
      vantaa,
      place("Espoo", 24.6559, 60.2052, 256_760),
      place("Kauniainen", 24.7285, 60.2104, 8_688),
      place("Lauttasaari", 24.8738, 60.1589, 20_000),
      place("Munkkiniemi", 24.8781, 60.1986, 17_334),
      place("Vuosaari", 25.1442, 60.2094, 35_826),
      place("Kilo", 24.7766, 60.2167, 2_000),
    ];
    const placed = placeLabels(places, { fromZoom: 8, toZoom: 16 });
    for (let zoom = 8; zoom <= 16; zoom++) {
      const shown = placed.filter((p) => p.minZoom <= zoom).map((p) => labelBox(p, zoom));
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++) {
          const [a, b] = [shown[i]!, shown[j]!];
          const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlaps, `zoom ${zoom}`).toBe(false);
        }
    }
    // At street level every name has found room.
    expect(placed).toHaveLength(places.length);
  });

  it("never draws overlapping names at any zoom from a name's first on, for any places (property)", () => {
    const aPlace = fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }),
      lon: fc.double({ min: 24.8, max: 25.1, noNaN: true }),
      lat: fc.double({ min: 60.1, max: 60.3, noNaN: true }),
      population: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(aPlace, { maxLength: 40 }), (places) => {
        const placed = placeLabels(places, { fromZoom: 8, toZoom: 14 });
        for (let zoom = 8; zoom <= 14; zoom++) {
          const shown = placed.filter((p) => p.minZoom <= zoom).map((p) => labelBox(p, zoom));
          for (let i = 0; i < shown.length; i++)
            for (let j = i + 1; j < shown.length; j++) {
              const [a, b] = [shown[i]!, shown[j]!];
              expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(
                false,
              );
            }
        }
        for (const p of placed) expect(p.minZoom).toBeGreaterThanOrEqual(8);
      }),
      { numRuns: 100 },
    );
  });

  it("leaves out a name that finds no room, and places without a name", () => {
    const twin = place("Helsinki twin", 24.9354, 60.1695, 1_000);
    const placed = placeLabels([helsinki, twin, place(" ", 25, 60, 5_000)], { fromZoom: 8, toZoom: 16 });
    expect(placed.map((p) => p.name)).toEqual(["Helsinki"]);
  });

  it("ranks places by population for the size of their names", () => {
    expect([rankOf(558_457), rankOf(27_051), rankOf(1_200)]).toEqual(["city", "town", "village"]);
  });

  it("is the same for the same places in any order", () => {
    const a = placeLabels([helsinki, kallio, vantaa], { fromZoom: 8, toZoom: 16 });
    const b = placeLabels([vantaa, kallio, helsinki], { fromZoom: 8, toZoom: 16 });
    expect(b).toEqual(a);
  });
});
