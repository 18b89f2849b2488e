import { describe, expect, it } from "vitest";
import { type ConsentFact, checkConsentGate } from "./consent-gate.ts";

const shelter = "00000000-0000-4000-8000-0000000000aa";
const police = "00000000-0000-4000-8000-0000000000bb";
const aConsent = (over: Partial<ConsentFact> = {}): ConsentFact => ({
  id: "c1",
  purpose: "sharing",
  organisationId: shelter,
  givenOn: "2026-11-01",
  withdrawnOn: null,
  ...over,
});
const gate = (
  consents: ConsentFact[],
  legalBasis: Parameters<typeof checkConsentGate>[0]["legalBasis"] = null,
) => checkConsentGate({ receivingOrganisationId: shelter, consents, legalBasis, asOf: "2026-11-29" });

describe("consent gate", () => {
  it("lets a referral go on an active sharing consent naming the receiver", () => {
    expect(gate([aConsent()])).toEqual({ ok: true, ground: { kind: "consent", consentId: "c1" } });
  });

  it("stops a referral without consent", () => {
    expect(gate([])).toEqual({ ok: false, error: { code: "no_consent", receivingOrganisationId: shelter } });
  });

  it("stops a referral when the consent was withdrawn", () => {
    expect(gate([aConsent({ withdrawnOn: "2026-11-20" })]).ok).toBe(false);
  });

  it("stops a referral when the consent names another organisation or another purpose", () => {
    expect(gate([aConsent({ organisationId: police })]).ok).toBe(false);
    expect(gate([aConsent({ purpose: "processing", organisationId: null })]).ok).toBe(false);
    expect(gate([aConsent({ purpose: "contact", organisationId: null })]).ok).toBe(false);
  });

  it("stops a referral on a consent dated after the day of sending", () => {
    expect(gate([aConsent({ givenOn: "2026-12-01" })]).ok).toBe(false);
  });

  it("lets a referral go on a legal basis with a written reason, but not on a bare one", () => {
    const reason = "The person is 15 and unaccompanied; we must notify child protection.";
    expect(gate([], { basis: "child_protection", reason })).toEqual({
      ok: true,
      ground: { kind: "legal_basis", basis: "child_protection" },
    });
    expect(gate([], { basis: "vital_interests", reason: "   urgent   " }).ok).toBe(false);
  });

  it("prefers the consent when both are there", () => {
    const r = gate([aConsent()], {
      basis: "legal_obligation",
      reason: "A written reason long enough to read.",
    });
    expect(r.ok && r.ground.kind).toBe("consent");
  });
});
