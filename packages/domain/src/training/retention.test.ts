import { describe, expect, it } from "vitest";
import { completionCutoff, completionRetentionMonths } from "./retention.ts";

describe("completion retention", () => {
  it("keeps a completion five years, or the refresher interval and a year when that is longer", () => {
    expect(completionRetentionMonths(24)).toBe(60);
    expect(completionRetentionMonths(48)).toBe(60);
    expect(completionRetentionMonths(49)).toBe(61);
    expect(completionRetentionMonths(120)).toBe(132);
  });

  it("gives the first day still kept, as of a date", () => {
    expect(completionCutoff("2026-12-05", 24)).toBe("2021-12-05");
    expect(completionCutoff("2026-12-05", 120)).toBe("2015-12-05");
    // The end of a shorter month is clamped, as for prevention's records.
    expect(completionCutoff("2026-02-28", 24)).toBe("2021-02-28");
  });
});
