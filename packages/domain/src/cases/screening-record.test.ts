import { describe, expect, it } from "vitest";
import { presentIndicators, screeningChanges } from "./screening-record.ts";

const obs = (indicator: string, status: string, observedAt: string) => ({ indicator, status, observedAt });

describe("how the situation changed between screenings", () => {
  it("counts an indicator by its latest observation", () => {
    expect(
      presentIndicators({
        observations: [
          obs("a", "present", "2026-10-01"),
          obs("a", "absent", "2026-10-05"),
          obs("b", "present", "2026-10-05"),
        ],
      }),
    ).toEqual(["b"]);
  });

  it("lists the facts that appeared and those no longer present; a first screening has nothing to compare", () => {
    const before = { observations: [obs("a", "present", "2026-10-01"), obs("b", "present", "2026-10-01")] };
    const after = {
      observations: [
        obs("b", "unknown", "2026-11-01"),
        obs("a", "present", "2026-10-01"),
        obs("c", "present", "2026-11-01"),
      ],
    };
    expect(screeningChanges(before, after)).toEqual({ appeared: ["c"], disappeared: ["b"] });
    expect(screeningChanges(null, after)).toBeNull();
  });
});
