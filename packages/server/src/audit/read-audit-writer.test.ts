import { randomUUID } from "node:crypto";
import type { Database, Queryable } from "@ariadne/db";
import { withSystem } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuditEvent, auditEntry, chainsOf, createAuditChain } from "./audit-log.ts";
import { createReadAuditWriter } from "./read-audit-writer.ts";
import { verifyAuditChains } from "./verify-chain.ts";

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function newMunicipality(): Promise<string> {
  const id = randomUUID();
  await withSystem(db, async (tx) => {
    await tx.query("insert into municipalities (id, name, country) values ($1, 'Testby', 'FI')", [id]);
    await createAuditChain(tx, id);
  });
  return id;
}

const read = (municipalityId: string, n: number): AuditEvent => ({
  municipalityId,
  actorId: null,
  actorName: "reader",
  action: "users.read",
  recordType: "user",
  recordId: `user-${n}`,
  ip: "127.0.0.1",
  outcome: "success",
  details: { n },
});

const entriesOf = (municipalityId: string) =>
  withSystem(db, (tx) =>
    tx.query<{ record_id: string; chain: string }>(
      "select record_id, chain from audit_log where municipality_id = $1 order by seq",
      [municipalityId],
    ),
  );

/** The real database, counting the statements the writer sends. */
function counting(inner: Queryable) {
  const counter = { statements: 0 };
  const q: Queryable = {
    ...inner,
    query(sql, params) {
      counter.statements++;
      return inner.query(sql, params);
    },
  };
  return { q, counter };
}

describe("group-committed read audits", () => {
  it("an entry is committed and visible to others by the time append resolves", async () => {
    const m = await newMunicipality();
    const writer = createReadAuditWriter(db);
    await writer.append(read(m, 1));
    expect((await entriesOf(m)).map((e) => e.record_id)).toEqual(["user-1"]);
  });

  it("concurrent reads share statements, and every one of them is in an intact chain", async () => {
    const m = await newMunicipality();
    const { q, counter } = counting(db);
    const writer = createReadAuditWriter(q);
    await Promise.all(Array.from({ length: 60 }, (_, n) => writer.append(read(m, n))));
    const entries = await entriesOf(m);
    expect(entries.map((e) => e.record_id).sort()).toEqual(
      Array.from({ length: 60 }, (_, n) => `user-${n}`).sort(),
    );
    // One batch is in flight at a time, so 60 reads need far fewer than 60 statements.
    expect(counter.statements).toBeLessThanOrEqual(10);
    const report = await withSystem(db, (tx) => verifyAuditChains(tx, m));
    expect(report.ok).toBe(true);
    expect(report.entries).toBe(60);
  });

  it("reads of two municipalities in one batch go to each one's own chains", async () => {
    const a = await newMunicipality();
    const b = await newMunicipality();
    const writer = createReadAuditWriter(db);
    await Promise.all([writer.append(read(a, 1)), writer.append(read(b, 2)), writer.append(read(a, 3))]);
    const ofA = await entriesOf(a);
    const ofB = await entriesOf(b);
    expect(ofA.map((e) => e.record_id)).toEqual(["user-1", "user-3"]);
    expect(ofB.map((e) => e.record_id)).toEqual(["user-2"]);
    expect(ofA.every((e) => e.chain.startsWith(`${a}:`))).toBe(true);
    expect(ofB.every((e) => e.chain.startsWith(`${b}:`))).toBe(true);
    for (const m of [a, b]) expect((await withSystem(db, (tx) => verifyAuditChains(tx, m))).ok).toBe(true);
  });

  it("a read whose entry cannot be written fails, so its data is never handed out", async () => {
    const writer = createReadAuditWriter(db);
    // A municipality without audit chains: the batch has no head to link to.
    await expect(writer.append(read(randomUUID(), 1))).rejects.toThrow(/no head for audit chain/);
    // The writer carries on with the next batch.
    const m = await newMunicipality();
    await writer.append(read(m, 2));
    expect((await entriesOf(m)).length).toBe(1);
  });

  it("the database refuses an entry of another municipality on a chain", async () => {
    const a = await newMunicipality();
    const b = await newMunicipality();
    const entry = auditEntry(read(b, 1));
    await expect(
      db.query("select app_append_audit_batch($1, $2::jsonb)", [chainsOf(a), JSON.stringify([entry])]),
    ).rejects.toThrow(/another municipality/);
    expect(await entriesOf(a)).toEqual([]);
  });
});

/** A long change holding chain heads until it commits, as appendAudit holds its chain's head. */
async function holdHeads(chains: string[]) {
  let commit!: () => void;
  const done = new Promise<void>((resolve) => {
    commit = resolve;
  });
  let holding!: () => void;
  const heldNow = new Promise<void>((resolve) => {
    holding = resolve;
  });
  const change = withSystem(db, async (tx) => {
    await tx.query("select chain from audit_heads where chain = any($1) for update", [chains]);
    holding();
    await done;
  });
  await heldNow;
  return async () => {
    commit();
    await change;
  };
}

describe.runIf(process.env.DATABASE_URL)("group-committed read audits beside long changes", () => {
  it("a batch links onto a chain no change holds, instead of waiting for one that is held", async () => {
    const m = await newMunicipality();
    const [free, ...held] = chainsOf(m);
    const release = await holdHeads(held);
    const writer = createReadAuditWriter(db);
    let waited: NodeJS.Timeout | undefined;
    try {
      const appends = (async () => {
        for (let n = 0; n < 5; n++) await writer.append(read(m, n));
      })();
      const stuck = new Promise<never>((_, reject) => {
        waited = setTimeout(() => reject(new Error("a read's entry waited for a held chain")), 10_000);
      });
      await Promise.race([appends, stuck]);
    } finally {
      clearTimeout(waited);
      await release();
    }
    expect((await entriesOf(m)).map((e) => e.chain)).toEqual(Array(5).fill(free));
    expect((await withSystem(db, (tx) => verifyAuditChains(tx, m))).ok).toBe(true);
  });

  it("with every head held, a batch waits for one and is written once it is let go", async () => {
    const m = await newMunicipality();
    const release = await holdHeads(chainsOf(m));
    const writer = createReadAuditWriter(db);
    let written = false;
    const append = writer.append(read(m, 1)).then(() => {
      written = true;
    });
    try {
      // It cannot be written while every head is held; a lock wait shows that it is waiting.
      await expect
        .poll(
          async () =>
            (
              await db.query<{ n: number }>(
                "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%app_append_audit_batch%'",
              )
            )[0]?.n,
          { timeout: 10_000 },
        )
        .toBe(1);
      expect(written).toBe(false);
    } finally {
      await release();
    }
    await append;
    expect((await entriesOf(m)).map((e) => e.record_id)).toEqual(["user-1"]);
    expect((await withSystem(db, (tx) => verifyAuditChains(tx, m))).ok).toBe(true);
  });
});
