import type { admin } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";
import { iso } from "./rows.ts";

type Row = {
  seq: number | string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  outcome: admin.AuditEntry["outcome"];
};

/** A municipality's audit trail, newest first, paged by sequence number. */
export async function listAuditEntries(
  tx: Queryable,
  municipalityId: string,
  q: { before?: number | undefined; limit: number; action?: string | undefined },
): Promise<admin.AuditPage> {
  const rows = await tx.query<Row>(
    `select seq, at, actor_id, actor_name, action, record_type, record_id, ip, outcome from audit_log
     where municipality_id = $1 and ($2::bigint is null or seq < $2) and ($3::text is null or action = $3)
     order by seq desc limit $4`,
    [municipalityId, q.before ?? null, q.action ?? null, q.limit + 1],
  );
  const page = rows.slice(0, q.limit);
  return {
    entries: page.map((r) => ({
      id: String(r.seq),
      at: iso(r.at)!,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      ip: r.ip,
      outcome: r.outcome,
    })),
    nextBefore: rows.length > q.limit ? Number(page.at(-1)!.seq) : null,
  };
}
