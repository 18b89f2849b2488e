import { describe, expect, it } from "vitest";
import { questionKeyOf } from "./assistance-evidence.ts";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { catalogueV2 } from "./catalogue-v2/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import { languages, profileIds } from "./types.ts";

describe("catalogue-v2", () => {
  it("keeps every v1 indicator with its id and meaning", () => {
    const v2 = new Map(catalogueV2.indicators.map((i) => [i.id, i]));
    for (const i of catalogueV1.indicators) expect(v2.get(i.id)).toEqual(i);
    expect(catalogueV2.version).toBe("catalogue-v2");
  });

  it("has unique ids", () => {
    const ids = catalogueV2.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const added = catalogueV2.indicators.filter((i) => i.kind === "ariadne");

  it("marks each addition as Ariadne's, with the element it feeds, its ILO 2012 mapping and en/fi/sv texts", () => {
    expect(added.length).toBeGreaterThanOrEqual(9);
    const forcedLabourIds = new Set(catalogueV2.forcedLabour.map((f) => f.id));
    for (const a of added) {
      expect(a.source).toBe("ariadne-2026");
      expect(catalogueV2.sources[a.source]?.citation).toMatch(/Not part of the ILO\/EC lists/);
      expect(a.feeds.length > 0 || a.partOf !== undefined, a.id).toBe(true);
      expect(a.forcedLabour.length, a.id).toBeGreaterThan(0);
      for (const f of a.forcedLabour) {
        expect(forcedLabourIds.has(f)).toBe(true);
        expect(catalogueV2.forcedLabour.find((x) => x.id === f)?.indicators).toContain(a.id);
      }
      for (const lang of languages) {
        for (const field of ["wording", "lookFor", "ask"] as const)
          expect(a.text[lang][field].length).toBeGreaterThan(3);
      }
    }
  });

  it("covers what real cases could not record in v1", () => {
    const concepts = added.map((a) => a.concept);
    for (const c of [
      "recruitment-fee-or-travel-debt",
      "threat-sent-home-or-reported",
      "employer-holds-bank-account",
      "deceived-unspecified",
      "identity-used-in-name",
      "proceeds-taken",
      "deceived-about-work",
      "deceived-about-place",
      "deceived-about-employer",
    ])
      expect(concepts).toContain(c);
    const debt = added.find((a) => a.concept === "recruitment-fee-or-travel-debt");
    expect(debt?.guidance?.en).toMatch(/once, where it binds/);
  });

  it("leaves v1's forced-labour mapping as it was", () => {
    for (const f of catalogueV1.forcedLabour) {
      const v2 = catalogueV2.forcedLabour.find((x) => x.id === f.id);
      expect(v2?.indicators.slice(0, f.indicators.length)).toEqual(f.indicators);
    }
  });

  describe("first-contact set", () => {
    const keys = catalogueV2.firstContact ?? [];
    it("has at most 16 questions, each in the catalogue", () => {
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.length).toBeLessThanOrEqual(16);
      const all = new Set(catalogueV2.indicators.map(questionKeyOf));
      for (const k of keys) expect(all.has(k), k).toBe(true);
    });

    it.each(profileIds)("can settle every element for %s", (profile) => {
      const ids = catalogueV2.indicators
        .filter((i) => keys.includes(questionKeyOf(i)) && (i.kind !== "ilo" || i.profile === profile))
        .map((i) => i.id);
      const observations = ids.map((indicator) => ({
        indicator,
        status: "present" as const,
        observedAt: "2026-01-01",
      }));
      const r = evaluateScreening({ catalogueVersion: "catalogue-v2", profiles: [profile], observations });
      expect(r.assistance.level).toBe("offer_assistance");
      for (const e of ["act", "purpose"] as const) expect(r.assistance.elements[e].state).toBe("shown");
      expect(r.assistance.elements.act.via).toBe("recruitment");
    });
  });
});
