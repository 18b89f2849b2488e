import { z } from "zod";
import { multiLineText, singleLineText } from "../common/index.ts";

/**
 * The scheme of assistance (issue 5, item 3): the municipality's referral pathway, from first
 * contact to long-term support, with the organisation responsible at each stage and how soon it
 * must answer a referral (CBSS/HEUNI 2016, "Referral to assistance": clear areas of responsibility
 * and a scheme of assistance).
 */
export const schemeStages = [
  "first_contact_safety",
  "needs_assessment",
  "accommodation",
  "health",
  "legal_status_rights",
  "long_term_support",
  "closure_or_return",
] as const;
export type SchemeStage = (typeof schemeStages)[number];
export const SchemeStageSchema = z.enum(schemeStages);

/** A stage's answer time is between one hour and a month. */
export const maxResponseHours = 24 * 31;

export const SchemeStep = z.strictObject({
  stage: SchemeStageSchema,
  organisationId: z.uuid().nullable(),
  /** An organisation's contact point (a desk, a duty phone), never a person's private details. */
  contactPoint: singleLineText(200),
  responseHours: z.int().min(1).max(maxResponseHours),
  description: multiLineText(500).default(""),
});
export type SchemeStep = z.infer<typeof SchemeStep>;

/** The coordinator's edit: each stage at most once; stored and shown in the pathway's order. */
export const SchemeUpdate = z.strictObject({
  steps: z
    .array(SchemeStep)
    .max(schemeStages.length)
    .superRefine((steps, ctx) => {
      const seen = new Set<string>();
      steps.forEach((s, i) => {
        if (seen.has(s.stage))
          ctx.addIssue({ code: "custom", path: [i, "stage"], message: "stage given twice" });
        seen.add(s.stage);
      });
    }),
  version: z.int().min(0),
});
export type SchemeUpdate = z.infer<typeof SchemeUpdate>;

export const Scheme = z.object({
  steps: z.array(SchemeStep),
  version: z.int(),
  updatedAt: z.string().nullable(),
});
export type Scheme = z.infer<typeof Scheme>;

/** The steps in the pathway's order (first contact first), whatever order they were given in. */
export function orderSchemeSteps<S extends { stage: SchemeStage }>(steps: readonly S[]): S[] {
  return [...steps].sort((a, b) => schemeStages.indexOf(a.stage) - schemeStages.indexOf(b.stage));
}

/** The response time of a stage, or null when the scheme does not set one. */
export function responseHoursOf(steps: readonly SchemeStep[], stage: SchemeStage): number | null {
  return steps.find((s) => s.stage === stage)?.responseHours ?? null;
}
