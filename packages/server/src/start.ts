import { join } from "node:path";
import { type Database, migrate, openDatabase, withSystem } from "@ariadne/db";
import { databaseIsEmpty, formatDemoCredentials, seedDemo } from "./admin/seed-demo.ts";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { Keyring, loadMasterKey } from "./crypto/index.ts";
import { purgeExpiredIdempotencyKeys } from "./http/idempotency.ts";
import { startMailDelivery } from "./notifications/index.ts";
import { purgeExpiredPrevention } from "./prevention/retention.ts";
import { startProcurementOverdueJob } from "./procurement/overdue-job.ts";
import { seedDemoProcurement } from "./procurement/seed-demo-procurement.ts";
import { startOverdueJob } from "./referral/overdue-job.ts";
import { seedDemoStatistics } from "./stats/seed-demo-statistics.ts";
import { purgeExpiredTraining } from "./training/retention.ts";

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the data dir. */
export function openConfiguredDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir"> &
    Partial<Pick<Config, "databasePoolSize" | "databaseAcquireTimeoutMs">>,
): Promise<Database> {
  if (config.databaseUrl)
    return openDatabase({
      kind: "postgres",
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      acquireTimeoutMs: config.databaseAcquireTimeoutMs,
    });
  return openDatabase({ kind: "pglite", dataDir: config.dataDir ? join(config.dataDir, "pgdata") : null });
}

export async function openKeyring(
  config: Pick<Config, "masterKey" | "dataDir">,
  db: Database,
): Promise<Keyring> {
  const keyring = new Keyring(loadMasterKey({ envKey: config.masterKey, dataDir: config.dataDir }));
  await withSystem(db, (tx) => keyring.verify(tx));
  return keyring;
}

/** Before serving: migrate, check the master key against the data keys, seed the demo when empty. */
export async function prepareDatabase(
  db: Database,
  config: Config,
  out: (line: string) => void,
): Promise<Keyring> {
  const report = await migrate(db);
  if (report.applied.length) out(`Applied migrations: ${report.applied.join(", ")}`);
  const keyring = await openKeyring(config, db);
  if (config.seedDemo === "auto" && (await databaseIsEmpty(db))) {
    const seed = await seedDemo(db, keyring);
    // Historic, anonymised cases so the statistics dashboards have figures to show in the demo.
    await seedDemoStatistics(db, seed.municipalityId);
    // A contracts register with risk levels, clauses and a follow-up (issue 16).
    await seedDemoProcurement(db, keyring, seed.municipalityId);
    out(formatDemoCredentials(seed));
  }
  return keyring;
}

/** Starts Ariadne: prepare the database, listen, and stop gracefully. */
export async function startServer(config: Config, out: (line: string) => void = console.log) {
  const db = await openConfiguredDatabase(config);
  const keyring = await prepareDatabase(db, config, out);
  // Statistics read from a streaming replica when one is configured (issue 17).
  const replica = config.databaseReplicaUrl
    ? await openDatabase({
        kind: "postgres",
        url: config.databaseReplicaUrl,
        poolSize: config.databasePoolSize,
      })
    : undefined;
  const { app } = await buildApp({ db, keyring, config, replica }, { logLevel: config.logLevel });
  await app.listen({ port: config.port, host: config.host });
  out(
    `Ariadne is running at http://${config.host === "127.0.0.1" ? "localhost" : config.host}:${config.port}`,
  );
  // Background jobs (issue 5): overdue referrals to coordinators, overdue corrective actions of
  // contracts to procurement officers (issue 16), and the e-mail outbox when SMTP is set.
  const log = (e: unknown) => app.log.error(e);
  const stopJobs = [
    startOverdueJob(db, { config }, undefined, log),
    startProcurementOverdueJob(db, { config }, undefined, log),
  ];
  if (config.smtp)
    stopJobs.push(startMailDelivery(db, config.smtp, keyring, config.smtp.sendIntervalSeconds * 1000, log));
  // Idempotency keys live 24 hours (issue 13); claims also forget their user's expired keys.
  // Reports of concern, outreach visits and ended campaigns' material files past their retention
  // go too (issue 15), and training
  // completions past theirs (issue 14).
  const purge = setInterval(() => {
    const today = new Date().toISOString().slice(0, 10);
    purgeExpiredIdempotencyKeys(db).catch(log);
    purgeExpiredPrevention(db, today, config.materialRetentionMonths).catch(log);
    purgeExpiredTraining(db, today).catch(log);
  }, 60 * 60_000);
  purge.unref();
  stopJobs.push(() => clearInterval(purge));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const stopJob of stopJobs) stopJob();
    await app.close(); // finishes in-flight requests, refuses new ones
    await db.close();
    await replica?.close();
  };
  return { app, db, stop };
}
