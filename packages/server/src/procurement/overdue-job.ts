import {
  adminDb,
  type Database,
  notificationsDb,
  procurementDb,
  type Queryable,
  withSystem,
  withTenant,
} from "@ariadne/db";
import { procurement } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import { type NotifySettings, notifyAboutRecord, repeatWithoutOverlap } from "../notifications/index.ts";

export interface ActionsOverdueReport {
  asOf: string;
  flagged: number;
}

/**
 * Who hears of an overdue corrective action: the municipality's procurement officers; where it has
 * none, its coordinators, who hold the same permission over the register.
 */
async function recipientsFor(tx: Queryable, m: string) {
  const officers = await notificationsDb.listRecipients(tx, m, { roles: ["procurement_officer"] });
  return officers.length ? officers : notificationsDb.listRecipients(tx, m, { roles: ["coordinator"] });
}

/**
 * The overdue job of procurement for one municipality (issue 16, item 4): each open corrective
 * action past its deadline is told once to the procurement officers (an inbox notification, and
 * mail when SMTP is set up), with an audit entry. The notice carries the deadline and a link to the
 * contract, never the action's text. Several processes may run it: an action is told in the
 * transaction that marks it.
 */
export async function runActionsOverdue(
  db: Database,
  s: NotifySettings,
  municipalityId: string,
  asOf: string = new Date().toISOString().slice(0, 10),
): Promise<ActionsOverdueReport> {
  const m = municipalityId;
  return withTenant(db, m, async (tx) => {
    const overdue = procurement.overdueActions(await procurementDb.listUnflaggedOpenActions(tx, m), asOf);
    let flagged = 0;
    const recipients = overdue.length ? await recipientsFor(tx, m) : [];
    for (const a of overdue) {
      if (!(await procurementDb.markActionOverdueFlagged(tx, m, a.id))) continue;
      await notifyAboutRecord(tx, s, m, recipients, {
        kind: "procurement_action_overdue",
        recordType: "procurement_action",
        recordId: a.id,
        link: `/procurement/${a.contractId}`,
        reference: a.deadline,
      });
      await appendAudit(tx, {
        municipalityId: m,
        actorId: null,
        actorName: "ariadne procurement overdue",
        action: "procurement_actions.overdue.flag",
        recordType: "procurement_action",
        recordId: a.id,
        ip: null,
        outcome: "success",
        details: { deadline: a.deadline, told: recipients.length },
      });
      flagged++;
    }
    return { asOf, flagged };
  });
}

/** One run per municipality, each in its own transaction; one failure neither blocks nor rolls back another. */
export async function runActionsOverdueEverywhere(db: Database, s: NotifySettings, asOf?: string) {
  const municipalities = await withSystem(db, (tx) => adminDb.listMunicipalities(tx));
  const results: { municipalityId: string; report: ActionsOverdueReport | null; error: string | null }[] = [];
  for (const { id } of municipalities) {
    try {
      results.push({ municipalityId: id, report: await runActionsOverdue(db, s, id, asOf), error: null });
    } catch (e) {
      results.push({ municipalityId: id, report: null, error: e instanceof Error ? e.message : "failed" });
    }
  }
  return results;
}

/** Runs the procurement overdue job on an interval in the server (hourly by default: deadlines are days). */
export function startProcurementOverdueJob(
  db: Database,
  s: NotifySettings,
  intervalMs = 60 * 60_000,
  log: (e: unknown) => void = () => {},
) {
  return repeatWithoutOverlap(() => runActionsOverdueEverywhere(db, s), intervalMs, log);
}
