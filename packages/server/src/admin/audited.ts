import { type Database, type Queryable, withTenant } from "@ariadne/db";
import { type AuditEvent, appendAudit } from "../audit/index.ts";
import type { Actor } from "../auth/actor.ts";
import type { Services } from "../services.ts";

type Audited<T> = {
  result: T;
  recordType: string;
  recordId: string | null;
  details?: Record<string, string | number | boolean | null>;
};

/** The entry for an actor's action that succeeded, as the work describes what it touched. */
function successOf(actor: Actor, municipalityId: string, action: string, out: Audited<unknown>): AuditEvent {
  return {
    municipalityId,
    actorId: actor.userId,
    actorName: actor.displayName,
    action,
    recordType: out.recordType,
    recordId: out.recordId,
    ip: actor.ip,
    outcome: "success",
    ...(out.details ? { details: out.details } : {}),
  };
}

/**
 * Runs a command in the target municipality's transaction and writes its audit entry there,
 * so the entry exists exactly when the change does.
 */
export function auditedInTenant<T>(
  s: Services,
  actor: Actor,
  municipalityId: string,
  action: string,
  fn: (tx: Queryable) => Promise<Audited<T>>,
): Promise<T> {
  return withTenant(s.db, municipalityId, async (tx) => {
    const out = await fn(tx);
    await appendAudit(tx, successOf(actor, municipalityId, action, out));
    return out.result;
  });
}

/**
 * A second entry inside a command's transaction, for a record the command made on the way (a case
 * or a mapping entry opened from a report of concern), so each record's trail shows its making.
 */
export function appendActorAudit(
  tx: Queryable,
  actor: Actor,
  municipalityId: string,
  action: string,
  out: Omit<Audited<unknown>, "result">,
): Promise<void> {
  return appendAudit(tx, successOf(actor, municipalityId, action, { result: null, ...out }));
}

/**
 * Runs a read in the target municipality's read-only transaction (PostgreSQL refuses any write in
 * it), then records it with the group-committed read audit: the result is handed back only once
 * its entry is durable. `from` reads elsewhere (statistics on a read replica); the entry is always
 * written to the primary.
 */
export async function auditedRead<T>(
  s: Services,
  actor: Actor,
  municipalityId: string,
  action: string,
  fn: (tx: Queryable) => Promise<Audited<T>>,
  from: Database = s.db,
): Promise<T> {
  const out = await withTenant(from, municipalityId, fn, { readOnly: true });
  await s.readAudits.append(successOf(actor, municipalityId, action, out));
  return out.result;
}
