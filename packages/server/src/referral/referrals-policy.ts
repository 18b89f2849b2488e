import type { casesDb, referralDb } from "@ariadne/db";
import { admin, cases, referral } from "@ariadne/domain";
import type { Actor } from "../auth/actor.ts";
import { accessFactsOf, viewerOf } from "../cases/index.ts";
import { forbidden, notFound } from "../http/errors.ts";

/**
 * Who may do what with a referral, one rule a line:
 * - the sender is the case's team (a role that writes cases, on the team that holds the case);
 * - the receiver is a user of the receiving organisation with `referrals:receive`, and only once sent
 *   (a draft withdrawn before sending never reaches them);
 * - a coordinator sees how referrals move (status, times, organisations), never the shared fields;
 * - anyone else, and anyone in another municipality: 404.
 */
export type ReferralParty = "sender" | "receiver" | "coordinator";

/** Whether the actor may know the case exists at all; a case they may not know is answered like a missing one. */
export function knowsCase(a: Actor, c: casesDb.CaseAccessRow): boolean {
  return cases.caseAccess(viewerOf(a), accessFactsOf(c)) !== "none";
}

/** The actor refers from this case: on its team (not through break-glass) with a role that writes cases. */
export function mayReferFrom(a: Actor, c: casesDb.CaseAccessRow): boolean {
  const facts = accessFactsOf(c);
  const abilities = cases.caseAbilities(viewerOf(a), facts);
  return cases.isOnCaseTeam(viewerOf(a), facts) && abilities.write && a.organisationId !== null;
}

/**
 * The actor belongs to the case's sending side: on its team (not through break-glass), with content
 * access and a role that writes cases. Unlike `mayReferFrom`, this holds after the case is closed, so
 * the team still follows the referrals it made.
 */
export function onSendingTeam(a: Actor, c: casesDb.CaseAccessRow): boolean {
  return onSendingTeamOf(a, accessFactsOf(c));
}

/** `onSendingTeam` on the case's need-to-know facts, as a list reads them in one query. */
export function onSendingTeamOf(a: Actor, facts: cases.CaseAccessFacts): boolean {
  return (
    cases.isOnCaseTeam(viewerOf(a), facts) &&
    cases.caseAccess(viewerOf(a), facts) === "content" &&
    admin.roleAllows(a.role, "cases:write")
  );
}

/** Which side of the referral the actor is on; null when the referral is out of their reach. */
export function partyOf(
  a: Actor,
  r: Pick<referralDb.ReferralRow, "receivingOrganisationId" | "sentAt" | "municipalityId">,
  caseRow: casesDb.CaseAccessRow | null,
): ReferralParty | null {
  if (a.municipalityId !== r.municipalityId) return null;
  if (caseRow && onSendingTeam(a, caseRow)) return "sender";
  if (
    admin.roleAllows(a.role, "referrals:receive") &&
    a.organisationId === r.receivingOrganisationId &&
    r.sentAt !== null
  )
    return "receiver";
  if (a.role === "coordinator") return "coordinator";
  return null;
}

export interface ReferralAbilities {
  send: boolean;
  accept: boolean;
  decline: boolean;
  start: boolean;
  complete: boolean;
  end: boolean;
  withdraw: boolean;
  message: boolean;
  readShared: boolean;
}

/** Whether the referral ever left the sender: a draft, or a draft withdrawn, never did. */
export const wasSent = (state: referral.ReferralState) => "sentAt" in state && state.sentAt !== null;

/** A receiver that declined, or whose referral was withdrawn, has no more need of the person's data. */
const closedToReceiver: readonly referral.ReferralStatus[] = ["declined", "withdrawn"];

/**
 * What the actor may do with the referral now: its state's actions, narrowed to the actor's side.
 * The receiver reads the shared fields only while it has a need for them: not once it declined or
 * the referral was withdrawn, nor once the consent it was sent on (`groundWithdrawn`) is withdrawn.
 */
export function referralAbilities(
  party: ReferralParty,
  state: referral.ReferralState,
  groundWithdrawn = false,
): ReferralAbilities {
  const allowed = referral.allowedReferralActions(state);
  const may = (action: referral.ReferralAction) =>
    allowed.includes(action) && referral.referralActionParty[action] === party;
  return {
    send: may("send"),
    accept: may("accept"),
    decline: may("decline"),
    start: may("start"),
    complete: may("complete"),
    end: may("end"),
    withdraw: may("withdraw"),
    message: (party === "sender" || party === "receiver") && wasSent(state),
    readShared:
      party === "sender" ||
      (party === "receiver" && !groundWithdrawn && !closedToReceiver.includes(state.status)),
  };
}

export const referralPolicy = {
  /** 404 when the actor may not know of the referral. */
  requireParty: (party: ReferralParty | null): ReferralParty => {
    if (!party) throw notFound("referral");
    return party;
  },
  /** The actor knows of the referral but this step is not theirs to take: 403. */
  requireAction: (party: ReferralParty, action: referral.ReferralAction) => {
    if (referral.referralActionParty[action] !== party) throw forbidden();
  },
  requireMessage: (party: ReferralParty) => {
    if (party !== "sender" && party !== "receiver") throw forbidden();
  },
};
