import { describe, expect, it } from "vitest";
import { findGaps } from "./gaps.ts";
import { aService } from "./services-factory.ts";

describe("findGaps", () => {
  it("names each type × group × language no active service meets", () => {
    const services = [
      aService({ type: "shelter", genders: ["female"], languages: ["fi", "en"] }),
      aService({ type: "shelter", genders: ["male"], languages: ["ru"], archived: true }),
    ];
    const r = findGaps(services, { types: ["shelter"], groups: ["women", "men"], languages: ["fi", "ru"] });
    expect(r.checked).toBe(4);
    expect(r.gaps).toEqual([
      { type: "shelter", group: "women", language: "ru", servedInOtherLanguages: 1 },
      { type: "shelter", group: "men", language: "fi", servedInOtherLanguages: 0 },
      { type: "shelter", group: "men", language: "ru", servedInOtherLanguages: 0 },
    ]);
  });

  it("counts minors as met only by services that serve minors", () => {
    const r = findGaps([aService({ type: "child_protection", languages: ["fi"], servesMinors: true })], {
      types: ["child_protection"],
      groups: ["minors", "families"],
      languages: ["fi"],
    });
    expect(r.gaps.map((g) => g.group)).toEqual(["families"]);
  });

  it("checks every type, group and default language when asked nothing", () => {
    const r = findGaps([]);
    expect(r.checked).toBe(15 * 5 * 10);
    expect(r.gaps).toHaveLength(r.checked);
  });
});
