import { describe, expect, it } from "vitest";
import { referralEventsOf } from "./referral-events.ts";

const t0 = "2026-12-01T08:00:00.000Z";
const t1 = "2026-12-01T09:00:00.000Z";
const t2 = "2026-12-01T10:00:00.000Z";
const t3 = "2026-12-02T10:00:00.000Z";

describe("a referral's events", () => {
  it("are only its creation while it is a draft", () => {
    expect(referralEventsOf(t0, { status: "draft" })).toEqual([{ kind: "created", at: t0 }]);
  });

  it("follow an accepted referral to completion, oldest first", () => {
    expect(
      referralEventsOf(t0, { status: "completed", sentAt: t1, answeredAt: t2, startedAt: t2, closedAt: t3 }),
    ).toEqual([
      { kind: "created", at: t0 },
      { kind: "sent", at: t1 },
      { kind: "accepted", at: t2 },
      { kind: "started", at: t2 },
      { kind: "completed", at: t3 },
    ]);
  });

  it("name a decline, an end and a withdrawal for what they are", () => {
    expect(referralEventsOf(t0, { status: "declined", sentAt: t1, answeredAt: t2 }).at(-1)).toEqual({
      kind: "declined",
      at: t2,
    });
    expect(
      referralEventsOf(t0, { status: "ended", sentAt: t1, answeredAt: t2, closedAt: t3 }).map((e) => e.kind),
    ).toEqual(["created", "sent", "accepted", "ended"]);
    expect(referralEventsOf(t0, { status: "withdrawn", sentAt: null, closedAt: t1 })).toEqual([
      { kind: "created", at: t0 },
      { kind: "withdrawn", at: t1 },
    ]);
  });
});
