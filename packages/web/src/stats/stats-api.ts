import { ActionPlanProgress, CasesDashboard, ReferralsDashboard } from "@ariadne/domain/stats/index.ts";
import { request, withQuery } from "../api/client.ts";

export interface DashboardFilter {
  from: number;
  to: number;
  form: string;
}

export const statsApi = {
  cases: (f: DashboardFilter) =>
    request(
      "GET",
      withQuery("/api/v1/stats/cases", { from: f.from, to: f.to, form: f.form || undefined }),
      CasesDashboard,
    ),
  referrals: (f: DashboardFilter) =>
    request("GET", withQuery("/api/v1/stats/referrals", { from: f.from, to: f.to }), ReferralsDashboard),
  actionPlan: () => request("GET", "/api/v1/stats/action-plan", ActionPlanProgress),
};
