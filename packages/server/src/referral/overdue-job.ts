import { adminDb, type Database, notificationsDb, referralDb, withSystem, withTenant } from "@ariadne/db";
import { referral } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import { type NotifySettings, notifyUsers, repeatWithoutOverlap } from "../notifications/index.ts";

export interface OverdueReport {
  dryRun: boolean;
  asOf: string;
  overdue: referral.OverdueReferral[];
  flagged: number;
}

/**
 * The overdue job for one municipality: sent referrals left unanswered past their stage's response
 * time are flagged, once each, to the municipality's coordinators (an inbox notification, and mail
 * when SMTP is set up), with an audit entry per referral and one for the run. Several processes may
 * run it: a referral is flagged in the transaction that marks it.
 */
export async function runOverdue(
  db: Database,
  s: NotifySettings,
  municipalityId: string,
  options: { dryRun: boolean; asOf?: string },
): Promise<OverdueReport> {
  const asOf = options.asOf ?? new Date().toISOString();
  const m = municipalityId;
  return withTenant(db, m, async (tx) => {
    const awaiting = await referralDb.listAwaitingReferrals(tx, m);
    const overdue = referral.findOverdueReferrals(awaiting, asOf);
    const audit = (
      action: string,
      recordId: string | null,
      details: Record<string, string | number | boolean>,
    ) =>
      appendAudit(tx, {
        municipalityId: m,
        actorId: null,
        actorName: "ariadne referrals overdue",
        action,
        recordType: "referral",
        recordId,
        ip: null,
        outcome: "success",
        details,
      });
    let flagged = 0;
    if (!options.dryRun) {
      const coordinators = await notificationsDb.listRecipients(tx, m, { roles: ["coordinator"] });
      for (const o of overdue) {
        if (!(await referralDb.markOverdueFlagged(tx, m, o.id))) continue;
        const row = awaiting.find((r) => r.id === o.id)!;
        await notifyUsers(tx, s, m, coordinators, {
          kind: "referral_overdue",
          referralId: o.id,
          reference: row.reference,
          status: row.status,
        });
        await audit("referrals.overdue.flag", o.id, { dueAt: o.dueAt, hoursOverdue: o.hoursOverdue });
        flagged++;
      }
    }
    await audit(options.dryRun ? "referrals.overdue.dry_run" : "referrals.overdue.run", null, {
      asOf,
      overdue: overdue.length,
      flagged,
    });
    return { dryRun: options.dryRun, asOf, overdue, flagged };
  });
}

/** One run per municipality, each in its own transaction; one failure neither blocks nor rolls back another. */
export async function runOverdueEverywhere(
  db: Database,
  s: NotifySettings,
  options: { dryRun: boolean; asOf?: string },
): Promise<{ municipalityId: string; report: OverdueReport | null; error: string | null }[]> {
  const municipalities = await withSystem(db, (tx) => adminDb.listMunicipalities(tx));
  const results = [];
  for (const { id } of municipalities) {
    try {
      results.push({ municipalityId: id, report: await runOverdue(db, s, id, options), error: null });
    } catch (e) {
      results.push({ municipalityId: id, report: null, error: e instanceof Error ? e.message : "failed" });
    }
  }
  return results;
}

/** Runs the overdue job on an interval in the server (every 15 minutes by default). */
export function startOverdueJob(
  db: Database,
  s: NotifySettings,
  intervalMs = 15 * 60_000,
  log: (e: unknown) => void = () => {},
) {
  return repeatWithoutOverlap(() => runOverdueEverywhere(db, s, { dryRun: false }), intervalMs, log);
}
