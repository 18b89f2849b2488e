import { statsDb } from "@ariadne/db";
import { stats } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { documentLocale } from "../http/reader-locale.ts";
import { errors } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { registerActivityStatsRoutes } from "./activity-routes.ts";
import { annualReportOf } from "./annual-report.ts";
import { annualReportCsv, renderAnnualReportPdf } from "./annual-report-pdf.ts";
import { reportLanguages } from "./annual-report-words.ts";
import { readControlled } from "./controlled-read.ts";
import { statsPolicy } from "./policy.ts";
import { CasesQuery, controlledRoute, municipalityId, PeriodQuery, readerOf } from "./route-shared.ts";

const HtcdsExportQuery = stats.checkPeriod(
  z.strictObject({
    from: stats.dashboardQueryShape.from,
    to: stats.dashboardQueryShape.to,
    /** What the export is for, as a code: written to the audit trail, which holds codes only. */
    purpose: z.enum(stats.htcdsExportPurposes),
    municipalityId,
  }),
);
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
  const registerExport = <
    Q extends z.ZodType<{ from: number; to: number; municipalityId?: string | undefined }>,
  >(
    name: string,
    description: string,
    querystring: Q,
    allow: (actor: Actor) => void,
    auditDetails: (q: z.infer<Q>) => Record<string, string | number>,
    csvOf: (cases: statsDb.CodedCaseRow[], k: number) => string,
  ) =>
    r.get(
      `/api/v1/stats/${name}-export`,
      {
        schema: {
          tags: ["stats"],
          description: `${description} k-anonymised, k = the minimum cell size.`,
          querystring,
          response: { 200: z.string(), ...errors },
        },
      },
      async (req, reply) => {
        const q = req.query as z.infer<Q>;
        const { actor, m } = readerOf(req, q.municipalityId);
        allow(actor);
        const csv = await readControlled(
          s,
          actor,
          m,
          `stats.${name}_export`,
          (tx) => statsDb.listCodedCases(tx, m, q),
          (cases, k) => csvOf(cases, k),
          { from: q.from, to: q.to, ...auditDetails(q) },
        );
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${name}-${q.from}-${q.to}.csv"`)
          .send(csv);
      },
    );
  registerExport(
    "ctdc",
    "The municipality's cases in the CTDC dataset format (CSV),",
    PeriodQuery,
    () => undefined,
    () => ({}),
    (cases, k) => stats.ctdcCsv(stats.kAnonymise(cases.map(stats.ctdcRowOf), k).rows),
  );
  // Person-level records leave the case team: the coordinator's only, with a purpose that is audited.
  registerExport(
    "htcds",
    "The municipality's cases as person-level, de-identified HTCDS records (CSV with the standard's field names), for a partner; the coordinator's only, with a purpose written to the audit trail;",
    HtcdsExportQuery,
    statsPolicy.personExport,
    (q) => ({ purpose: q.purpose }),
    (cases, k) => stats.htcdsCsv(stats.kAnonymiseHtcds(cases.map(stats.htcdsRecordOf), k).rows),
  );

  for (const format of ["pdf", "csv"] as const) {
    r.get(
      `/api/v1/stats/annual-report.${format}`,
      {
        schema: {
          tags: ["stats"],
          description:
            "The annual report for the council and the national rapporteur, in the reader's language: `lang`, else their own, else their municipality's default.",
          querystring: ReportQuery,
        },
      },
      async (req, reply) => {
        const { actor, m } = readerOf(req, req.query.municipalityId);
        const language = await documentLocale(s.db, actor.userId, req.query.lang);
        const report = await annualReportOf(s, actor, m, req.query.year, language);
        const name = `annual-report-${req.query.year}.${format}`;
        return reply
          .type(format === "pdf" ? "application/pdf" : "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${name}"`)
          .header("content-language", language)
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
