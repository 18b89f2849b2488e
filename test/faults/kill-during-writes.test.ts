import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatabaseTarget, openDatabase, withSystem } from "@ariadne/db";
import { describe, expect, it } from "vitest";
import {
  demoCredentials,
  dropServerDatabase,
  freshServerDatabase,
  startServerProcess,
} from "../../bench/server-process.ts";
import { verifyAuditChains } from "../../packages/server/src/audit/verify-chain.ts";
import { Keyring, masterKeyFrom } from "../../packages/server/src/crypto/index.ts";
import { freePort } from "./pg-cluster.ts";
import { signIn } from "./testing.ts";

interface Target {
  label: string;
  env: (dataDir: string) => Promise<Record<string, string>>;
  open: (dataDir: string, env: Record<string, string>) => DatabaseTarget;
  drop?: (env: Record<string, string>) => Promise<void>;
}

const targets: Target[] = [
  {
    label: "the embedded database (PGlite)",
    env: async () => ({}),
    open: (dataDir) => ({ kind: "pglite", dataDir: join(dataDir, "pgdata") }),
  },
];
if (process.env.DATABASE_URL) {
  const serverUrl = process.env.DATABASE_URL;
  targets.push({
    label: "a PostgreSQL server",
    // Named by process: another checkout's suite may run its fault tests on the same server meanwhile.
    env: async () => ({
      DATABASE_URL: await freshServerDatabase(serverUrl, `ariadne_fault_kill_${process.pid}`),
    }),
    open: (_dir, env) => ({ kind: "postgres", url: env.DATABASE_URL! }),
    drop: (env) => dropServerDatabase(serverUrl, env.DATABASE_URL!),
  });
}

describe.each(targets)("a server killed with SIGKILL during writes, on $label", (target) => {
  it("keeps every acknowledged case and screening whole, its audit entries and a chain that verifies, and starts again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ariadne-kill-"));
    const masterKey = randomBytes(32);
    const env = {
      ...(await target.env(dataDir)),
      ARIADNE_DATA_DIR: dataDir,
      ARIADNE_MASTER_KEY: masterKey.toString("hex"),
    };
    const port = await freePort();
    try {
      const server = await startServerProcess(env, port);
      const frontline = await signIn(server.url, demoCredentials(server.output, "frontline"));
      const acked = { cases: [] as { id: string; name: string }[], screenings: [] as string[] };
      let killed = false;
      const writer = async (k: number) => {
        for (let i = 0; !killed; i++) {
          try {
            const name = `Killtest ${k}-${i}`;
            const created = await fetch(`${server.url}/api/v1/cases`, {
              method: "POST",
              headers: frontline,
              body: JSON.stringify({ person: { givenName: name } }),
            });
            if (created.status !== 201) throw new Error(`case: ${created.status}`);
            const id = ((await created.json()) as { case: { id: string } }).case.id;
            acked.cases.push({ id, name });
            const screened = await fetch(`${server.url}/api/v1/cases/${id}/screenings`, {
              method: "POST",
              headers: frontline,
              body: JSON.stringify({
                catalogueVersion: "catalogue-v2",
                profiles: ["adult_labour"],
                observations: [{ indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01" }],
              }),
            });
            if (screened.status !== 201) throw new Error(`screening: ${screened.status}`);
            acked.screenings.push(((await screened.json()) as { id: string }).id);
          } catch (e) {
            if (killed) return; // the answer that never came was never acknowledged
            throw e;
          }
        }
      };
      const writers = Array.from({ length: 4 }, (_, k) => writer(k));
      await expect.poll(() => acked.screenings.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(12);
      // Mid-stream: four writers each have a request in flight when the process dies.
      const exited = new Promise((r) => server.child.once("exit", r));
      killed = true;
      server.child.kill("SIGKILL");
      await exited;
      await Promise.all(writers);

      const db = await openDatabase(target.open(dataDir, env));
      try {
        const keyring = new Keyring(masterKeyFrom(masterKey));
        await withSystem(db, async (tx) => {
          for (const c of acked.cases) {
            const [row] = await tx.query<{ municipality_id: string; given_name_enc: string }>(
              `select p.municipality_id, p.given_name_enc from cases c join persons p on p.id = c.person_id
               where c.id = $1`,
              [c.id],
            );
            expect(row, `acknowledged case ${c.name}`).toBeDefined();
            const cipher = await keyring.cipherFor(tx, row!.municipality_id);
            expect(cipher.decrypt("persons.given_name", row!.given_name_enc)).toBe(c.name);
            const audited = await tx.query("select 1 from audit_log where record_id = $1", [c.id]);
            expect(audited.length, `audit entry of ${c.name}`).toBeGreaterThan(0);
          }
          const screenings = await tx.query<{ id: string }>(
            "select id from case_timeline where id = any($1)",
            [acked.screenings],
          );
          expect(screenings.length).toBe(acked.screenings.length);
          const report = await verifyAuditChains(tx);
          expect(report.firstBreak).toBeNull();
          expect(report.ok).toBe(true);
        });
      } finally {
        await db.close();
      }

      // It starts again on the same data and serves: an operator's restart after the crash.
      const again = await startServerProcess({ ...env, ARIADNE_SEED_DEMO: "off" }, port);
      try {
        const coordinator = await signIn(again.url, demoCredentials(server.output, "coordinator"));
        const users = await fetch(`${again.url}/api/v1/users`, { headers: coordinator });
        expect(users.status).toBe(200);
      } finally {
        await again.stop();
      }
    } finally {
      await target.drop?.(env);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
