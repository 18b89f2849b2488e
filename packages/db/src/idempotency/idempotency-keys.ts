import type { Queryable } from "../connection.ts";

/** Whose key it is: a user in a municipality (null for a system admin, who has none). */
export interface KeyOwner {
  municipalityId: string | null;
  userId: string;
}

/** A stored key: its request's fingerprint and, once the first request finished, its answer. */
export interface IdempotencyKeyRow {
  fingerprint: string;
  state: "processing" | "done";
  responseStatus: number | null;
  responseType: string | null;
  responseEnc: string | null;
}

export type IdempotencyClaim = { claimed: true } | { claimed: false; row: IdempotencyKeyRow };

const owner = `municipality_id is not distinct from $1 and user_id = $2`;

/**
 * Claims a key for a request, or returns what is stored under it. First it forgets the owner's
 * expired keys and a claim on this key whose request never finished (its lock ran out), so such a
 * key is free again. A concurrent claim of the same key waits on the unique index and then sees
 * the first one's row.
 */
export async function claimIdempotencyKey(
  tx: Queryable,
  o: KeyOwner,
  key: string,
  fingerprint: string,
): Promise<IdempotencyClaim> {
  // Sent, not awaited: it runs first and travels with the insert, one round trip for both.
  tx.send(
    `delete from idempotency_keys where ${owner}
       and (expires_at < now() or (idempotency_key = $3 and state = 'processing' and locked_until < now()))`,
    [o.municipalityId, o.userId, key],
  );
  const inserted = await tx.query(
    `insert into idempotency_keys (municipality_id, user_id, idempotency_key, fingerprint)
     values ($1, $2, $3, $4)
     on conflict (municipality_id, user_id, idempotency_key) do nothing returning 1`,
    [o.municipalityId, o.userId, key, fingerprint],
  );
  if (inserted.length === 1) return { claimed: true };
  const [row] = await tx.query<IdempotencyKeyRow>(
    `select fingerprint, state, response_status as "responseStatus", response_type as "responseType",
       response_enc as "responseEnc"
     from idempotency_keys where ${owner} and idempotency_key = $3`,
    [o.municipalityId, o.userId, key],
  );
  // Gone between the two statements (expired and purged by a concurrent claim): claim it anew.
  if (!row) return claimIdempotencyKey(tx, o, key, fingerprint);
  return { claimed: false, row };
}

/**
 * Keeps the first request's answer under its key; the key then answers every retry for 24 hours.
 * Sent with the transaction's COMMIT, like releasing: if it fails, the transaction throws.
 */
export function completeIdempotencyKey(
  tx: Queryable,
  o: KeyOwner,
  key: string,
  answer: { status: number; type: string | null; bodyEnc: string },
): void {
  tx.send(
    `update idempotency_keys set state = 'done', response_status = $4, response_type = $5, response_enc = $6
     where ${owner} and idempotency_key = $3 and state = 'processing'`,
    [o.municipalityId, o.userId, key, answer.status, answer.type, answer.bodyEnc],
  );
}

/** Frees a key whose request created nothing (it failed), so a retry runs again. */
export function releaseIdempotencyKey(tx: Queryable, o: KeyOwner, key: string): void {
  tx.send(`delete from idempotency_keys where ${owner} and idempotency_key = $3 and state = 'processing'`, [
    o.municipalityId,
    o.userId,
    key,
  ]);
}

/** Deletes every expired key (all municipalities: run it with row-level security opened). */
export async function purgeExpiredIdempotencyKeys(tx: Queryable): Promise<number> {
  const rows = await tx.query("delete from idempotency_keys where expires_at < now() returning 1");
  return rows.length;
}
