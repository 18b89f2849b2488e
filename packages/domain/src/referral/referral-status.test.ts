import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedReferralActions,
  type ReferralAction,
  type ReferralEvent,
  type ReferralState,
  referralActions,
  referralStatuses,
  transitionReferral,
} from "./referral-status.ts";

const at = "2026-11-29T08:00:00.000Z";
const eventOf = (type: ReferralAction, reason = "no capacity"): ReferralEvent =>
  type === "decline" || type === "end" || type === "withdraw" ? { type, at, reason } : { type, at };

/** One representative state per status, reached through the transition function itself. */
function reach(path: ReferralAction[]): ReferralState {
  let s: ReferralState = { status: "draft" };
  for (const a of path) {
    const r = transitionReferral(s, eventOf(a));
    if (!r.ok) throw new Error(`cannot ${a} from ${s.status}`);
    s = r.state;
  }
  return s;
}
const states: Record<(typeof referralStatuses)[number], ReferralState> = {
  draft: reach([]),
  sent: reach(["send"]),
  accepted: reach(["send", "accept"]),
  declined: reach(["send", "decline"]),
  in_progress: reach(["send", "accept", "start"]),
  completed: reach(["send", "accept", "start", "complete"]),
  ended: reach(["send", "accept", "start", "end"]),
  withdrawn: reach(["send", "withdraw"]),
};

/** The whole legal table, written out: anything not here must be refused. */
const legal: Record<string, string> = {
  "draft/send": "sent",
  "draft/withdraw": "withdrawn",
  "sent/accept": "accepted",
  "sent/decline": "declined",
  "sent/withdraw": "withdrawn",
  "accepted/start": "in_progress",
  "accepted/end": "ended",
  "accepted/withdraw": "withdrawn",
  "in_progress/complete": "completed",
  "in_progress/end": "ended",
};

describe("referral state machine", () => {
  for (const status of referralStatuses) {
    for (const action of referralActions) {
      const key = `${status}/${action}`;
      it(`${legal[key] ? "allows" : "refuses"} ${action} from ${status}`, () => {
        const r = transitionReferral(states[status], eventOf(action));
        if (legal[key]) {
          expect(r.ok && r.state.status).toBe(legal[key]);
        } else {
          expect(r).toEqual({ ok: false, error: { code: "illegal_transition", from: status, action } });
        }
      });
    }
  }

  it("declines, ends and withdraws only with a reason", () => {
    for (const [state, action] of [
      [states.sent, "decline"],
      [states.in_progress, "end"],
      [states.sent, "withdraw"],
    ] as const) {
      const r = transitionReferral(state, { type: action, at, reason: "   " });
      expect(r).toEqual({ ok: false, error: { code: "reason_required", action } });
    }
  });

  it("keeps when it was sent through every later state, for the overdue check", () => {
    const sentAt = "2026-11-01T10:00:00.000Z";
    let s: ReferralState = { status: "sent", sentAt };
    for (const a of ["accept", "start", "complete"] as const) {
      const r = transitionReferral(s, eventOf(a));
      s = r.ok ? r.state : s;
      expect("sentAt" in s && s.sentAt).toBe(sentAt);
    }
  });

  it("lists as allowed exactly the actions that succeed", () => {
    for (const s of Object.values(states)) {
      const succeeding = referralActions.filter((a) => transitionReferral(s, eventOf(a)).ok);
      expect(allowedReferralActions(s).sort()).toEqual([...succeeding].sort());
    }
  });

  it("never leaves the known statuses and never leaves a final state, whatever the events", () => {
    const finals = new Set(["declined", "completed", "ended", "withdrawn"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...referralActions), { maxLength: 12 }), (actions) => {
        let s: ReferralState = { status: "draft" };
        for (const a of actions) {
          const before = s;
          const r = transitionReferral(s, eventOf(a));
          if (r.ok) {
            expect(finals.has(before.status)).toBe(false);
            expect(legal[`${before.status}/${a}`]).toBe(r.state.status);
            s = r.state;
          } else {
            expect(s).toBe(before);
          }
          expect(referralStatuses).toContain(s.status);
        }
      }),
    );
  });
});
