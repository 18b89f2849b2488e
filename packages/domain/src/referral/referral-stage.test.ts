import { describe, expect, it } from "vitest";
import { proposeReferralStage, type StageProposalInput } from "./referral-stage.ts";
import { schemeStages } from "./scheme-of-assistance.ts";
import { serviceTypes } from "./services.ts";

const social = "00000000-0000-4000-8000-000000000001";
const shelter = "00000000-0000-4000-8000-000000000002";
const health = "00000000-0000-4000-8000-000000000003";
const police = "00000000-0000-4000-8000-000000000004";

/** The demo pathway: social services at first contact, assessment and long-term support; the NGO at accommodation and rights. */
const steps = [
  { stage: "long_term_support", organisationId: social },
  { stage: "legal_status_rights", organisationId: shelter },
  { stage: "first_contact_safety", organisationId: social },
  { stage: "accommodation", organisationId: shelter },
  { stage: "needs_assessment", organisationId: social },
  { stage: "health", organisationId: health },
] as const;

const input = (over: Partial<StageProposalInput>): StageProposalInput => ({
  steps,
  receivingOrganisationId: null,
  serviceType: null,
  atFirstContact: true,
  ...over,
});

describe("the stage proposed for a referral", () => {
  it("is the receiver's first stage in the scheme of assistance, not always accommodation", () => {
    expect(proposeReferralStage(input({ receivingOrganisationId: health }))).toEqual({
      stage: "health",
      basis: "scheme",
    });
    expect(proposeReferralStage(input({ receivingOrganisationId: social }))).toEqual({
      stage: "first_contact_safety",
      basis: "scheme",
    });
    expect(proposeReferralStage(input({ receivingOrganisationId: shelter }))?.stage).toBe("accommodation");
  });

  it("narrows the receiver's stages to the chosen service's kind", () => {
    expect(
      proposeReferralStage(input({ receivingOrganisationId: shelter, serviceType: "legal_counselling" })),
    ).toEqual({ stage: "legal_status_rights", basis: "scheme" });
    expect(proposeReferralStage(input({ receivingOrganisationId: social, serviceType: "housing" }))).toEqual({
      stage: "long_term_support",
      basis: "scheme",
    });
  });

  it("follows the service's kind when the scheme does not name the receiver for it", () => {
    expect(
      proposeReferralStage(input({ receivingOrganisationId: police, serviceType: "police_reporting" })),
    ).toEqual({ stage: "legal_status_rights", basis: "service" });
  });

  it("does not send a case past first contact back there when the receiver answers a later stage", () => {
    expect(
      proposeReferralStage(input({ receivingOrganisationId: social, atFirstContact: false }))?.stage,
    ).toBe("needs_assessment");
    expect(
      proposeReferralStage(input({ serviceType: "child_protection", atFirstContact: false }))?.stage,
    ).toBe("needs_assessment");
  });

  it("starts a case not yet identified at the pathway's first stage when nothing else says", () => {
    expect(proposeReferralStage(input({}))).toEqual({
      stage: "first_contact_safety",
      basis: "first_contact",
    });
    expect(proposeReferralStage(input({ receivingOrganisationId: police }))?.basis).toBe("first_contact");
  });

  it("proposes nothing for an identified case when neither scheme nor service says: the worker chooses", () => {
    expect(
      proposeReferralStage(input({ receivingOrganisationId: police, atFirstContact: false })),
    ).toBeNull();
    expect(
      proposeReferralStage(input({ serviceType: "interpretation", steps: [], atFirstContact: false })),
    ).toBeNull();
  });

  it("proposes only stages of the pathway, for every kind of service and organisation", () => {
    for (const serviceType of [...serviceTypes, null])
      for (const receivingOrganisationId of [social, shelter, health, police, null])
        for (const atFirstContact of [true, false]) {
          const p = proposeReferralStage(input({ serviceType, receivingOrganisationId, atFirstContact }));
          if (p) expect(schemeStages).toContain(p.stage);
        }
  });
});
