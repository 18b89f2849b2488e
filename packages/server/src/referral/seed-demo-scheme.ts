import { type Queryable, referralDb } from "@ariadne/db";
import type { referral } from "@ariadne/domain";

/** A fictional demo pathway: who is responsible at each stage and how fast they answer. */
const demoSteps: { org: string; step: Omit<referral.SchemeStep, "organisationId"> }[] = [
  {
    org: "social",
    step: {
      stage: "first_contact_safety",
      contactPoint: "Social emergency duty, 24/7",
      responseHours: 2,
      description: "Safety first: a safe place tonight, no conditions.",
    },
  },
  {
    org: "social",
    step: {
      stage: "needs_assessment",
      contactPoint: "Social services intake desk",
      responseHours: 24,
      description: "Needs assessment with an interpreter.",
    },
  },
  {
    org: "ngo",
    step: {
      stage: "accommodation",
      contactPoint: "Safe Harbour shelter duty phone",
      responseHours: 4,
      description: "Emergency shelter, then supported housing.",
    },
  },
  {
    org: "health",
    step: {
      stage: "health",
      contactPoint: "Health centre, same-day appointments",
      responseHours: 48,
      description: "Health check and mental health support.",
    },
  },
  {
    org: "ngo",
    step: {
      stage: "legal_status_rights",
      contactPoint: "Safe Harbour legal counselling",
      responseHours: 72,
      description: "Rights, residence permit, recovery and reflection period.",
    },
  },
  {
    org: "social",
    step: {
      stage: "long_term_support",
      contactPoint: "Social services case worker",
      responseHours: 168,
      description: "Housing, income, education and work.",
    },
  },
  {
    org: "coordination",
    step: {
      stage: "closure_or_return",
      contactPoint: "Anti-trafficking coordinator",
      responseHours: 336,
      description: "Closing the case, or a safe, voluntary return.",
    },
  },
];

/** Seeds the demo municipality's scheme of assistance (version 1). */
export async function seedDemoScheme(
  tx: Queryable,
  municipalityId: string,
  orgIds: ReadonlyMap<string, string>,
) {
  await referralDb.replaceScheme(
    tx,
    municipalityId,
    demoSteps.map(({ org, step }) => ({ ...step, organisationId: orgIds.get(org) ?? null })),
    0,
    null,
  );
}
