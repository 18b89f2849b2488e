import { z } from "zod";
import { legalBases } from "./consent-gate.ts";
import { ReferralTimelineEvent } from "./referral-events.ts";
import { ShareableFieldSchema, SharedFieldsSchema } from "./referral-sharing.ts";
import { referralStatuses } from "./referral-status.ts";
import { SchemeStageSchema } from "./scheme-of-assistance.ts";

/** A referral in a list: no personal data, the same for every side. */
export const ReferralSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(referralStatuses),
  stage: SchemeStageSchema,
  sendingOrganisationId: z.uuid(),
  receivingOrganisationId: z.uuid(),
  serviceId: z.uuid().nullable(),
  /** The chosen service's name (it belongs to the receiving organisation); null when none was chosen. */
  serviceName: z.string().nullable(),
  sentAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
  party: z.enum(["sender", "receiver", "coordinator"]),
  /** Made, sent, answered… with times only: what the case timeline shows. */
  events: z.array(ReferralTimelineEvent),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

/** A page of a referral list, newest change first; `nextCursor` asks for the page after it. */
export const ReferralList = z.object({ items: z.array(ReferralSummary), nextCursor: z.string().nullable() });
export type ReferralList = z.infer<typeof ReferralList>;

export const ReferralAbilities = z.object({
  send: z.boolean(),
  accept: z.boolean(),
  decline: z.boolean(),
  start: z.boolean(),
  complete: z.boolean(),
  end: z.boolean(),
  withdraw: z.boolean(),
  message: z.boolean(),
  readShared: z.boolean(),
});

/**
 * One referral as one side sees it. Strict: the receiver's response can hold nothing about the
 * person beyond `shared` (and `caseId` is null for everyone but the sender).
 */
export const ReferralView = z.strictObject({
  ...ReferralSummary.shape,
  caseId: z.uuid().nullable(),
  sharedFields: z.array(ShareableFieldSchema),
  shared: SharedFieldsSchema.nullable(),
  ground: z.enum(["consent", "legal_basis"]).nullable(),
  legalBasis: z.enum(legalBases).nullable(),
  reason: z.string().nullable(),
  /** The consent the referral was sent on has been withdrawn: the receiver no longer sees `shared`. */
  consentWithdrawn: z.boolean(),
  responseHours: z.int().nullable(),
  messages: z.array(
    z.object({
      id: z.uuid(),
      authorName: z.string().nullable(),
      authorOrganisationId: z.uuid().nullable(),
      body: z.string(),
      createdAt: z.string(),
      mine: z.boolean(),
    }),
  ),
  version: z.int(),
  createdAt: z.string(),
  abilities: ReferralAbilities,
});
export type ReferralView = z.infer<typeof ReferralView>;
