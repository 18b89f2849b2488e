import { runRetentionEverywhere } from "@ariadne/server/cases/retention-job.ts";
import type { Config } from "@ariadne/server/config.ts";
import { openConfiguredDatabase, openKeyring } from "@ariadne/server/start.ts";
import { CliError, type Io } from "./commands.ts";

/**
 * `ariadne retention run [--dry-run]`: the retention job for every municipality, for a scheduler
 * (cron or a systemd timer). Prints one report line per municipality; exit 1 if any failed.
 */
export async function retentionCommand(config: Config, io: Io, sub: string | undefined, dryRun: boolean) {
  if (sub !== "run") throw new CliError("usage: ariadne retention run [--dry-run]");
  const db = await openConfiguredDatabase(config);
  try {
    const keyring = await openKeyring(config, db);
    const results = await runRetentionEverywhere(db, keyring, { dryRun });
    let failed = 0;
    for (const r of results) {
      if (r.report) {
        const verb = r.report.dryRun ? "would anonymise" : "anonymised";
        const count = r.report.dryRun ? r.report.due.length : r.report.anonymised;
        io.out(
          `${r.municipalityId}: ${verb} ${count} closed case(s) older than ${r.report.monthsAfterClosure} months`,
        );
      } else {
        failed++;
        io.err(`${r.municipalityId}: failed: ${r.error}`);
      }
    }
    if (failed > 0) throw new CliError(`retention failed in ${failed} municipality(ies)`, 1);
  } finally {
    await db.close();
  }
}
