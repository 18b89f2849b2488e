import {
  ActionPlanProgress,
  CasesDashboard,
  OutreachDashboard,
  ReferralsDashboard,
  ScreeningDashboard,
  ServiceGapsChart,
  TrainingDashboard,
} from "@ariadne/domain/stats/index.ts";
import { request, withQuery } from "../api/client.ts";

export interface DashboardFilter {
  from: number;
  to: number;
  form: string;
  /** The cases dashboard's sector filter ("" for all). */
  sector: string;
}

export const statsApi = {
  cases: (f: DashboardFilter) =>
    request(
      "GET",
      withQuery("/api/v1/stats/cases", {
        from: f.from,
        to: f.to,
        form: f.form || undefined,
        sector: f.sector || undefined,
      }),
      CasesDashboard,
    ),
  referrals: (f: DashboardFilter) =>
    request("GET", withQuery("/api/v1/stats/referrals", { from: f.from, to: f.to }), ReferralsDashboard),
  screenings: (f: DashboardFilter) =>
    request(
      "GET",
      withQuery("/api/v1/stats/screenings", { from: f.from, to: f.to, form: f.form || undefined }),
      ScreeningDashboard,
    ),
  training: (f: DashboardFilter) =>
    request("GET", withQuery("/api/v1/stats/training", { from: f.from, to: f.to }), TrainingDashboard),
  outreach: (f: DashboardFilter) =>
    request("GET", withQuery("/api/v1/stats/outreach", { from: f.from, to: f.to }), OutreachDashboard),
  serviceGaps: () => request("GET", "/api/v1/stats/service-gaps", ServiceGapsChart),
  actionPlan: () => request("GET", "/api/v1/stats/action-plan", ActionPlanProgress),
};
