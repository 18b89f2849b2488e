import { describe, expect, it } from "vitest";
import { retentionCutoff } from "./retention.ts";

describe("retentionCutoff", () => {
  it("goes back whole months, to the last day of a shorter month", () => {
    expect(retentionCutoff("2026-12-05", 24)).toBe("2024-12-05");
    expect(retentionCutoff("2026-03-31", 1)).toBe("2026-02-28");
    expect(retentionCutoff("2026-01-15", 60)).toBe("2021-01-15");
  });
});
