import { randomBytes, randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { notificationsDb, openDatabase, withSystem, withTenant } from "@ariadne/db";
import { SMTPServer } from "smtp-server";
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
let smtp: Awaited<ReturnType<typeof slowSmtp>>;

/**
 * A local SMTP server that takes 150 ms over each message and notes the most messages it was ever
 * receiving at once: a server process sends its mails one after another, so two at once means two
 * processes were delivering side by side. A mail costs a process about 110 ms besides (connection,
 * greeting, envelope), so one process is receiving more than half of the time and two delivering
 * together cannot take turns without meeting; at 40 ms they did take turns, in one run of three.
 * A run of 50 mails lasts over 10 s, far longer than the 1 s between runs, so the other process
 * always starts a run while one is under way.
 */
async function slowSmtp() {
  const subjects: string[] = [];
  let receiving = 0;
  let mostAtOnce = 0;
  const sink = new SMTPServer({
    authOptional: true,
    // No reverse DNS for a loopback client: the machine may have no resolver to ask.
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      receiving++;
      mostAtOnce = Math.max(mostAtOnce, receiving);
      let data = "";
      stream.on("data", (c: Buffer) => {
        data += c.toString();
      });
      stream.on("end", () => {
        setTimeout(() => {
          receiving--;
          subjects.push(/^Subject: (.*)$/m.exec(data)?.[1]?.trim() ?? "");
          callback();
        }, 150);
      });
    },
  });
  sink.listen(0, "127.0.0.1");
  await once(sink.server, "listening");
  return {
    subjects,
    mostAtOnce: () => mostAtOnce,
    port: (sink.server.address() as AddressInfo).port,
    close: () => new Promise<void>((r) => sink.close(() => r())),
  };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ariadne-workers-"));
  smtp = await slowSmtp();
  // Named by process: another checkout's suite may run its fault tests on the same server meanwhile.
  databaseUrl = await freshServerDatabase(serverUrl, `ariadne_fault_workers_${process.pid}`);
  server = await startServerProcess(
    {
      DATABASE_URL: databaseUrl,
      ARIADNE_WORKERS: "2",
      ARIADNE_DATA_DIR: dataDir,
      ARIADNE_MASTER_KEY: randomBytes(32).toString("hex"),
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: "ariadne@example.org",
      SMTP_SEND_INTERVAL_SECONDS: "1",
    },
    await freePort(),
    "server processes share port",
  );
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
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

/** Successful reads of the users list in the audit log. */
async function usersListed(): Promise<number> {
  const db = await openDatabase({ kind: "postgres", url: databaseUrl });
  try {
    const [{ n }] = (await withSystem(db, (tx) =>
      tx.query<{ n: number }>(
        "select count(*)::int as n from audit_log where action = 'users.list' and outcome = 'success'",
      ),
    )) as [{ n: number }];
    return n;
  } finally {
    await db.close();
  }
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

  it("keeps the audit chains whole under concurrent writes and reads from both processes", async () => {
    const frontline = await signIn(server.url, demoCredentials(server.output, "frontline"));
    // Signed in once already, by the first test: a code of the next step (see signIn).
    const coordinator = await signIn(
      server.url,
      demoCredentials(server.output, "coordinator"),
      Date.now() + 30_000,
    );
    const listedBefore = await usersListed();
    // Changes link their entries in their own transactions; reads link theirs in batches onto
    // whichever chain no change holds at that moment: both kinds at once, from both processes.
    const [writes, reads] = await Promise.all([
      Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          fresh("POST", "/api/v1/cases", frontline, { person: { aliases: [`Workers ${i}`] } }),
        ),
      ),
      Promise.all(Array.from({ length: 40 }, () => fresh("GET", "/api/v1/users", coordinator))),
    ]);
    expect(writes.map((w) => w.status)).toEqual(Array(40).fill(201));
    expect(reads.map((r) => r.status)).toEqual(Array(40).fill(200));
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
      expect((await usersListed()) - listedBefore).toBe(40);
    } finally {
      await db.close();
    }
  });

  it("sends each mail of the shared outbox once, with both processes delivering side by side", async () => {
    // Two runs of 50: one per process, side by side.
    const mails = 100;
    const db = await openDatabase({ kind: "postgres", url: databaseUrl });
    try {
      const [{ m, u }] = (await withSystem(db, (tx) =>
        tx.query<{ m: string; u: string }>(
          "select municipality_id as m, id as u from users where municipality_id is not null limit 1",
        ),
      )) as [{ m: string; u: string }];
      // Queued in one transaction, so both processes find the whole outbox due at their next run.
      await withTenant(db, m, async (tx) => {
        for (let i = 0; i < mails; i++) {
          const notificationId = randomUUID();
          await notificationsDb.insertNotification(tx, m, {
            id: notificationId,
            userId: u,
            kind: "referral_received",
            recordType: "referral",
            recordId: randomUUID(),
            link: "/referrals/inbox",
            reference: `R-${i}`,
            status: null,
          });
          await notificationsDb.insertOutboxMail(tx, m, {
            id: randomUUID(),
            notificationId,
            toAddress: "worker@example.org",
            subject: `outbox ${i}`,
            body: "A referral is waiting.",
          });
        }
      });
      // Other tests' mails (the paused sign-ins' notice) share the sink; count this test's own.
      const ours = () => smtp.subjects.filter((s) => s.startsWith("outbox "));
      await expect.poll(() => ours().length, { timeout: 120_000, interval: 250 }).toBe(mails);
      // Several more rounds of both processes' delivery: nothing is sent a second time.
      await new Promise((r) => setTimeout(r, 3000));
      expect(ours().length).toBe(mails);
      expect(new Set(ours()).size).toBe(mails);
      expect(smtp.mostAtOnce()).toBeGreaterThanOrEqual(2);
      const statuses = await withTenant(db, m, (tx) =>
        tx.query<{ status: string; n: number }>(
          "select status, count(*)::int as n from email_outbox where subject like 'outbox %' group by status",
        ),
      );
      expect(statuses).toEqual([{ status: "sent", n: mails }]);
    } finally {
      await db.close();
    }
  });
});
