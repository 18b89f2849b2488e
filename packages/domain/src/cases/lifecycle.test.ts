import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  type CaseState,
  type CaseTransition,
  caseStatuses,
  closeAsMerged,
  transitionCase,
} from "./lifecycle.ts";

const today = "2026-11-29";

function transitionTo(to: CaseTransition["to"]): CaseTransition {
  if (to === "in_assistance") return { to, reflectionPeriodStart: "2026-11-01" };
  if (to === "closed") return { to, reason: "assistance_completed" };
  return { to };
}

function stateOf(status: CaseState["status"]): CaseState {
  if (status === "in_assistance") return { status, reflectionPeriod: { start: "2026-01-01", end: null } };
  if (status === "closed") return { status, reason: "no_indication", closedOn: "2026-01-01" };
  return { status };
}

describe("case lifecycle", () => {
  it("moves a concern to screening and on to presumed victim", () => {
    const a = transitionCase({ status: "concern_raised" }, { to: "screening" }, today);
    expect(a).toEqual({ ok: true, state: { status: "screening" } });
    const b = transitionCase({ status: "screening" }, { to: "presumed_victim" }, today);
    expect(b).toEqual({ ok: true, state: { status: "presumed_victim" } });
  });

  it("lets a potential victim into assistance without waiting for presumed status", () => {
    const r = transitionCase(
      { status: "potential_victim" },
      { to: "in_assistance", reflectionPeriodStart: "2026-11-01", reflectionPeriodEnd: "2027-01-30" },
      today,
    );
    expect(r).toEqual({
      ok: true,
      state: { status: "in_assistance", reflectionPeriod: { start: "2026-11-01", end: "2027-01-30" } },
    });
  });

  it("refuses a reflection period that ends before it starts", () => {
    const r = transitionCase(
      { status: "presumed_victim" },
      { to: "in_assistance", reflectionPeriodStart: "2026-11-01", reflectionPeriodEnd: "2026-10-01" },
      today,
    );
    expect(r).toEqual({ ok: false, error: { code: "reflection_period_ends_before_start" } });
  });

  it("closes with a reason and the day of closing", () => {
    const r = transitionCase(
      { status: "in_assistance", reflectionPeriod: { start: "2026-01-01", end: null } },
      { to: "closed", reason: "assistance_completed" },
      today,
    );
    expect(r).toEqual({
      ok: true,
      state: { status: "closed", reason: "assistance_completed", closedOn: today },
    });
  });

  it("refuses to go back from presumed victim to screening", () => {
    const r = transitionCase({ status: "presumed_victim" }, { to: "screening" }, today);
    expect(r).toEqual({
      ok: false,
      error: { code: "illegal_transition", from: "presumed_victim", to: "screening" },
    });
  });

  it("reopens a closed case as a new concern, but never a merged duplicate", () => {
    const closed = stateOf("closed");
    expect(transitionCase(closed, { to: "concern_raised" }, today)).toEqual({
      ok: true,
      state: { status: "concern_raised" },
    });
    expect(transitionCase(closeAsMerged(today), { to: "concern_raised" }, today)).toEqual({
      ok: false,
      error: { code: "merged_case_is_final" },
    });
  });

  it("allows exactly the transitions of the table, from every status to every status", () => {
    fc.assert(
      fc.property(fc.constantFrom(...caseStatuses), fc.constantFrom(...caseStatuses), (from, to) => {
        const r = transitionCase(stateOf(from), transitionTo(to), today);
        expect(r.ok).toBe(allowedTransitions[from].includes(to));
        if (r.ok) expect(r.state.status).toBe(to);
      }),
    );
  });
});
