import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, withSystem } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demoCredentials,
  dropServerDatabase,
  freshServerDatabase,
  type ServerProcess,
  startServerProcess,
} from "../../bench/server-process.ts";
import { verifyAuditChains } from "../../packages/server/src/audit/verify-chain.ts";
import { freePort } from "./pg-cluster.ts";
import { signIn } from "./testing.ts";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("the several-processes tests need DATABASE_URL (a PostgreSQL server)");

let dataDir: string;
let databaseUrl: string;
let server: ServerProcess;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ariadne-workers-"));
  // Named by process: another checkout's suite may run its fault tests on the same server meanwhile.
  databaseUrl = await freshServerDatabase(serverUrl, `ariadne_fault_workers_${process.pid}`);
  server = await startServerProcess(
    {
      DATABASE_URL: databaseUrl,
      ARIADNE_WORKERS: "2",
      ARIADNE_DATA_DIR: dataDir,
      ARIADNE_MASTER_KEY: randomBytes(32).toString("hex"),
    },
    await freePort(),
    "server processes share port",
  );
});

afterAll(async () => {
  await server?.stop();
  if (databaseUrl) await dropServerDatabase(serverUrl, databaseUrl);
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * One request on a connection of its own: the cluster's primary hands each new connection to the
 * next worker in turn, so consecutive calls are served by different processes.
 */
function fresh(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers, agent: false }, (res) => {
      let text = "";
      res.on("data", (c) => {
        text += c;
      });
      res.on("end", () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const statuses = async (n: number, call: () => Promise<{ status: number }>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call()).status);
  return out;
};

describe("two server processes on one port (ARIADNE_WORKERS=2) over one PostgreSQL", () => {
  it("honours a session in every process, and a sign-out everywhere in every process at once", async () => {
    const coordinator = await signIn(server.url, demoCredentials(server.output, "coordinator"));
    // Both processes now hold the session in their caches.
    expect(await statuses(6, () => fresh("GET", "/api/v1/users", coordinator))).toEqual(Array(6).fill(200));
    const out = await fresh("POST", "/api/v1/auth/sign-out-everywhere", coordinator, {});
    expect(out.status).toBeLessThan(300);
    // Within moments, far sooner than a cache's 30 s: the other process heard the database's notice.
    await expect
      .poll(() => statuses(6, () => fresh("GET", "/api/v1/users", coordinator)), {
        timeout: 3000,
        interval: 100,
      })
      .toEqual(Array(6).fill(401));
  });

  it("counts failed sign-ins across processes: the sixth attempt is refused wherever it lands", async () => {
    const analyst = demoCredentials(server.output, "analyst");
    const attempt = (password: string) =>
      fresh(
        "POST",
        "/api/v1/auth/sign-in",
        { "content-type": "application/json" },
        {
          email: analyst.email,
          password,
        },
      );
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    // The right password, on either process, is refused now: the pause lives in the database.
    expect(await statuses(2, () => attempt(analyst.password))).toEqual([401, 401]);
  });

  it("keeps the audit chains whole under concurrent writes from both processes", async () => {
    const frontline = await signIn(server.url, demoCredentials(server.output, "frontline"));
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fresh("POST", "/api/v1/cases", frontline, { person: { aliases: [`Workers ${i}`] } }),
      ),
    );
    expect(writes.map((w) => w.status)).toEqual(Array(40).fill(201));
    const db = await openDatabase({ kind: "postgres", url: databaseUrl });
    try {
      await withSystem(db, async (tx) => {
        const report = await verifyAuditChains(tx);
        expect(report.firstBreak).toBeNull();
        expect(report.ok).toBe(true);
        const [{ n }] = (await tx.query<{ n: number }>(
          "select count(*)::int as n from audit_log where action = 'cases.create' and outcome = 'success'",
        )) as [{ n: number }];
        expect(n).toBe(40);
      });
    } finally {
      await db.close();
    }
  });
});
