import { z } from "zod";
import { multiLineText } from "../common/index.ts";
import { LegalBasis } from "./consent-gate.ts";
import { SchemeStageSchema } from "./scheme-of-assistance.ts";
import { ServiceTypeSchema } from "./services.ts";

/**
 * Field-level sharing (issue 5, item 5; GDPR art. 5(1)(c), data minimisation): the sender picks,
 * field by field, what the receiving organisation learns about the person. Coded fields are not
 * identifying alone; the others are personal data and are stored encrypted.
 */
export const shareableFields = [
  "caseCode",
  "ageBand",
  "gender",
  "languages",
  "citizenship",
  "unaccompaniedMinor",
  "needs",
  "givenName",
  "familyName",
  "dateOfBirth",
  "phone",
  "address",
  "notesSummary",
] as const;
export type ShareableField = (typeof shareableFields)[number];
export const ShareableFieldSchema = z.enum(shareableFields);

/** Fields that identify the person or hold free text: encrypted at rest, their reading audited. */
export const personalShareableFields: readonly ShareableField[] = [
  "givenName",
  "familyName",
  "dateOfBirth",
  "phone",
  "address",
  "notesSummary",
];

/** Everything a case could share: the case's own fields plus what the sender writes for this referral. */
export interface ShareableCase {
  caseCode: string;
  ageBand: string | null;
  gender: string | null;
  languages: string[];
  citizenship: string | null;
  unaccompaniedMinor: boolean;
  needs: string[];
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  address: string | null;
  notesSummary: string | null;
}

export type SharedFields = Partial<ShareableCase>;

/** The case seen through the chosen fields: every other field is absent, not empty. */
export function projectSharedFields(source: ShareableCase, fields: readonly ShareableField[]): SharedFields {
  const out: SharedFields = {};
  for (const f of shareableFields) {
    if (fields.includes(f)) (out as Record<string, unknown>)[f] = source[f];
  }
  return out;
}

/** The shared fields as the API returns them: a strict object, so nothing else can slip through. */
export const SharedFieldsSchema = z.strictObject({
  caseCode: z.string().optional(),
  ageBand: z.string().nullable().optional(),
  gender: z.string().nullable().optional(),
  languages: z.array(z.string()).optional(),
  citizenship: z.string().nullable().optional(),
  unaccompaniedMinor: z.boolean().optional(),
  needs: z.array(z.string()).optional(),
  givenName: z.string().nullable().optional(),
  familyName: z.string().nullable().optional(),
  dateOfBirth: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  notesSummary: z.string().nullable().optional(),
});

/** A draft referral from a case: to whom, at which stage of the pathway, sharing what, on what ground. */
export const ReferralCreate = z
  .strictObject({
    caseId: z.uuid(),
    receivingOrganisationId: z.uuid(),
    serviceId: z.uuid().optional(),
    stage: SchemeStageSchema,
    sharedFields: z.array(ShareableFieldSchema).max(shareableFields.length),
    needs: z.array(ServiceTypeSchema).max(20).default([]),
    notesSummary: multiLineText(2000).optional(),
    /** Absent: sending rests on the person's recorded sharing consent for the receiver. */
    legalBasis: LegalBasis.optional(),
  })
  .superRefine((v, ctx) => {
    if (new Set(v.sharedFields).size !== v.sharedFields.length) {
      ctx.addIssue({ code: "custom", path: ["sharedFields"], message: "a field is named twice" });
    }
    if (v.sharedFields.includes("notesSummary") && !v.notesSummary) {
      ctx.addIssue({ code: "custom", path: ["notesSummary"], message: "write the summary you share" });
    }
  });
export type ReferralCreate = z.infer<typeof ReferralCreate>;
