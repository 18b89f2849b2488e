import type { Queryable } from "@ariadne/db";
import { auditPayload, genesisHash, linkHash } from "./audit-log.ts";

export type ChainBreak = {
  chain: string;
  chainIndex: number;
  seq: number | null;
  reason: "hash_mismatch" | "link_mismatch" | "missing_entry" | "missing_tail";
};

export interface VerifyReport {
  ok: boolean;
  chains: number;
  entries: number;
  firstBreak: ChainBreak | null;
  heads: { chain: string; index: number; hash: string }[];
}

interface Row {
  seq: number | string;
  municipality_id: string | null;
  chain: string;
  chain_index: number | string;
  at: Date | string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  outcome: string;
  details: Record<string, unknown> | string;
  prev_hash: string;
  hash: string;
}

const pageSize = 5000;

/**
 * Walks every chain from genesis to its recorded head, recomputing each link. Reports the first
 * broken link: an edited entry (hash), a removed or reordered one (link, gap), or a cut tail.
 */
export async function verifyAuditChains(tx: Queryable, onlyMunicipality?: string): Promise<VerifyReport> {
  const heads = await tx.query<{ chain: string; last_index: number | string; last_hash: string }>(
    `select chain, last_index, last_hash from audit_heads
     where $1::uuid is null or municipality_id = $1 order by chain`,
    [onlyMunicipality ?? null],
  );
  let entries = 0;
  for (const head of heads) {
    let prevHash = genesisHash;
    let expectedIndex = 1;
    let after = 0;
    for (;;) {
      const rows = await tx.query<Row>(
        `select * from audit_log where chain = $1 and chain_index > $2 order by chain_index limit ${pageSize}`,
        [head.chain, after],
      );
      for (const r of rows) {
        const index = Number(r.chain_index);
        const seq = Number(r.seq);
        const at = r.at instanceof Date ? r.at.toISOString() : new Date(r.at).toISOString();
        const details = typeof r.details === "string" ? JSON.parse(r.details) : r.details;
        const breakAt = (reason: ChainBreak["reason"]): VerifyReport => ({
          ok: false,
          chains: heads.length,
          entries,
          firstBreak: { chain: head.chain, chainIndex: index, seq, reason },
          heads: [],
        });
        if (index !== expectedIndex) return breakAt("missing_entry");
        if (r.prev_hash !== prevHash) return breakAt("link_mismatch");
        const payload = auditPayload({
          municipalityId: r.municipality_id,
          at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          recordType: r.record_type,
          recordId: r.record_id,
          ip: r.ip,
          outcome: r.outcome,
          details,
        });
        if (linkHash(prevHash, index, payload) !== r.hash) return breakAt("hash_mismatch");
        prevHash = r.hash;
        expectedIndex++;
        entries++;
        after = index;
      }
      if (rows.length < pageSize) break;
    }
    if (expectedIndex - 1 !== Number(head.last_index) || prevHash !== head.last_hash) {
      return {
        ok: false,
        chains: heads.length,
        entries,
        firstBreak: { chain: head.chain, chainIndex: expectedIndex, seq: null, reason: "missing_tail" },
        heads: [],
      };
    }
  }
  return {
    ok: true,
    chains: heads.length,
    entries,
    firstBreak: null,
    heads: heads.map((h) => ({ chain: h.chain, index: Number(h.last_index), hash: h.last_hash })),
  };
}
