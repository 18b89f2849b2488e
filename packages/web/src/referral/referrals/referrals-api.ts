import { ReferralList, ReferralSummary, ReferralView } from "@ariadne/domain/referral/index.ts";
import { z } from "zod";
import { request, withQuery } from "../../api/client.ts";

export { ReferralSummary, ReferralView };

/** Which referrals a list holds: sent by the actor's team, received by their organisation, or (coordinators) all. */
export type ReferralBox = "sent" | "received" | "municipality";
export interface ReferralFilters {
  status?: string | undefined;
  serviceId?: string | undefined;
  overdue?: boolean | undefined;
}
const Organisations = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
const Services = z.object({
  items: z.array(
    z.object({ id: z.string(), name: z.string(), organisationId: z.string(), type: z.string() }),
  ),
});

export type StepAction = "send" | "accept" | "start" | "complete";
export type ReasonAction = "decline" | "end" | "withdraw";

export const referralsApi = {
  /** One page of a box, filtered; `cursor` is the previous page's `nextCursor`. */
  list: (box: ReferralBox, f: ReferralFilters = {}, cursor?: string, limit = 25) =>
    request(
      "GET",
      withQuery("/api/v1/referrals", {
        box,
        status: f.status,
        serviceId: f.serviceId,
        overdue: f.overdue ? "true" : undefined,
        cursor,
        limit,
      }),
      ReferralList,
    ),
  /** The coordinator's overdue referrals, most overdue first: status only. */
  overdue: () => request("GET", withQuery("/api/v1/referrals", { overdue: "true" }), ReferralList),
  get: (id: string) => request("GET", `/api/v1/referrals/${id}`, ReferralView),
  /** `idempotencyKey`: the submission's, so a repeated click makes one referral. */
  create: (body: unknown, idempotencyKey?: string) =>
    request("POST", "/api/v1/referrals", ReferralView, body, idempotencyKey ? { idempotencyKey } : {}),
  step: (id: string, action: StepAction, version: number) =>
    request("POST", `/api/v1/referrals/${id}/${action}`, ReferralView, { version }),
  stepWithReason: (id: string, action: ReasonAction, version: number, reason: string) =>
    request("POST", `/api/v1/referrals/${id}/${action}`, ReferralView, { version, reason }),
  message: (id: string, body: string) =>
    request("POST", `/api/v1/referrals/${id}/messages`, ReferralView, { body }),
  organisations: async () => (await request("GET", "/api/v1/organisations", Organisations)).items,
  services: async () => (await request("GET", "/api/v1/services", Services)).items,
};
