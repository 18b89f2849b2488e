import { z } from "zod";
import { multiLineText } from "../common/index.ts";

/**
 * The consent gate (issue 5, item 5; GDPR art. 6, 7 and 9): a referral leaves only on the person's
 * recorded, not withdrawn consent to share with the receiving organisation, or on an explicit legal
 * basis with a written reason (e.g. the duty to notify child protection, Finnish Child Welfare Act
 * 25 §, or the person's vital interests, GDPR art. 9(2)(c)).
 */
export const legalBases = ["child_protection", "vital_interests", "legal_obligation"] as const;
export type LegalBasisKind = (typeof legalBases)[number];

export const LegalBasis = z.strictObject({
  basis: z.enum(legalBases),
  /** Written so a later reader can judge it: at least a sentence. */
  reason: multiLineText(2000).min(20),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export interface ConsentFact {
  id: string;
  purpose: "processing" | "sharing" | "contact";
  organisationId: string | null;
  givenOn: string;
  withdrawnOn: string | null;
}

export type ConsentGround =
  | { kind: "consent"; consentId: string }
  | { kind: "legal_basis"; basis: LegalBasisKind };

export type ConsentGateResult =
  | { ok: true; ground: ConsentGround }
  | { ok: false; error: { code: "no_consent"; receivingOrganisationId: string } };

/** Whether a referral to the receiving organisation may be sent, and on what ground (consent first). */
export function checkConsentGate(input: {
  receivingOrganisationId: string;
  consents: readonly ConsentFact[];
  legalBasis: LegalBasis | null;
  asOf: string;
}): ConsentGateResult {
  const consent = input.consents.find(
    (c) =>
      c.purpose === "sharing" &&
      c.organisationId === input.receivingOrganisationId &&
      c.withdrawnOn === null &&
      c.givenOn <= input.asOf,
  );
  if (consent) return { ok: true, ground: { kind: "consent", consentId: consent.id } };
  const parsed = input.legalBasis ? LegalBasis.safeParse(input.legalBasis) : null;
  if (parsed?.success) return { ok: true, ground: { kind: "legal_basis", basis: parsed.data.basis } };
  return { ok: false, error: { code: "no_consent", receivingOrganisationId: input.receivingOrganisationId } };
}
