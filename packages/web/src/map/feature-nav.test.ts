import { readFileSync } from "node:fs";
import { join } from "node:path";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { featureName } from "./feature-names.ts";
import {
  densityMembers,
  featureKinds,
  isMoveKey,
  moveTarget,
  type NavFeature,
  orderFeatures,
  type SignalPlace,
} from "./feature-nav.ts";

const feature = (f: Partial<NavFeature> & Pick<NavFeature, "key" | "kind">): NavFeature => ({
  title: "",
  area: false,
  signals: 0,
  lat: 60.17,
  lon: 24.94,
  ...f,
});

describe("orderFeatures", () => {
  it("goes layer by layer as the layer list does, by title within a layer, densest square first", () => {
    const drawn = [
      feature({ key: "density:1:1", kind: "density", signals: 2, lat: 60.2 }),
      feature({ key: "entry:b", kind: "outreach", title: "Station square" }),
      feature({ key: "service:x", kind: "service", title: "Women's shelter" }),
      feature({ key: "entry:c", kind: "location", title: "harbour warehouse" }),
      feature({ key: "density:1:2", kind: "density", signals: 5, lat: 60.1 }),
      feature({ key: "entry:a", kind: "location", title: "Car wash" }),
    ];
    expect(orderFeatures(drawn, "en").map((f) => f.key)).toEqual([
      "entry:a",
      "entry:c",
      "service:x",
      "entry:b",
      "density:1:2",
      "density:1:1",
    ]);
    expect(featureKinds).toEqual(["location", "service", "outreach", "density"]);
  });

  it("sorts titles as the reader's language does, and ties north to south, then west to east", () => {
    const drawn = [
      feature({ key: "entry:3", kind: "location", title: "Łódź" }),
      feature({ key: "entry:1", kind: "location", title: "Lublin" }),
      feature({ key: "entry:2", kind: "location", title: "Mazury" }),
    ];
    // Polish sorts "Ł" after "L" and before "M"; code points would put it last.
    expect(orderFeatures(drawn, "pl").map((f) => f.title)).toEqual(["Lublin", "Łódź", "Mazury"]);
    const twins = [
      feature({ key: "entry:s", kind: "location", title: "Kiosk", lat: 60.1, lon: 24.9 }),
      feature({ key: "entry:e", kind: "location", title: "Kiosk", lat: 60.2, lon: 25.0 }),
      feature({ key: "entry:w", kind: "location", title: "Kiosk", lat: 60.2, lon: 24.8 }),
    ];
    expect(orderFeatures(twins, "en").map((f) => f.key)).toEqual(["entry:w", "entry:e", "entry:s"]);
  });
});

describe("featureName", () => {
  const tIn: Record<string, TFunction> = {};
  beforeAll(async () => {
    const read = (lang: string) =>
      JSON.parse(readFileSync(join(import.meta.dirname, `../locales/${lang}/map.json`), "utf8"));
    for (const lang of ["en", "pl", "fi"]) {
      const i18n = i18next.createInstance();
      // As the app sets it up: React and the DOM escape, i18next does not.
      await i18n.init({
        lng: lang,
        resources: { [lang]: { translation: { map: read(lang) } } },
        interpolation: { escapeValue: false },
      });
      tIn[lang] = i18n.t;
    }
  });

  it("says what kind of feature it is and what it is, a point or an area", () => {
    const t = tIn.en!;
    expect(featureName(t, feature({ key: "entry:1", kind: "location", title: "Harbour warehouse" }))).toBe(
      "Location: Harbour warehouse",
    );
    expect(
      featureName(t, feature({ key: "entry:2", kind: "outreach", title: "Station square", area: true })),
    ).toBe("Outreach, area: Station square");
    expect(featureName(t, feature({ key: "service:1", kind: "service", title: "Women's shelter" }))).toBe(
      "Service: Women's shelter",
    );
    expect(featureName(t, feature({ key: "density:0:0", kind: "density", signals: 3 }))).toBe(
      "Signal density: 3 signals",
    );
    expect(featureName(t, feature({ key: "density:0:1", kind: "density", signals: 1 }))).toBe(
      "Signal density: 1 signal",
    );
  });

  it("speaks the reader's language, with its plural forms", () => {
    const density = (t: TFunction, signals: number) =>
      featureName(t, feature({ key: "density:0:0", kind: "density", signals }));
    expect(density(tIn.pl!, 1)).toBe("Gęstość sygnałów: 1 sygnał");
    expect(density(tIn.pl!, 3)).toBe("Gęstość sygnałów: 3 sygnały");
    expect(density(tIn.pl!, 5)).toBe("Gęstość sygnałów: 5 sygnałów");
    expect(
      featureName(tIn.fi!, feature({ key: "entry:1", kind: "location", title: "Satama", area: true })),
    ).toBe("Paikka, alue: Satama");
  });
});

describe("moveTarget", () => {
  const ordered = [
    { kind: "location" },
    { kind: "location" },
    { kind: "service" },
    { kind: "density" },
    { kind: "density" },
  ];

  it("moves to the next and the previous, and stops at either end", () => {
    expect(moveTarget("ArrowRight", 0, ordered)).toBe(1);
    expect(moveTarget("ArrowDown", 1, ordered)).toBe(2);
    expect(moveTarget("ArrowLeft", 2, ordered)).toBe(1);
    expect(moveTarget("ArrowUp", 1, ordered)).toBe(0);
    expect(moveTarget("ArrowUp", 0, ordered)).toBeNull();
    expect(moveTarget("ArrowDown", 4, ordered)).toBeNull();
    expect(moveTarget("Home", 3, ordered)).toBe(0);
    expect(moveTarget("End", 1, ordered)).toBe(4);
    expect(moveTarget("End", 4, ordered)).toBeNull();
  });

  it("swaps left and right in a right-to-left page; up and down stay", () => {
    expect(moveTarget("ArrowLeft", 0, ordered, true)).toBe(1);
    expect(moveTarget("ArrowRight", 1, ordered, true)).toBe(0);
    expect(moveTarget("ArrowDown", 1, ordered, true)).toBe(2);
  });

  it("jumps layer by layer with Page Down and Page Up", () => {
    expect(moveTarget("PageDown", 0, ordered)).toBe(2);
    expect(moveTarget("PageDown", 2, ordered)).toBe(3);
    expect(moveTarget("PageDown", 3, ordered)).toBeNull();
    // Page Up: to the first of this layer, then to the first of the layer before.
    expect(moveTarget("PageUp", 4, ordered)).toBe(3);
    expect(moveTarget("PageUp", 3, ordered)).toBe(2);
    expect(moveTarget("PageUp", 2, ordered)).toBe(0);
    expect(moveTarget("PageUp", 0, ordered)).toBeNull();
  });

  it("knows which keys are its own", () => {
    expect(isMoveKey("PageDown")).toBe(true);
    expect(isMoveKey("Enter")).toBe(false);
    expect(moveTarget("Home", 0, [])).toBeNull();
  });
});

describe("densityMembers", () => {
  // A square from 60.17 to 60.18 north, 24.94 to 24.96 east.
  const ring = [
    [24.94, 60.17],
    [24.96, 60.17],
    [24.96, 60.18],
    [24.94, 60.18],
    [24.94, 60.17],
  ];
  const point = (id: string, lon: number, lat: number, more: Partial<SignalPlace> = {}): SignalPlace => ({
    id,
    geometry: { type: "Point", coordinates: [lon, lat] },
    signals: 2,
    stale: false,
    ...more,
  });

  it("finds the current places with signals whose anchor lies in the square", () => {
    const area: SignalPlace = {
      id: "area",
      // Its corners' middle (24.95, 60.175) lies inside, though two corners lie outside.
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [24.93, 60.17],
            [24.97, 60.17],
            [24.97, 60.18],
            [24.93, 60.18],
            [24.93, 60.17],
          ],
        ],
      },
      signals: 1,
      stale: false,
    };
    const places = [
      point("inside", 24.95, 60.175),
      point("outside", 24.99, 60.175),
      point("stale", 24.95, 60.175, { stale: true }),
      point("quiet", 24.95, 60.175, { signals: 0 }),
      // On the square's north edge: counted in the square above, as the server does.
      point("edge", 24.95, 60.18),
      area,
    ];
    expect(densityMembers(ring, places)).toEqual(["inside", "area"]);
  });
});
