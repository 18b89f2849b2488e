import { describe, expect, it } from "vitest";
import { mapLayers } from "./layers.ts";
import type { MappingEntry } from "./schemas.ts";

const municipalityId = "00000000-0000-4000-8000-000000000001";

function anEntry(overrides: Partial<MappingEntry> & Pick<MappingEntry, "details">): MappingEntry {
  return {
    id: crypto.randomUUID(),
    municipalityId,
    title: "An entry",
    source: { kind: "outreach_log", date: "2026-10-01" },
    stale: false,
    archived: false,
    version: 1,
    createdAt: "2026-10-01T00:00:00.000Z",
    updatedAt: "2026-10-01T00:00:00.000Z",
    ...overrides,
  };
}

const point = (lon: number, lat: number) => ({
  type: "Point" as const,
  coordinates: [lon, lat] as [number, number],
});

describe("map layers", () => {
  it("puts outreach on its own layer beside the locations", () => {
    const layers = mapLayers(municipalityId, null, [
      anEntry({
        title: "Night round",
        details: {
          kind: "outreach",
          geometry: point(24.95, 60.17),
          groupKinds: ["homeless_people"],
          contacts: 12,
          signals: [],
        },
      }),
      anEntry({
        title: "Nail salon",
        details: {
          kind: "location",
          sector: "beauty_and_nail_salons",
          geometry: point(24.9, 60.2),
          signals: [],
          forms: [],
        },
      }),
    ]);
    const byLayer = {
      outreach: layers.features.filter((f) => f.properties.layer === "outreach"),
      locations: layers.features.filter((f) => f.properties.layer === "locations"),
    };
    expect(byLayer.outreach?.map((f) => f.properties.title)).toEqual(["Night round"]);
    expect(byLayer.outreach?.[0]?.properties.contacts).toBe(12);
    expect(byLayer.locations?.map((f) => f.properties.title)).toEqual(["Nail salon"]);
  });

  it("counts the signals of current locations and outreach into density cells, not stale or archived ones", () => {
    const signals = (n: number) => Array.from({ length: n }, (_, i) => `signal ${i}`);
    const layers = mapLayers(municipalityId, null, [
      anEntry({
        details: {
          kind: "location",
          sector: "car_washes",
          geometry: point(24.9, 60.2),
          signals: signals(3),
          forms: [],
        },
      }),
      anEntry({
        details: {
          kind: "outreach",
          geometry: point(24.9001, 60.2001),
          groupKinds: [],
          contacts: null,
          signals: signals(2),
        },
      }),
      anEntry({
        stale: true,
        details: {
          kind: "location",
          sector: "cleaning",
          geometry: point(24.9, 60.2),
          signals: signals(7),
          forms: [],
        },
      }),
      anEntry({
        archived: true,
        details: {
          kind: "outreach",
          geometry: point(24.9, 60.2),
          groupKinds: [],
          contacts: null,
          signals: signals(9),
        },
      }),
    ]);
    const density = layers.features.filter((f) => f.properties.layer === "signal_density");
    expect(density).toHaveLength(1);
    expect(density[0]?.properties.signals).toBe(5);
    expect(density[0]?.geometry.type).toBe("Polygon");
    // Outreach whose people were not counted carries no count, rather than a made-up one.
    const outreach = layers.features.find((f) => f.properties.layer === "outreach");
    expect(outreach?.properties).not.toHaveProperty("contacts");
  });
});
