import type { Config } from "@ariadne/server/config.ts";
import { runOverdueEverywhere } from "@ariadne/server/referral/overdue-job.ts";
import { openConfiguredDatabase } from "@ariadne/server/start.ts";
import { CliError, type Io } from "./commands.ts";

/**
 * `ariadne referrals overdue [--dry-run]`: flags sent referrals left unanswered past their stage's
 * response time to each municipality's coordinators. For a scheduler; the server also runs it.
 */
export async function referralsCommand(config: Config, io: Io, sub: string | undefined, dryRun: boolean) {
  if (sub !== "overdue") throw new CliError("usage: ariadne referrals overdue [--dry-run]");
  const db = await openConfiguredDatabase(config);
  try {
    const results = await runOverdueEverywhere(db, { config }, { dryRun });
    let failed = 0;
    for (const r of results) {
      if (r.report) {
        const verb = r.report.dryRun ? "would flag" : "flagged";
        const count = r.report.dryRun ? r.report.overdue.length : r.report.flagged;
        io.out(`${r.municipalityId}: ${verb} ${count} overdue referral(s)`);
      } else {
        failed++;
        io.err(`${r.municipalityId}: failed: ${r.error}`);
      }
    }
    if (failed > 0) throw new CliError(`overdue check failed in ${failed} municipality(ies)`, 1);
  } finally {
    await db.close();
  }
}
