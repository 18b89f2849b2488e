import { randomUUID } from "node:crypto";
import type { Database } from "@ariadne/db";
import { withSystem, withTenant } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appendAudit, createAuditChain } from "./audit-log.ts";
import { verifyAuditChains } from "./verify-chain.ts";

let db: Database;
let municipalityId: string;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  // Each test gets its own municipality and chain of five entries.
  municipalityId = randomUUID();
  await withSystem(db, async (tx) => {
    await tx.query("insert into municipalities (id, name, country) values ($1, 'Testby', 'FI')", [
      municipalityId,
    ]);
    await createAuditChain(tx, municipalityId);
  });
  for (let i = 0; i < 5; i++) {
    await withTenant(db, municipalityId, (tx) =>
      appendAudit(
        tx,
        {
          municipalityId,
          actorId: null,
          actorName: "tester",
          action: `test.action${i}`,
          recordType: "thing",
          recordId: String(i),
          ip: "127.0.0.1",
          outcome: "success",
          details: { n: i, flag: true },
        },
        { chain: 0 },
      ),
    );
  }
});

/** Tampering as a database superuser would: around the append-only trigger. */
async function tamper(sql: string, params: unknown[] = []) {
  await db.transaction(async (tx) => {
    await tx.query("alter table audit_log disable trigger audit_log_append_only");
    await tx.query(sql, params);
    await tx.query("alter table audit_log enable trigger audit_log_append_only");
  });
}

const chain = () => `${municipalityId}:0`;
const entryOf = (i: number) => [chain(), i] as const;
const verify = () => withSystem(db, (tx) => verifyAuditChains(tx, municipalityId));

describe("audit chain", () => {
  it("verifies an untouched chain", async () => {
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.heads.find((h) => h.chain === chain())?.index).toBe(5);
  });

  it("refuses update and delete through the application role", async () => {
    await expect(
      withTenant(db, municipalityId, (tx) =>
        tx.query("update audit_log set action = 'x' where chain = $1", [chain()]),
      ),
    ).rejects.toThrow();
    await expect(
      withTenant(db, municipalityId, (tx) => tx.query("delete from audit_log where chain = $1", [chain()])),
    ).rejects.toThrow();
  });

  it.each([1, 3, 5])("detects an edited entry at position %i", async (i) => {
    await tamper("update audit_log set action = 'edited' where chain = $1 and chain_index = $2", [
      ...entryOf(i),
    ]);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toMatchObject({
      chain: chain(),
      chainIndex: i,
      reason: "hash_mismatch",
    });
  });

  it("detects an edited outcome, time or detail", async () => {
    await tamper(
      'update audit_log set details = \'{"n": 99, "flag": true}\' where chain = $1 and chain_index = 2',
      [chain()],
    );
    expect((await verify()).firstBreak?.chainIndex).toBe(2);
  });

  it.each([1, 3])("detects a deleted entry at position %i", async (i) => {
    await tamper("delete from audit_log where chain = $1 and chain_index = $2", [...entryOf(i)]);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toMatchObject({
      chain: chain(),
      chainIndex: i + 1,
      reason: "missing_entry",
    });
  });

  it("detects a deleted tail", async () => {
    await tamper("delete from audit_log where chain = $1 and chain_index = 5", [chain()]);
    const report = await verify();
    expect(report.firstBreak).toMatchObject({ chain: chain(), reason: "missing_tail" });
  });

  it("detects a deleted entry whose successors were renumbered and rehashed without the key", async () => {
    // Renumbering keeps the index sequence but the next link no longer matches its predecessor.
    await tamper("delete from audit_log where chain = $1 and chain_index = 2", [chain()]);
    await tamper("update audit_log set chain_index = chain_index - 1 where chain = $1 and chain_index > 2", [
      chain(),
    ]);
    const report = await verify();
    expect(report.firstBreak).toMatchObject({
      chain: chain(),
      chainIndex: 2,
      reason: "link_mismatch",
    });
  });

  it("rolls back the action it records when the entry cannot be linked", async () => {
    const orphan = randomUUID(); // a municipality whose chains were never started
    await withSystem(db, (tx) =>
      tx.query("insert into municipalities (id, name, country) values ($1, 'Nowhere', 'FI')", [orphan]),
    );
    await expect(
      withTenant(db, orphan, async (tx) => {
        await tx.query(
          "insert into organisations (id, municipality_id, name, kind) values ($1, $2, 'Ghost', 'ngo')",
          [randomUUID(), orphan],
        );
        await appendAudit(tx, {
          municipalityId: orphan,
          actorId: null,
          actorName: "t",
          action: "x",
          outcome: "success",
        });
      }),
    ).rejects.toThrow(/heads for audit chain/);
    const left = await withSystem(db, (tx) =>
      tx.query("select 1 from organisations where municipality_id = $1", [orphan]),
    );
    expect(left).toEqual([]);
  });

  it("appends the same event in the same millisecond to two new chains", async () => {
    const fresh = randomUUID();
    await withSystem(db, async (tx) => {
      await tx.query("insert into municipalities (id, name, country) values ($1, 'Twinby', 'FI')", [fresh]);
      await createAuditChain(tx, fresh);
    });
    const at = new Date("2026-11-29T06:00:00.000Z");
    const event = {
      municipalityId: fresh,
      actorId: null,
      actorName: "t",
      action: "users.list",
      outcome: "success" as const,
    };
    for (const chain of [3, 7]) await withTenant(db, fresh, (tx) => appendAudit(tx, event, { at, chain }));
    const rows = await withSystem(db, (tx) =>
      tx.query<{ hash: string }>("select hash from audit_log where municipality_id = $1", [fresh]),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.hash).toBe(rows[1]!.hash); // same genesis, same payload: same link hash
    expect(await withSystem(db, (tx) => verifyAuditChains(tx, fresh))).toMatchObject({ ok: true });
  });
});
