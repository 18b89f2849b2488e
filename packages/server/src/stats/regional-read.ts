import type { Queryable } from "@ariadne/db";
import { auditedRead } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { onReplicaOrPrimary } from "../replica-reads.ts";
import type { Services } from "../services.ts";
import { minCellSize } from "./controlled-read.ts";

/**
 * `readControlled` across a region: each municipality's counts are read in its own audited,
 * read-only transaction (on the replica while it is fit), so every municipality's trail shows the
 * regional analyst's read; the counts of all of them then pass through disclosure control together
 * before anything is returned. Routes never see the raw counts.
 */
export async function readControlledAcross<C, T>(
  s: Services,
  actor: Actor,
  municipalityIds: readonly string[],
  action: string,
  count: (tx: Queryable, municipalityId: string) => Promise<C>,
  control: (counts: C[], k: number, roundingBase: number) => T,
): Promise<T> {
  const counts = await onReplicaOrPrimary(s, async (from) => {
    const each: C[] = [];
    // One after another: a region of many municipalities must not take every pooled connection.
    for (const m of municipalityIds) {
      each.push(
        await auditedRead(
          s,
          actor,
          m,
          action,
          async (tx) => ({ result: await count(tx, m), recordType: "statistics", recordId: null }),
          from,
        ),
      );
    }
    return each;
  });
  return control(counts, minCellSize(s), s.config.roundingBase ?? 1);
}
