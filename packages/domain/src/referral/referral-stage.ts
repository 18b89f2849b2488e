import type { SchemeStage, SchemeStep } from "./scheme-of-assistance.ts";
import { schemeStages } from "./scheme-of-assistance.ts";
import type { ServiceType } from "./services.ts";

/**
 * The pathway stages at which a kind of service is usually used, after the guidelines' chapter on
 * referral and assistance (CBSS/HEUNI 2016): a shelter is accommodation, a clinic health, legal
 * counselling legal status and rights. Interpretation serves every stage, so it names none.
 */
export const serviceTypeStages: Record<ServiceType, readonly SchemeStage[]> = {
  emergency_accommodation: ["first_contact_safety", "accommodation"],
  shelter: ["accommodation"],
  health_care: ["health"],
  mental_health: ["health"],
  legal_counselling: ["legal_status_rights"],
  interpretation: [],
  social_financial_support: ["needs_assessment", "long_term_support"],
  housing: ["accommodation", "long_term_support"],
  education_employment: ["long_term_support"],
  child_protection: ["first_contact_safety", "needs_assessment"],
  victim_support_ngo: ["first_contact_safety", "needs_assessment"],
  labour_rights: ["legal_status_rights"],
  police_reporting: ["legal_status_rights"],
  consular_help: ["legal_status_rights", "closure_or_return"],
  return_reintegration: ["closure_or_return"],
};

export interface StageProposalInput {
  /** The municipality's scheme of assistance: who is responsible at which stage. */
  steps: readonly Pick<SchemeStep, "stage" | "organisationId">[];
  /** The receiving organisation, "" or null while none is chosen. */
  receivingOrganisationId: string | null;
  /** The chosen service's type, null for "no particular service". */
  serviceType: ServiceType | null;
  /** The case is not yet identified (a concern, a screening, a potential victim): help starts at first contact. */
  atFirstContact: boolean;
}

/**
 * Why a stage is proposed: the scheme names the receiver at it, the chosen service is of a kind
 * used at it, or the case is still at first contact.
 */
export type StageProposalBasis = "scheme" | "service" | "first_contact";
export type StageProposal = { stage: SchemeStage; basis: StageProposalBasis } | null;

/**
 * The pathway stage to propose for a referral, from what is known: the stages at which the scheme
 * of assistance names the receiving organisation, narrowed by the chosen service's kind, and the
 * case's situation (a case not yet identified starts at first contact; one past it is not sent back
 * there when the receiver also answers a later stage). Null when nothing says which: the worker
 * chooses. Scheme of assistance: CBSS/HEUNI 2016, "Referral to assistance".
 */
export function proposeReferralStage(input: StageProposalInput): StageProposal {
  const inPathwayOrder = (stages: Iterable<SchemeStage>) =>
    schemeStages.filter((s) => new Set(stages).has(s));
  const receiver = input.receivingOrganisationId || null;
  const schemeStagesOfReceiver = receiver
    ? inPathwayOrder(input.steps.filter((s) => s.organisationId === receiver).map((s) => s.stage))
    : [];
  const serviceStages = input.serviceType ? inPathwayOrder(serviceTypeStages[input.serviceType]) : [];
  const pick = (stages: readonly SchemeStage[]): SchemeStage | undefined =>
    input.atFirstContact ? stages[0] : (stages.find((s) => s !== "first_contact_safety") ?? stages[0]);

  const both = serviceStages.filter((s) => schemeStagesOfReceiver.includes(s));
  const fromBoth = pick(both);
  if (fromBoth) return { stage: fromBoth, basis: "scheme" };
  const fromService = pick(serviceStages);
  if (fromService) return { stage: fromService, basis: "service" };
  const fromScheme = pick(schemeStagesOfReceiver);
  if (fromScheme) return { stage: fromScheme, basis: "scheme" };
  return input.atFirstContact ? { stage: schemeStages[0], basis: "first_contact" } : null;
}
