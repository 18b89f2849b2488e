import { describe, expect, it } from "vitest";
import type { CoverageRow } from "./coverage.ts";
import { trainingPointProgress } from "./plan-progress.ts";

const planned = { status: "planned" as const, progressPercent: 0, evidence: "" };
const row = (over: Partial<CoverageRow>): CoverageRow => ({
  status: "never_trained",
  people: 0,
  peopleCurrent: 0,
  lastTrainedOn: null,
  refresherDueOn: null,
  ...over,
});

describe("a training action point fed by coverage", () => {
  it("is done once the actor is trained, with the figures as evidence", () => {
    const next = trainingPointProgress(
      planned,
      row({ status: "current", people: 2, peopleCurrent: 2, lastTrainedOn: "2026-11-20" }),
      "2026-12-01",
    );
    expect(next).toEqual({
      status: "done",
      progressPercent: 100,
      evidence: "Training coverage on 2026-12-01: 2 trained, 2 not due for a refresher, last on 2026-11-20.",
    });
  });

  it("is in progress while everyone trained is due for a refresher, and unchanged with no one trained", () => {
    const due = row({ status: "refresher_due", people: 3, peopleCurrent: 0, lastTrainedOn: "2024-01-10" });
    expect(trainingPointProgress(planned, due, "2026-12-01")).toMatchObject({
      status: "in_progress",
      progressPercent: 0,
    });
    expect(trainingPointProgress(planned, row({}), "2026-12-01")).toBeNull();
  });

  it("leaves a cancelled or closed point, and evidence written by hand, as they are", () => {
    const current = row({ status: "current", people: 1, peopleCurrent: 1, lastTrainedOn: "2026-11-20" });
    expect(trainingPointProgress({ ...planned, status: "cancelled" }, current, "2026-12-01")).toBeNull();
    expect(trainingPointProgress({ ...planned, status: "done" }, current, "2026-12-01")).toBeNull();
    expect(
      trainingPointProgress({ ...planned, evidence: "Minutes of 3 Nov" }, current, "2026-12-01")?.evidence,
    ).toBe("Minutes of 3 Nov");
  });
});
