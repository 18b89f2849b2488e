import {
  legalBases,
  referralStatuses,
  SchemeStageSchema,
  SharedFieldsSchema,
} from "@ariadne/domain/referral/index.ts";
import { z } from "zod";
import { request, withQuery } from "../../api/client.ts";

export const ReferralSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(referralStatuses),
  stage: SchemeStageSchema,
  sendingOrganisationId: z.string(),
  receivingOrganisationId: z.string(),
  serviceId: z.string().nullable(),
  sentAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
  party: z.enum(["sender", "receiver", "coordinator"]),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

export const ReferralView = ReferralSummary.extend({
  caseId: z.string().nullable(),
  sharedFields: z.array(z.string()),
  shared: SharedFieldsSchema.nullable(),
  ground: z.enum(["consent", "legal_basis"]).nullable(),
  legalBasis: z.enum(legalBases).nullable(),
  reason: z.string().nullable(),
  responseHours: z.number().nullable(),
  messages: z.array(
    z.object({
      id: z.string(),
      authorName: z.string().nullable(),
      authorOrganisationId: z.string().nullable(),
      body: z.string(),
      createdAt: z.string(),
      mine: z.boolean(),
    }),
  ),
  version: z.number(),
  createdAt: z.string(),
  abilities: z.object({
    send: z.boolean(),
    accept: z.boolean(),
    decline: z.boolean(),
    start: z.boolean(),
    complete: z.boolean(),
    end: z.boolean(),
    withdraw: z.boolean(),
    message: z.boolean(),
    readShared: z.boolean(),
  }),
});
export type ReferralView = z.infer<typeof ReferralView>;

const List = z.object({ items: z.array(ReferralSummary) });
const Organisations = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
const Services = z.object({
  items: z.array(
    z.object({ id: z.string(), name: z.string(), organisationId: z.string(), type: z.string() }),
  ),
});

export type StepAction = "send" | "accept" | "start" | "complete";
export type ReasonAction = "decline" | "end" | "withdraw";

export const referralsApi = {
  list: (box: "sent" | "received") => request("GET", withQuery("/api/v1/referrals", { box }), List),
  get: (id: string) => request("GET", `/api/v1/referrals/${id}`, ReferralView),
  create: (body: unknown) => request("POST", "/api/v1/referrals", ReferralView, body),
  step: (id: string, action: StepAction, version: number) =>
    request("POST", `/api/v1/referrals/${id}/${action}`, ReferralView, { version }),
  stepWithReason: (id: string, action: ReasonAction, version: number, reason: string) =>
    request("POST", `/api/v1/referrals/${id}/${action}`, ReferralView, { version, reason }),
  message: (id: string, body: string) =>
    request("POST", `/api/v1/referrals/${id}/messages`, ReferralView, { body }),
  organisations: async () => (await request("GET", "/api/v1/organisations", Organisations)).items,
  services: async () => (await request("GET", "/api/v1/services", Services)).items,
};
