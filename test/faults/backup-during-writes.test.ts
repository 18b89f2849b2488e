import { dumpDatabase, restoreDatabase, withSystem } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { describe, expect, it } from "vitest";
import { verifyAuditChains } from "../../packages/server/src/audit/verify-chain.ts";
import { createTestApp } from "../../packages/server/src/testing/test-app.ts";

// On PostgreSQL when DATABASE_URL is set (as in `npm test`'s fault step), else on the embedded one.
describe(`a backup taken while cases are being written (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("restores to a consistent database: every case with its audit entry, chains that verify", async () => {
    const t = await createTestApp();
    const restored = await openTestDatabase();
    try {
      const frontline = await t.signIn("frontline");
      let writing = true;
      let written = 0;
      const writer = async (k: number) => {
        for (let i = 0; writing; i++) {
          const res = await frontline.request("POST", "/api/v1/cases", {
            person: { aliases: [`Backup ${k}-${i}`] },
          });
          expect(res.status).toBe(201);
          written++;
        }
      };
      const writers = Array.from({ length: 3 }, (_, k) => writer(k));
      await expect.poll(() => written, { timeout: 60_000 }).toBeGreaterThan(5);
      const lines: string[] = [];
      const header = await dumpDatabase(t.db, (line) => {
        lines.push(line);
      });
      const duringBackup = written;
      await expect.poll(() => written, { timeout: 60_000 }).toBeGreaterThan(duringBackup + 3);
      writing = false;
      await Promise.all(writers);

      await restoreDatabase(restored, lines);
      await withSystem(restored, async (tx) => {
        const cases = await tx.query<{ id: string }>("select id from cases");
        expect(cases.length).toBe(header.tables.find((x) => x.name === "cases")!.rows);
        // Writes went on after the snapshot: the backup holds some cases, not all.
        expect(cases.length).toBeLessThan(written);
        const unaudited = await tx.query(
          `select c.id from cases c where not exists
             (select 1 from audit_log a where a.record_id = c.id::text and a.action = 'cases.create')`,
        );
        expect(unaudited).toEqual([]);
        const report = await verifyAuditChains(tx);
        expect(report.firstBreak).toBeNull();
        expect(report.ok).toBe(true);
      });
    } finally {
      await restored.close();
      await t.close();
    }
  });
});
