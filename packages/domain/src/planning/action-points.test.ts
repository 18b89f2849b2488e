import { describe, expect, it } from "vitest";
import { type ActionPoint, groupActionPlan, isOverdue } from "./action-points.ts";

const aPoint = (overrides: Partial<ActionPoint>): Omit<ActionPoint, "overdue"> => ({
  id: "00000000-0000-4000-8000-000000000001",
  municipalityId: "00000000-0000-4000-8000-000000000000",
  chapter: "mapping",
  title: "Map groups",
  description: "",
  ownerOrganisationId: null,
  partnerOrganisationIds: [],
  deadline: null,
  resources: "",
  status: "planned",
  progressIndicator: "",
  progressPercent: 0,
  evidence: "",
  priorityIds: [],
  templateActionId: null,
  version: 1,
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  ...overrides,
});

describe("action plan", () => {
  it("groups action points by the guidelines' chapters, each chapter present even when empty", () => {
    const plan = groupActionPlan([aPoint({ chapter: "prevention" })], "2026-11-29");
    expect(plan.chapters.map((c) => [c.chapter, c.items.length])).toEqual([
      ["mapping", 0],
      ["identification", 0],
      ["referral_and_assistance", 0],
      ["prevention", 1],
      ["cooperation", 0],
    ]);
  });

  it("lists the timeline by deadline and flags what is overdue", () => {
    const plan = groupActionPlan(
      [
        aPoint({ id: "00000000-0000-4000-8000-000000000002", title: "Late", deadline: "2027-03-01" }),
        aPoint({ id: "00000000-0000-4000-8000-000000000003", title: "Early", deadline: "2026-10-01" }),
        aPoint({ id: "00000000-0000-4000-8000-000000000004", title: "Open-ended" }),
      ],
      "2026-11-29",
    );
    expect(plan.timeline.map((t) => [t.title, t.overdue])).toEqual([
      ["Early", true],
      ["Late", false],
    ]);
  });

  it("does not call a done or cancelled action overdue", () => {
    expect(isOverdue({ deadline: "2026-01-01", status: "done" }, "2026-11-29")).toBe(false);
    expect(isOverdue({ deadline: "2026-01-01", status: "cancelled" }, "2026-11-29")).toBe(false);
    expect(isOverdue({ deadline: "2026-01-01", status: "in_progress" }, "2026-11-29")).toBe(true);
  });
});
