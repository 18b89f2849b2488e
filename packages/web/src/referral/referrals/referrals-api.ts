import { ReferralSummary, ReferralView } from "@ariadne/domain/referral/index.ts";
import { z } from "zod";
import { request, withQuery } from "../../api/client.ts";

export { ReferralSummary, ReferralView };

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
  /** The coordinator's overdue referrals: status only. */
  overdue: () => request("GET", withQuery("/api/v1/referrals", { overdue: "true" }), List),
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
