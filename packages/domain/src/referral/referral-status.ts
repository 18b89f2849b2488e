import { multiLineText } from "../common/index.ts";

/**
 * A referral between organisations (issue 5, item 5): draft → sent → accepted or declined (with a
 * reason) → in progress → completed or ended (with a reason); the sender may withdraw it until the
 * work has started. A discriminated union, changed only by `transitionReferral`.
 */
export const referralStatuses = [
  "draft",
  "sent",
  "accepted",
  "declined",
  "in_progress",
  "completed",
  "ended",
  "withdrawn",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Timestamps are ISO 8601 strings, supplied by the caller (the domain has no clock). */
export type ReferralState =
  | { status: "draft" }
  | { status: "sent"; sentAt: string }
  | { status: "accepted"; sentAt: string; answeredAt: string }
  | { status: "declined"; sentAt: string; answeredAt: string; reason: string }
  | { status: "in_progress"; sentAt: string; answeredAt: string; startedAt: string }
  | { status: "completed"; sentAt: string; answeredAt: string; startedAt: string; closedAt: string }
  | { status: "ended"; sentAt: string; answeredAt: string; closedAt: string; reason: string }
  | { status: "withdrawn"; sentAt: string | null; closedAt: string; reason: string };

export const referralActions = ["send", "accept", "decline", "start", "complete", "end", "withdraw"] as const;
export type ReferralAction = (typeof referralActions)[number];

export type ReferralEvent =
  | { type: "send"; at: string }
  | { type: "accept"; at: string }
  | { type: "decline"; at: string; reason: string }
  | { type: "start"; at: string }
  | { type: "complete"; at: string }
  | { type: "end"; at: string; reason: string }
  | { type: "withdraw"; at: string; reason: string };

/** Which side of the referral takes each action: the sending case team or the receiving organisation. */
export const referralActionParty: Record<ReferralAction, "sender" | "receiver"> = {
  send: "sender",
  withdraw: "sender",
  accept: "receiver",
  decline: "receiver",
  start: "receiver",
  complete: "receiver",
  end: "receiver",
};

export type ReferralTransitionError =
  | { code: "illegal_transition"; from: ReferralStatus; action: ReferralAction }
  | { code: "reason_required"; action: ReferralAction };

export type ReferralTransition =
  | { ok: true; state: ReferralState }
  | { ok: false; error: ReferralTransitionError };

export const maxReasonLength = 1000;

/** The actions the state allows, whoever asks; the server narrows them to the actor's side. */
export function allowedReferralActions(state: ReferralState): ReferralAction[] {
  switch (state.status) {
    case "draft":
      return ["send", "withdraw"];
    case "sent":
      return ["accept", "decline", "withdraw"];
    case "accepted":
      return ["start", "end", "withdraw"];
    case "in_progress":
      return ["complete", "end"];
    case "declined":
    case "completed":
    case "ended":
    case "withdrawn":
      return [];
  }
}

/** The one way a referral changes state; an illegal step is a value, never a throw. */
export function transitionReferral(state: ReferralState, event: ReferralEvent): ReferralTransition {
  if (!allowedReferralActions(state).includes(event.type)) {
    return { ok: false, error: { code: "illegal_transition", from: state.status, action: event.type } };
  }
  if ("reason" in event && event.reason.trim() === "") {
    return { ok: false, error: { code: "reason_required", action: event.type } };
  }
  const sentAt = "sentAt" in state ? state.sentAt : null;
  switch (event.type) {
    case "send":
      return { ok: true, state: { status: "sent", sentAt: event.at } };
    case "accept":
      return { ok: true, state: { status: "accepted", sentAt: sentAt!, answeredAt: event.at } };
    case "decline":
      return {
        ok: true,
        state: { status: "declined", sentAt: sentAt!, answeredAt: event.at, reason: event.reason.trim() },
      };
    case "start":
      if (state.status !== "accepted") break;
      return {
        ok: true,
        state: {
          status: "in_progress",
          sentAt: state.sentAt,
          answeredAt: state.answeredAt,
          startedAt: event.at,
        },
      };
    case "complete":
      if (state.status !== "in_progress") break;
      return { ok: true, state: { ...state, status: "completed", closedAt: event.at } };
    case "end":
      if (state.status !== "accepted" && state.status !== "in_progress") break;
      return {
        ok: true,
        state: {
          status: "ended",
          sentAt: state.sentAt,
          answeredAt: state.answeredAt,
          closedAt: event.at,
          reason: event.reason.trim(),
        },
      };
    case "withdraw":
      return {
        ok: true,
        state: { status: "withdrawn", sentAt, closedAt: event.at, reason: event.reason.trim() },
      };
  }
  return { ok: false, error: { code: "illegal_transition", from: state.status, action: event.type } };
}

/** A reason as the API takes it (decline, end, withdraw). */
export const ReferralReason = multiLineText(maxReasonLength).min(1);

/** The state without its free-text reason: what may be stored in the clear (reasons are encrypted). */
export function referralStateWithoutReason(state: ReferralState): Record<string, string | null> {
  const { reason: _reason, ...rest } = state as ReferralState & { reason?: string };
  return rest;
}
