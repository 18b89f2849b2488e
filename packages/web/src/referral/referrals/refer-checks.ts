import { type ConsentFact, checkConsentGate } from "@ariadne/domain/referral/index.ts";
import { localToday } from "../../ui/format-date.ts";
import type { Checked } from "../../ui/index.ts";

/** The form's own words for what must be chosen: the receiver and the stage are choices, not typed. */
export interface ReferralChoiceWords {
  chooseReceiver: string;
  chooseStage: string;
}

/** The check's field errors, the receiver's and the stage's in words that say what to do. */
export function referralChecked<T>(checked: Checked<T>, words: ReferralChoiceWords): Checked<T> {
  if (checked.ok) return checked;
  const fields = { ...checked.fields };
  if (fields.receivingOrganisationId !== undefined) fields.receivingOrganisationId = words.chooseReceiver;
  if (fields.stage !== undefined) fields.stage = words.chooseStage;
  return { ok: false, fields };
}

/**
 * Why the consent ground would not hold at Send, by the server's own rule (`checkConsentGate`): no
 * sharing consent on the case at all, or none for the chosen receiver; null when it holds or the
 * consents are unknown. Said while drafting, so that the worker does not first meet it as a refusal.
 */
export function missingConsent(
  consents: readonly ConsentFact[] | null,
  receiver: string,
  asOf = localToday(),
): "noConsentYet" | "noConsentForReceiver" | null {
  if (consents === null) return null;
  const holdsFor = (organisationId: string) =>
    checkConsentGate({ receivingOrganisationId: organisationId, consents, legalBasis: null, asOf }).ok;
  const any = consents.some((c) => c.organisationId !== null && holdsFor(c.organisationId));
  if (!any) return "noConsentYet";
  return receiver && !holdsFor(receiver) ? "noConsentForReceiver" : null;
}
