import { describe, expect, it } from "vitest";
import { orderSchemeSteps, responseHoursOf, SchemeUpdate, schemeStages } from "./scheme-of-assistance.ts";

const step = (stage: (typeof schemeStages)[number], responseHours = 24) => ({
  stage,
  organisationId: null,
  contactPoint: "Duty desk",
  responseHours,
  description: "",
});

describe("scheme of assistance", () => {
  it("orders the steps along the pathway, first contact first", () => {
    const ordered = orderSchemeSteps([
      step("closure_or_return"),
      step("health"),
      step("first_contact_safety"),
    ]);
    expect(ordered.map((s) => s.stage)).toEqual(["first_contact_safety", "health", "closure_or_return"]);
  });

  it("knows seven stages from first contact to closure or return", () => {
    expect(schemeStages).toHaveLength(7);
    expect(schemeStages[0]).toBe("first_contact_safety");
    expect(schemeStages.at(-1)).toBe("closure_or_return");
  });

  it("refuses a stage named twice, pointing at the second", () => {
    const r = SchemeUpdate.safeParse({ steps: [step("health"), step("health")], version: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["steps", 1, "stage"]);
  });

  it("refuses a response time of zero or beyond a month", () => {
    expect(SchemeUpdate.safeParse({ steps: [step("health", 0)], version: 0 }).success).toBe(false);
    expect(SchemeUpdate.safeParse({ steps: [step("health", 24 * 32)], version: 0 }).success).toBe(false);
  });

  it("gives the response time of a stage, or null when the scheme has none", () => {
    const steps = [step("accommodation", 4)];
    expect(responseHoursOf(steps, "accommodation")).toBe(4);
    expect(responseHoursOf(steps, "health")).toBeNull();
  });
});
