import { createHash, randomInt } from "node:crypto";
import type { Queryable } from "@ariadne/db";

export type AuditOutcome = "success" | "denied" | "failure";

/** One audited event. `details` must never hold personal data: ids and codes only. */
export interface AuditEvent {
  municipalityId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  ip?: string | null;
  outcome: AuditOutcome;
  details?: Record<string, string | number | boolean | null>;
}

export const genesisHash = "0".repeat(64);

/** Parallel chains per municipality; see migration 0001 for why. */
export const chainsPerScope = 16;

export function chainsOf(municipalityId: string | null): string[] {
  return Array.from({ length: chainsPerScope }, (_, k) => `${municipalityId ?? "system"}:${k}`);
}

export function pickChain(municipalityId: string | null): string {
  return `${municipalityId ?? "system"}:${randomInt(chainsPerScope)}`;
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** The canonical text of an entry that its hash covers (everything but the chain fields). */
export function auditPayload(e: {
  municipalityId: string | null;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  outcome: string;
  details: Record<string, unknown>;
}): string {
  return JSON.stringify([
    e.municipalityId,
    e.at,
    e.actorId,
    e.actorName,
    e.action,
    e.recordType,
    e.recordId,
    e.ip,
    e.outcome,
    stableJson(e.details),
  ]);
}

/** hash = sha256(prev_hash | index | payload), computed the same way in SQL and in `verify`. */
export function linkHash(prevHash: string, index: number, payload: string): string {
  return createHash("sha256").update(`${prevHash}|${index}|${payload}`).digest("hex");
}

/** An event as stored: its time fixed and every optional field present, with the hashed payload. */
export function auditEntry(event: AuditEvent, at: Date = new Date()) {
  const entry = {
    municipalityId: event.municipalityId,
    at: at.toISOString(),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    recordType: event.recordType ?? null,
    recordId: event.recordId ?? null,
    ip: event.ip ?? null,
    outcome: event.outcome,
    details: event.details ?? {},
  };
  return { ...entry, payload: auditPayload(entry) };
}

/**
 * Appends one entry in the caller's transaction, so the entry exists exactly when the action
 * it records does. One statement: lock the chain head, insert the linked entry, move the head.
 */
export async function appendAudit(
  tx: Queryable,
  event: AuditEvent,
  options: { at?: Date; chain?: number } = {},
): Promise<void> {
  const entry = auditEntry(event, options.at);
  const chain =
    options.chain === undefined
      ? pickChain(event.municipalityId)
      : `${event.municipalityId ?? "system"}:${options.chain}`;
  // Sent, not awaited: on PostgreSQL the entry travels with COMMIT. A missing head must therefore
  // fail in SQL (the cast below), which rolls the whole transaction back.
  tx.send(
    `with head as (
       select last_hash, last_index + 1 as idx from audit_heads where chain = $1 for update
     ), ins as (
       insert into audit_log (municipality_id, chain, chain_index, at, actor_id, actor_name, action,
         record_type, record_id, ip, outcome, details, prev_hash, hash)
       select $2, $1, head.idx, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, head.last_hash,
         encode(sha256(convert_to(head.last_hash || '|' || head.idx || '|' || $12, 'UTF8')), 'hex')
       from head
       returning chain_index, hash
     ), moved as (
       update audit_heads set last_index = ins.chain_index, last_hash = ins.hash
       from ins where audit_heads.chain = $1
       returning audit_heads.chain
     )
     select case when count(*) = 1 then 'linked'
       else (count(*) || ' heads for audit chain ' || $1 || ', created with its municipality')::int::text
       end
     from moved`,
    [
      chain,
      entry.municipalityId,
      entry.at,
      entry.actorId,
      entry.actorName,
      entry.action,
      entry.recordType,
      entry.recordId,
      entry.ip,
      entry.outcome,
      JSON.stringify(entry.details),
      entry.payload,
    ],
  );
}

/** Starts a municipality's chains; called in the transaction that creates the municipality. */
export async function createAuditChain(tx: Queryable, municipalityId: string): Promise<void> {
  await tx.query(
    `insert into audit_heads (chain, municipality_id, last_index, last_hash)
     select c, $2, 0, $3 from unnest($1::text[]) as c on conflict do nothing`,
    [chainsOf(municipalityId), municipalityId, genesisHash],
  );
}
