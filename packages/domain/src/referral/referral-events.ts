import { z } from "zod";

/**
 * What happened to a referral, in order, for the case timeline (issue 13, point 5): made, sent, and
 * each answer or step after it, each with its time. Read from the state's times alone, so it holds
 * no reason and no personal data.
 */
export const referralEventKinds = [
  "created",
  "sent",
  "accepted",
  "declined",
  "started",
  "completed",
  "ended",
  "withdrawn",
] as const;
export type ReferralEventKind = (typeof referralEventKinds)[number];

export const ReferralTimelineEvent = z.object({ kind: z.enum(referralEventKinds), at: z.string() });
export type ReferralTimelineEvent = z.infer<typeof ReferralTimelineEvent>;

/** A stored state's times, as the database keeps them (the reason is not among them). */
export type ReferralStateTimes = { status: string } & Partial<
  Record<"sentAt" | "answeredAt" | "startedAt" | "closedAt", string | null>
>;

/** The referral's events, oldest first, from its creation time and its state's times. */
export function referralEventsOf(createdAt: string, state: ReferralStateTimes): ReferralTimelineEvent[] {
  const events: ReferralTimelineEvent[] = [{ kind: "created", at: createdAt }];
  const add = (kind: ReferralEventKind, at: string | null | undefined) => {
    if (at) events.push({ kind, at });
  };
  add("sent", state.sentAt);
  if (state.status === "declined") add("declined", state.answeredAt);
  else add("accepted", state.answeredAt);
  add("started", state.startedAt);
  if (state.status === "completed") add("completed", state.closedAt);
  if (state.status === "ended") add("ended", state.closedAt);
  if (state.status === "withdrawn") add("withdrawn", state.closedAt);
  return events;
}
