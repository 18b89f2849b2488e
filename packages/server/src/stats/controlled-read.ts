import type { Queryable } from "@ariadne/db";
import { stats } from "@ariadne/domain";
import { auditedRead } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { onReplicaOrPrimary } from "../replica-reads.ts";
import type { Services } from "../services.ts";

/**
 * The one place where aggregates leave the case team: counts are read in the municipality's
 * audited read-only transaction and pass through disclosure control (the deployment's minimum
 * cell size, and its rounding base where it sets one) before anything is returned. Routes never see
 * the raw counts. With a read replica configured the counts are read there while it is up and close
 * behind, so analytics never slow casework.
 */
export async function readControlled<C, T>(
  s: Services,
  actor: Actor,
  municipalityId: string,
  action: string,
  count: (tx: Queryable) => Promise<C>,
  control: (counts: C, k: number, roundingBase: number) => T,
  /** What the audit entry records beside the read (an export's period and purpose). */
  details?: Record<string, string | number>,
): Promise<T> {
  const counts = await onReplicaOrPrimary(s, (from) =>
    auditedRead(
      s,
      actor,
      municipalityId,
      action,
      async (tx) => ({
        result: await count(tx),
        recordType: "statistics",
        recordId: null,
        ...(details ? { details } : {}),
      }),
      from,
    ),
  );
  return control(counts, minCellSize(s), s.config.roundingBase ?? 1);
}

/** The deployment's minimum cell size, never below the floor. */
export function minCellSize(s: Services): number {
  return stats.minCellSizeOf(s.config.minCellSize);
}
