import { stats } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errors } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import {
  countScreenings,
  listOutreachTallies,
  listTrainingTallies,
  serviceGapsOf,
} from "./activity-counts.ts";
import { controlledRoute, FormQuery, municipalityId, PeriodQuery } from "./route-shared.ts";

/**
 * The activity dashboards (issue 17, item 1): screenings, training, outreach and the service
 * directory's gaps. Every one is read through readControlled; the counts of persons pass the same
 * disclosure control as the cases dashboard.
 */
export function registerActivityStatsRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const controlled = controlledRoute(s);

  r.get(
    "/api/v1/stats/screenings",
    {
      schema: {
        tags: ["stats"],
        description: "Persons screened per year with their ILO/EC outcome and assistance signal.",
        querystring: FormQuery,
        response: { 200: stats.ScreeningDashboard, ...errors },
      },
    },
    controlled(
      "stats.screenings",
      (tx, m, q) => countScreenings(s, tx, m, q),
      (counts, k, q, base) => stats.screeningDashboard(counts, q, k, base),
    ),
  );

  r.get(
    "/api/v1/stats/training",
    {
      schema: {
        tags: ["stats"],
        description: "Professionals trained per year and professional group.",
        querystring: PeriodQuery,
        response: { 200: stats.TrainingDashboard, ...errors },
      },
    },
    controlled(
      "stats.training",
      (tx, m) => listTrainingTallies(tx, m),
      (tallies, k, q, base) => stats.trainingDashboard(tallies, q, k, base),
    ),
  );

  r.get(
    "/api/v1/stats/outreach",
    {
      schema: {
        tags: ["stats"],
        description: "People met on outreach visits per year and vulnerable group.",
        querystring: PeriodQuery,
        response: { 200: stats.OutreachDashboard, ...errors },
      },
    },
    controlled(
      "stats.outreach",
      (tx, m) => listOutreachTallies(s, tx, m),
      (tallies, k, q, base) => stats.outreachDashboard(tallies, q, k, base),
    ),
  );

  r.get(
    "/api/v1/stats/service-gaps",
    {
      schema: {
        tags: ["stats"],
        description: "Active services and unmet needs (group × language) per service type.",
        querystring: z.strictObject({ municipalityId }),
        response: { 200: stats.ServiceGapsChart, ...errors },
      },
    },
    // Services describe organisations' offers, not persons: counted, not suppressed.
    controlled(
      "stats.service_gaps",
      (tx, m) => serviceGapsOf(tx, m),
      (chart) => chart,
    ),
  );
}
