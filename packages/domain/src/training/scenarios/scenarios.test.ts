import { describe, expect, it } from "vitest";
import { catalogueFor } from "../../screening/index.ts";
import { answerKey } from "../scoring.ts";
import { scenarioSectors, scenarios } from "./index.ts";

const known = new Set(catalogueFor("catalogue-v2").indicators.map((i) => i.id));

describe("the scenario library", () => {
  it("holds at least 30 scenarios with unique ids, texts in en, fi and sv, and known indicators (every language's in locales.test.ts)", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) {
      for (const lang of ["en", "fi", "sv"] as const)
        expect(s.situation[lang].length, s.id).toBeGreaterThan(20);
      for (const id of [...s.present, ...s.absent]) expect(known.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });

  it("covers every sector of the local map, children, work begun voluntarily and every answer", () => {
    expect(new Set(scenarios.map((s) => s.sector))).toEqual(new Set(scenarioSectors));
    expect(scenarios.filter((s) => s.child).length).toBeGreaterThanOrEqual(5);
    expect(scenarios.filter((s) => s.beganVoluntarily).length).toBeGreaterThanOrEqual(5);
    const levels = scenarios.map((s) => answerKey(s).level);
    expect(levels.filter((l) => l === "keep_asking").length).toBeGreaterThanOrEqual(5);
    expect(levels).toContain("offer_assistance");
    expect(levels).toContain("no_concern_recorded");
  });
});
