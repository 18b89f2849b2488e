import { casesDb, referralDb } from "@ariadne/db";
import { admin, cases, referral } from "@ariadne/domain";
import { z } from "zod";
import { auditedRead } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { accessFactsOf, viewerOf } from "../cases/index.ts";
import { forbidden, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { summaryOf } from "./referrals-commands.ts";
import { onSendingTeamOf, partyOf, type ReferralParty } from "./referrals-policy.ts";

/**
 * Referral lists (issue 13, point 5). Each box is a side of the referral policy, never wider:
 * - `sent`: referrals the actor's organisation sent from cases the actor's team still holds;
 * - `received`: referrals sent to the actor's organisation (service providers);
 * - `municipality`: every referral of the municipality, status only (coordinators);
 * - `caseId`: the referrals of one case whose content the actor may read, each as `partyOf` allows.
 * Filters: status, service, overdue; pages of `limit` by keyset cursor. Lists hold no personal data.
 */
export const referralBoxes = ["sent", "received", "municipality"] as const;

const cursorPattern = /^(\d{1,19})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export const ReferralListQuery = z
  .strictObject({
    box: z.enum(referralBoxes).optional(),
    caseId: admin.uuid.optional(),
    status: z.enum(referral.referralStatuses).optional(),
    serviceId: admin.uuid.optional(),
    overdue: z.enum(["true"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** The `nextCursor` of the page before. */
    cursor: z.string().regex(cursorPattern, "a nextCursor value").optional(),
  })
  .superRefine((q, ctx) => {
    const lists = [q.box, q.caseId].filter((v) => v !== undefined).length;
    // Without a box, `overdue=true` alone is the coordinator's overdue list (most overdue first).
    const overdueAlone = lists === 0 && q.overdue !== undefined;
    if (lists !== 1 && !overdueAlone)
      ctx.addIssue({
        code: "custom",
        path: ["box"],
        message: "give box=sent|received|municipality, or caseId, or overdue=true",
      });
  });
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

/** The page boundary a list hands out: the last row's change time in microseconds and its id. */
const cursorOf = (c: { micros: string; id: string }) => `${c.micros}_${c.id}`;
function afterOf(cursor: string | undefined) {
  const m = cursor ? cursorPattern.exec(cursor) : null;
  return m ? { micros: m[1]!, id: m[2]! } : null;
}

/** One page of a box, or of one case's referrals, for the actor; a referral out of their reach is never in it. */
export async function listReferralPage(
  s: Services,
  actor: Actor,
  q: ReferralListQuery,
): Promise<referral.ReferralList> {
  const m = actor.municipalityId;
  if (!m) throw notFound("municipality");
  const box = q.caseId ? "case" : (q.box ?? "overdue");
  if (box === "sent" && !admin.roleAllows(actor.role, "cases:write")) throw forbidden();
  if (box === "received" && !admin.roleAllows(actor.role, "referrals:receive")) throw forbidden();
  if (box === "municipality" && actor.role !== "coordinator") throw forbidden();
  if (box === "case" && !admin.roleAllows(actor.role, "cases:read")) throw forbidden();
  return auditedRead(s, actor, m, `referrals.list.${box}`, async (tx) => {
    const details = {
      box,
      status: q.status ?? null,
      serviceId: q.serviceId ?? null,
      overdue: q.overdue === "true",
    };
    const empty = { items: [], nextCursor: null };
    if ((box === "sent" || box === "received") && !actor.organisationId)
      return { result: empty, recordType: "referral", recordId: null, details: { ...details, count: 0 } };
    let caseRow: casesDb.CaseAccessRow | null = null;
    if (q.caseId) {
      caseRow = await casesDb.getCaseForViewer(tx, m, q.caseId, actor.userId);
      // The case's referrals are part of its content: a case the actor may not read is answered as absent.
      if (!caseRow || cases.caseAccess(viewerOf(actor), accessFactsOf(caseRow)) !== "content")
        throw notFound("case");
    }
    const rows = await referralDb.listReferralsPage(tx, m, {
      ...(box === "sent" ? { sendingOrganisationId: actor.organisationId! } : {}),
      ...(box === "received" ? { receivingOrganisationId: actor.organisationId! } : {}),
      ...(q.caseId ? { caseId: q.caseId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.serviceId ? { serviceId: q.serviceId } : {}),
      overdue: q.overdue === "true",
      viewerId: actor.userId,
      limit: q.limit,
      after: afterOf(q.cursor),
    });
    const now = new Date();
    const sideOf = (r: referralDb.ReferralListRow): ReferralParty | null => {
      if (box === "sent") return onSendingTeamOf(actor, r.caseFacts) ? "sender" : null;
      if (box === "received" || box === "municipality") return partyOf(actor, r.row, null);
      return partyOf(actor, r.row, caseRow);
    };
    const items = rows.flatMap((r) => {
      const party = sideOf(r);
      return party ? [summaryOf(r.row, party, now, r.serviceName)] : [];
    });
    // A full page may have a next one (rows the actor may not follow are skipped, not counted).
    const last = rows.at(-1);
    const nextCursor = rows.length === q.limit && last ? cursorOf(last.cursor) : null;
    return {
      result: { items, nextCursor },
      recordType: "referral",
      recordId: q.caseId ?? null,
      details: { ...details, count: items.length },
    };
  });
}

/**
 * The coordinator's list of overdue referrals (sent, unanswered past their stage's response time),
 * most overdue first: status, organisations and times only, never the shared fields.
 */
export async function listOverdueReferrals(s: Services, actor: Actor): Promise<referral.ReferralList> {
  if (actor.role !== "coordinator") throw forbidden();
  const m = actor.municipalityId;
  if (!m) throw notFound("municipality");
  return auditedRead(s, actor, m, "referrals.list.overdue", async (tx) => {
    const rows = await referralDb.listAwaitingReferrals(tx, m, { includeFlagged: true });
    const names = await referralDb.serviceNamesOf(
      tx,
      m,
      rows.flatMap((r) => (r.serviceId ? [r.serviceId] : [])),
    );
    const now = new Date();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = referral.findOverdueReferrals(rows, now.toISOString()).map((o) => {
      const row = byId.get(o.id)!;
      return summaryOf(row, "coordinator", now, row.serviceId ? (names.get(row.serviceId) ?? null) : null);
    });
    return {
      result: { items, nextCursor: null },
      recordType: "referral",
      recordId: null,
      details: { count: items.length },
    };
  });
}
