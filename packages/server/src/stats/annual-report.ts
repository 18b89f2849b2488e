import { adminDb, statsDb } from "@ariadne/db";
import { stats } from "@ariadne/domain";
import type { Actor } from "../auth/actor.ts";
import type { Services } from "../services.ts";
import type { AnnualReport } from "./annual-report-pdf.ts";
import type { ReportLanguage } from "./annual-report-words.ts";
import { readControlled } from "./controlled-read.ts";

/**
 * The annual report's data for one municipality and year, every figure through disclosure control,
 * in `language` (the reader's, its texts loaded: see `documentLocale`).
 */
export async function annualReportOf(
  s: Services,
  actor: Actor,
  municipalityId: string,
  year: number,
  language: ReportLanguage,
): Promise<AnnualReport> {
  const report = await readControlled(
    s,
    actor,
    municipalityId,
    "stats.annual_report",
    async (tx) => ({
      municipality: await adminDb.getMunicipality(tx, municipalityId),
      cases: await statsDb.countCases(tx, municipalityId),
      referrals: await statsDb.countReferrals(tx, municipalityId),
      plan: await statsDb.countActionPoints(tx, municipalityId),
    }),
    (c, k, base) => ({
      municipalityName: c.municipality?.name ?? "",
      year,
      language,
      cases: stats.casesDashboard(c.cases, { from: year, to: year }, k, base),
      referrals: stats.referralsDashboard(c.referrals, { from: year, to: year }, k, base),
      plan: stats.actionPlanProgress(c.plan),
      createdAt: new Date(),
    }),
  );
  return report;
}
