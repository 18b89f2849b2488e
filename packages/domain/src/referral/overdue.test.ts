import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AwaitingReferral, findOverdueReferrals } from "./overdue.ts";

const aReferral = (over: Partial<AwaitingReferral> = {}): AwaitingReferral => ({
  id: "r1",
  status: "sent",
  sentAt: "2026-11-28T08:00:00.000Z",
  responseHours: 24,
  ...over,
});

describe("overdue referrals", () => {
  it("flags a sent referral unanswered past its stage's response time", () => {
    expect(findOverdueReferrals([aReferral()], "2026-11-29T11:00:00.000Z")).toEqual([
      { id: "r1", dueAt: "2026-11-29T08:00:00.000Z", hoursOverdue: 3 },
    ]);
  });

  it("does not flag it before the deadline, nor exactly at it", () => {
    expect(findOverdueReferrals([aReferral()], "2026-11-29T07:59:00.000Z")).toEqual([]);
    expect(findOverdueReferrals([aReferral()], "2026-11-29T08:00:00.000Z")).toEqual([]);
  });

  it("does not flag answered, draft or closed referrals, nor stages without a response time", () => {
    const late = "2026-12-31T00:00:00.000Z";
    for (const status of [
      "draft",
      "accepted",
      "declined",
      "in_progress",
      "completed",
      "ended",
      "withdrawn",
    ]) {
      expect(findOverdueReferrals([aReferral({ status })], late)).toEqual([]);
    }
    expect(findOverdueReferrals([aReferral({ responseHours: null })], late)).toEqual([]);
  });

  it("lists the most overdue first", () => {
    const r = findOverdueReferrals(
      [aReferral({ id: "a", responseHours: 20 }), aReferral({ id: "b", responseHours: 2 })],
      "2026-11-29T12:00:00.000Z",
    );
    expect(r.map((x) => x.id)).toEqual(["b", "a"]);
  });

  it("flags a referral exactly when now is past sentAt plus the response time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 744 }),
        fc.integer({ min: -2000, max: 2000 }),
        (hours, offsetMin) => {
          const sent = Date.parse("2026-11-01T00:00:00.000Z");
          const asOf = new Date(sent + hours * 3_600_000 + offsetMin * 60_000).toISOString();
          const flagged = findOverdueReferrals(
            [aReferral({ sentAt: new Date(sent).toISOString(), responseHours: hours })],
            asOf,
          );
          expect(flagged.length).toBe(offsetMin > 0 ? 1 : 0);
        },
      ),
    );
  });
});
