import { statsDb } from "@ariadne/db";
import { stats } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { errors } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { registerActivityStatsRoutes } from "./activity-routes.ts";
import { annualReportOf } from "./annual-report.ts";
import { annualReportCsv, renderAnnualReportPdf } from "./annual-report-pdf.ts";
import { reportLanguages } from "./annual-report-words.ts";
import { readControlled } from "./controlled-read.ts";
import { CasesQuery, controlledRoute, municipalityId, PeriodQuery, readerOf } from "./route-shared.ts";

const ReportQuery = z.strictObject({
  year: stats.dashboardQueryShape.from,
  lang: z.enum(reportLanguages).optional(),
  municipalityId,
});

/** Statistics (issue 17): dashboards of disclosure-controlled aggregates for coordinators and analysts. */
export function registerStatsRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const controlled = controlledRoute(s);

  r.get(
    "/api/v1/stats/cases",
    {
      schema: {
        tags: ["stats"],
        querystring: CasesQuery,
        response: { 200: stats.CasesDashboard, ...errors },
      },
    },
    controlled(
      "stats.cases",
      (tx, m) => statsDb.countCases(tx, m),
      (counts, k, q, base) => stats.casesDashboard(counts, q, k, base),
    ),
  );

  r.get(
    "/api/v1/stats/referrals",
    {
      schema: {
        tags: ["stats"],
        querystring: PeriodQuery,
        response: { 200: stats.ReferralsDashboard, ...errors },
      },
    },
    controlled(
      "stats.referrals",
      (tx, m) => statsDb.countReferrals(tx, m),
      (counts, k, q, base) => stats.referralsDashboard(counts, q, k, base),
    ),
  );

  // The exports in the field's standards: the cases' coded fields, k-anonymised with k = the
  // minimum cell size before they leave (CTDC's k-anonymised dataset, IOM's HTCDS field names).
  const exports = [
    {
      name: "ctdc",
      description: "The municipality's cases in the CTDC dataset format (CSV),",
      csvOf: (cases: statsDb.CodedCaseRow[], k: number) =>
        stats.ctdcCsv(stats.kAnonymise(cases.map(stats.ctdcRowOf), k).rows),
    },
    {
      name: "htcds",
      description:
        "The municipality's cases as de-identified HTCDS records (CSV with the standard's field names),",
      csvOf: (cases: statsDb.CodedCaseRow[], k: number) =>
        stats.htcdsCsv(stats.kAnonymiseHtcds(cases.map(stats.htcdsRecordOf), k).rows),
    },
  ];
  for (const e of exports) {
    r.get(
      `/api/v1/stats/${e.name}-export`,
      {
        schema: {
          tags: ["stats"],
          description: `${e.description} k-anonymised, k = the minimum cell size.`,
          querystring: PeriodQuery,
          response: { 200: z.string(), ...errors },
        },
      },
      async (req, reply) => {
        const { actor, m } = readerOf(req, req.query.municipalityId);
        const csv = await readControlled(
          s,
          actor,
          m,
          `stats.${e.name}_export`,
          (tx) => statsDb.listCodedCases(tx, m, req.query),
          (cases, k) => e.csvOf(cases, k),
        );
        return reply
          .type("text/csv; charset=utf-8")
          .header(
            "content-disposition",
            `attachment; filename="${e.name}-${req.query.from}-${req.query.to}.csv"`,
          )
          .send(csv);
      },
    );
  }

  for (const format of ["pdf", "csv"] as const) {
    r.get(
      `/api/v1/stats/annual-report.${format}`,
      {
        schema: {
          tags: ["stats"],
          description:
            "The annual report for the council and the national rapporteur, in the municipality's language.",
          querystring: ReportQuery,
        },
      },
      async (req, reply) => {
        const { actor, m } = readerOf(req, req.query.municipalityId);
        const report = await annualReportOf(s, actor, m, req.query.year, req.query.lang);
        const name = `annual-report-${req.query.year}.${format}`;
        return reply
          .type(format === "pdf" ? "application/pdf" : "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${name}"`)
          .send(format === "pdf" ? await renderAnnualReportPdf(report) : annualReportCsv(report));
      },
    );
  }

  r.get(
    "/api/v1/stats/action-plan",
    {
      schema: {
        tags: ["stats"],
        querystring: z.strictObject({ municipalityId }),
        response: { 200: stats.ActionPlanProgress, ...errors },
      },
    },
    // Action points are about the municipality's work, not persons: counted, not suppressed.
    controlled(
      "stats.action_plan",
      (tx, m) => statsDb.countActionPoints(tx, m),
      (counts) => stats.actionPlanProgress(counts),
    ),
  );

  registerActivityStatsRoutes(app, s);
}
