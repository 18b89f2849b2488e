import { describe, expect, it } from "vitest";
import { isStale, oneYearBefore } from "./staleness.ts";

describe("staleness", () => {
  it("flags a source older than a year as stale", () => {
    expect(isStale("2025-11-28", "2026-11-29")).toBe(true);
  });

  it("keeps a source exactly a year old, or newer, fresh", () => {
    expect(isStale("2025-11-29", "2026-11-29")).toBe(false);
    expect(isStale("2026-06-01", "2026-11-29")).toBe(false);
  });

  it("counts a year back from 29 February as 28 February", () => {
    expect(oneYearBefore("2028-02-29")).toBe("2027-02-28");
  });
});
