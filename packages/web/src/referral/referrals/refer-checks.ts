import { type ConsentFact, checkConsentGate } from "@ariadne/domain/referral/index.ts";
import { localToday } from "../../ui/format-date.ts";
import type { Checked } from "../../ui/index.ts";

/** The check's field errors, the receiver's in words that say what to do (it is a choice, not typed). */
export function referralChecked<T>(checked: Checked<T>, chooseReceiver: string): Checked<T> {
  if (checked.ok || checked.fields.receivingOrganisationId === undefined) return checked;
  return { ok: false, fields: { ...checked.fields, receivingOrganisationId: chooseReceiver } };
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
