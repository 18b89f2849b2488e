import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { messages } from "./messages.ts";
import type { DimensionId, ProfileId, Strength } from "./types.ts";
import { barrierIds, dimensionIds, languages, profileIds, strengths, supplementaryFormIds } from "./types.ts";

// Any change to an id, its profile, dimension, strength or concept changes this hash. Published
// ids never change: a deliberate change is a new catalogue version, not an edit of this value.
const SNAPSHOT_SHA256 = "0d11b1597f91946c441581299b91ad7ebf4989ec05628193ccfaf91ce5c77968";

function snapshotLines(): string[] {
  return catalogueV1.indicators.map((i) =>
    i.kind === "ilo"
      ? `${i.id}|${i.profile}|${i.dimension}|${i.strength}|${i.concept}`
      : i.kind === "supplementary"
        ? `${i.id}|${i.form}|${i.concept}`
        : `${i.id}|ariadne|${i.concept}`,
  );
}

type Row = [number, number, number]; // strong, medium, weak
// Per profile and dimension, in the order of `dimensionIds`. Adult labour: the published counts
// per dimension (10, 10, 16, 9, 15, 7 = 67). See sources.ts for how far the others were checked.
const expectedCounts: Record<ProfileId, Row[]> = {
  adult_labour: [
    [1, 8, 1],
    [1, 9, 0],
    [0, 12, 4],
    [1, 7, 1],
    [4, 10, 1],
    [0, 5, 2],
  ],
  adult_sexual: [
    [1, 8, 1],
    [1, 9, 0],
    [0, 12, 4],
    [1, 7, 1],
    [5, 9, 1],
    [0, 5, 2],
  ],
  child_labour: [
    [2, 8, 0],
    [4, 6, 0],
    [0, 15, 0],
    [1, 7, 0],
    [8, 7, 0],
    [0, 7, 0],
  ],
  child_sexual: [
    [2, 8, 0],
    [4, 6, 0],
    [0, 15, 0],
    [2, 6, 0],
    [8, 7, 0],
    [0, 7, 0],
  ],
};

describe("catalogue-v1", () => {
  it("has unique ids", () => {
    const ids = catalogueV1.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps its ids unchanged (snapshot)", () => {
    const hash = createHash("sha256").update(snapshotLines().join("\n")).digest("hex");
    expect(hash).toBe(SNAPSHOT_SHA256);
  });

  it("follows the id scheme", () => {
    for (const i of catalogueV1.indicators)
      expect(i.id).toMatch(
        /^(alx|asx|clx|csx)\.(dec|coe|vul|exp|cod|vud)\.\d{2}$|^sup\.(beg|crm|mar|ben|dom)\.\d{2}$/,
      );
  });

  it("has the counts per profile, dimension and strength of the lists", () => {
    for (const profile of profileIds) {
      const rows = dimensionIds.map((d: DimensionId) =>
        strengths.map(
          (s: Strength) =>
            catalogueV1.indicators.filter(
              (i) => i.kind === "ilo" && i.profile === profile && i.dimension === d && i.strength === s,
            ).length,
        ),
      );
      expect(rows, profile).toEqual(expectedCounts[profile]);
    }
    const totals = profileIds.map(
      (p) => catalogueV1.indicators.filter((i) => i.kind === "ilo" && i.profile === p).length,
    );
    expect(totals).toEqual([67, 67, 65, 65]);
    const adultPerDimension = expectedCounts.adult_labour.map((r) => r[0] + r[1] + r[2]);
    expect(adultPerDimension).toEqual([10, 10, 16, 9, 15, 7]);
  });

  it("has every indicator text in English, Finnish and Swedish, translated", () => {
    for (const i of catalogueV1.indicators) {
      for (const lang of languages) {
        const t = i.text[lang];
        for (const field of [t.wording, t.lookFor, t.ask])
          expect(field.trim().length, `${i.id} ${lang}`).toBeGreaterThan(3);
      }
      for (const lang of ["fi", "sv"] as const) {
        expect(i.text[lang].wording, `${i.id} ${lang}`).not.toBe(i.text.en.wording);
        expect(i.text[lang].ask, `${i.id} ${lang}`).not.toBe(i.text.en.ask);
      }
      expect(catalogueV1.sources[i.source], i.id).toBeDefined();
    }
  });

  it("has supplementary sets for every form, outside the ILO profiles", () => {
    for (const form of supplementaryFormIds) {
      const set = catalogueV1.indicators.filter((i) => i.kind === "supplementary" && i.form === form);
      expect(set.length, form).toBeGreaterThanOrEqual(4);
      for (const lang of languages) expect(catalogueV1.forms[form].label[lang].length).toBeGreaterThan(3);
    }
  });

  it("maps the eleven ILO indicators of forced labour to catalogue ids", () => {
    expect(catalogueV1.forcedLabour.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const ids = new Set(catalogueV1.indicators.map((i) => i.id));
    for (const f of catalogueV1.forcedLabour) {
      expect(f.indicators.length, f.id).toBeGreaterThan(0);
      for (const id of f.indicators) expect(ids.has(id)).toBe(true);
    }
    const mapped = new Set(catalogueV1.forcedLabour.flatMap((f) => f.indicators));
    for (const i of catalogueV1.indicators) if (i.kind === "ilo") expect(mapped.has(i.id), i.id).toBe(true);
  });

  it("has every barrier with approach guidance in all three languages", () => {
    expect(catalogueV1.barriers.map((b) => b.id)).toEqual([...barrierIds]);
    for (const b of catalogueV1.barriers) {
      for (const lang of languages) {
        expect(b.label[lang].length).toBeGreaterThan(3);
        expect(b.approach[lang].length).toBeGreaterThan(20);
      }
    }
  });

  it("has every message in all three languages with the same placeholders", () => {
    for (const [key, m] of Object.entries(messages)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      for (const lang of languages)
        expect(placeholders(m[lang]), `${key} ${lang}`).toEqual(placeholders(m.en));
    }
  });

  it("cites the ILO/EC brochure on every ILO indicator", () => {
    for (const i of catalogueV1.indicators) if (i.kind === "ilo") expect(i.source).toBe("ilo-ec-2009");
    expect(catalogueV1.sources["ilo-ec-2009"]?.citation).toMatch(
      /Operational indicators of trafficking in human beings/,
    );
  });
});
