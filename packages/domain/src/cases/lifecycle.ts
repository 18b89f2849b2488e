/**
 * The case lifecycle (issue 4; CBSS/HEUNI 2016, "Referral to assistance"): concern raised →
 * screening → potential or presumed victim → in assistance (recovery and reflection period,
 * Directive 2004/81/EC) → closed. A discriminated union, changed only by `transitionCase`.
 */

export const caseStatuses = [
  "concern_raised",
  "screening",
  "potential_victim",
  "presumed_victim",
  "in_assistance",
  "closed",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const closeReasons = [
  "assistance_completed",
  "no_indication",
  "person_declined",
  "moved_away",
  "lost_contact",
  "deceased",
  "duplicate_merged",
] as const;
export type CloseReason = (typeof closeReasons)[number];

export interface ReflectionPeriod {
  start: string;
  end: string | null;
}

export type CaseState =
  | { status: "concern_raised" }
  | { status: "screening" }
  | { status: "potential_victim" }
  | { status: "presumed_victim" }
  | { status: "in_assistance"; reflectionPeriod: ReflectionPeriod }
  | { status: "closed"; reason: CloseReason; closedOn: string };

/** What a professional asks for; `why` travels beside it and is stored encrypted. */
export type CaseTransition =
  | { to: "screening" }
  | { to: "potential_victim" }
  | { to: "presumed_victim" }
  | { to: "in_assistance"; reflectionPeriodStart: string; reflectionPeriodEnd?: string | null | undefined }
  | { to: "closed"; reason: Exclude<CloseReason, "duplicate_merged"> }
  | { to: "concern_raised" };

/**
 * Allowed next statuses. Assistance is unconditional and open to *potential* victims too
 * (CBSS/HEUNI 2016; Directive 2011/36/EU art. 11(3)), so it need not wait for "presumed".
 * A closed case may be reopened as a new concern: a negative result never closes the door.
 */
export const allowedTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  concern_raised: ["screening", "potential_victim", "presumed_victim", "in_assistance", "closed"],
  screening: ["potential_victim", "presumed_victim", "in_assistance", "closed"],
  potential_victim: ["screening", "presumed_victim", "in_assistance", "closed"],
  presumed_victim: ["in_assistance", "closed"],
  in_assistance: ["in_assistance", "closed"],
  closed: ["concern_raised"],
};

export type TransitionError =
  | { code: "illegal_transition"; from: CaseStatus; to: CaseStatus }
  | { code: "reflection_period_ends_before_start" }
  | { code: "merged_case_is_final" };

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; error: TransitionError };

/** The one way a case's state changes. Pure: `today` (YYYY-MM-DD) is passed in. */
export function transitionCase(state: CaseState, t: CaseTransition, today: string): TransitionResult {
  if (state.status === "closed" && state.reason === "duplicate_merged") {
    return { ok: false, error: { code: "merged_case_is_final" } };
  }
  if (!allowedTransitions[state.status].includes(t.to)) {
    return { ok: false, error: { code: "illegal_transition", from: state.status, to: t.to } };
  }
  switch (t.to) {
    case "in_assistance": {
      const end = t.reflectionPeriodEnd ?? null;
      if (end !== null && end < t.reflectionPeriodStart) {
        return { ok: false, error: { code: "reflection_period_ends_before_start" } };
      }
      return {
        ok: true,
        state: { status: "in_assistance", reflectionPeriod: { start: t.reflectionPeriodStart, end } },
      };
    }
    case "closed":
      return { ok: true, state: { status: "closed", reason: t.reason, closedOn: today } };
    default:
      return { ok: true, state: { status: t.to } };
  }
}

/** Merging closes the duplicate with a reason no professional can choose by hand. */
export function closeAsMerged(today: string): Extract<CaseState, { status: "closed" }> {
  return { status: "closed", reason: "duplicate_merged", closedOn: today };
}

export function isOpen(state: CaseState): boolean {
  return state.status !== "closed";
}
