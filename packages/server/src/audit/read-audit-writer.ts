import type { Queryable } from "@ariadne/db";
import { type AuditEvent, auditEntry, chainsOf } from "./audit-log.ts";

/**
 * Records reads of personal data with group commit. A read changes nothing, so its entry need not
 * share the read's transaction; what matters is that no data leaves before its entry is durable.
 * `append` resolves only once the entry is committed, and the caller answers after that. Reads that
 * arrive while a batch is being written wait for the next one, so under load many reads share one
 * statement and one commit instead of each paying for a write transaction of its own.
 * Changes keep `appendAudit` in their own transaction: there the entry must commit with the change.
 */
export interface ReadAuditWriter {
  append(event: AuditEvent): Promise<void>;
}

interface Pending {
  entry: ReturnType<typeof auditEntry>;
  done: (err?: unknown) => void;
}

export function createReadAuditWriter(
  db: Queryable,
  // One batch in flight: the next fills while it is written. Each commit's WAL flush costs this VM
  // ~200 µs of CPU, so fewer, larger batches cost less per read: on the read route, run in turn,
  // PostgreSQL spent 83-91 µs of CPU per read with one in flight against 102-110 with two, at the
  // same throughput and p95 (issue 19). A held chain cannot stall the one batch (migration 0112).
  options: { maxInFlight?: number; maxBatch?: number } = {},
): ReadAuditWriter {
  const maxInFlight = options.maxInFlight ?? 1;
  const maxBatch = options.maxBatch ?? 500;
  const queue: Pending[] = [];
  let inFlight = 0;

  const write = async (batch: Pending[]) => {
    const byMunicipality = new Map<string | null, Pending[]>();
    for (const p of batch) {
      const group = byMunicipality.get(p.entry.municipalityId);
      if (group) group.push(p);
      else byMunicipality.set(p.entry.municipalityId, [p]);
    }
    await Promise.all(
      [...byMunicipality].map(async ([municipalityId, group]) => {
        try {
          // Any of the municipality's chains whose head no change holds (migration 0112).
          await db.query("select app_append_audit_batch($1, $2::jsonb)", [
            chainsOf(municipalityId),
            JSON.stringify(group.map((p) => p.entry)),
          ]);
          for (const p of group) p.done();
        } catch (err) {
          for (const p of group) p.done(err);
        }
      }),
    );
  };

  const pump = () => {
    while (inFlight < maxInFlight && queue.length > 0) {
      inFlight++;
      void write(queue.splice(0, maxBatch)).finally(() => {
        inFlight--;
        pump();
      });
    }
  };

  return {
    append(event) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ entry: auditEntry(event), done: (err) => (err ? reject(err) : resolve()) });
        pump();
      });
    },
  };
}
