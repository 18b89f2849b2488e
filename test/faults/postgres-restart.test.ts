import { randomBytes } from "node:crypto";
import { type Database, migrate, openDatabase } from "@ariadne/db";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../../packages/server/src/admin/seed-demo.ts";
import { buildApp } from "../../packages/server/src/app.ts";
import { currentTotp } from "../../packages/server/src/auth/totp.ts";
import { loadConfig } from "../../packages/server/src/config.ts";
import { Keyring, masterKeyFrom } from "../../packages/server/src/crypto/index.ts";
import { startThrowawayCluster, type ThrowawayCluster } from "./pg-cluster.ts";

// How long a request may wait for a connection; every request must be answered well within this.
const acquireTimeoutMs = 1500;
const requestBudgetMs = acquireTimeoutMs + 3000;

let cluster: ThrowawayCluster;
let db: Database;
let app: FastifyInstance;
let base: string;
let seed: DemoSeed;

beforeAll(async () => {
  cluster = await startThrowawayCluster();
  db = await openDatabase({ kind: "postgres", url: cluster.url, poolSize: 6, acquireTimeoutMs });
  await migrate(db);
  const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
  seed = await seedDemo(db, keyring, { boundary: false });
  const config = loadConfig({ LOG_LEVEL: "silent", ARIADNE_WEB_DIST: "/nonexistent" });
  ({ app } = await buildApp({ db, keyring, config }, { logLevel: "silent" }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await cluster?.destroy();
});

async function signIn() {
  const c = seed.credentials.coordinator;
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: c.email, password: c.password, totp: currentTotp(c.totpSecret!) }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const body = (await res.json()) as { session: { csrfToken: string } };
  return {
    cookie: res.headers.get("set-cookie")!.split(";")[0]!,
    "x-csrf-token": body.session.csrfToken,
    "content-type": "application/json",
  };
}

interface Answer {
  status: number | "no answer";
  ms: number;
  retryAfter: string | null;
  code: string | null;
}

async function send(path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method: body ? "POST" : "GET",
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(requestBudgetMs * 2),
    });
    const text = await res.text();
    let code: string | null = null;
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? null;
    } catch {
      code = "not json";
    }
    return {
      status: res.status,
      ms: performance.now() - started,
      retryAfter: res.headers.get("retry-after"),
      code,
    };
  } catch {
    return { status: "no answer", ms: performance.now() - started, retryAfter: null, code: null };
  }
}

describe("PostgreSQL restarting under load", () => {
  it("answers 503 with Retry-After while it is down, never hangs, and recovers the pool and the session listener by itself", async () => {
    const headers = await signIn();
    await expect.poll(() => app.sessionCache.listening, { timeout: 30_000 }).toBe(true);
    const answers: { phase: string; answer: Answer }[] = [];
    let phase = "before";
    let running = true;
    let n = 0;
    const worker = async (k: number) => {
      while (running) {
        const answer =
          k % 2 === 0
            ? await send("/api/v1/users", headers)
            : await send("/api/v1/organisations", headers, { name: `Restart test ${n++}`, kind: "ngo" });
        answers.push({ phase, answer });
      }
    };
    const workers = Array.from({ length: 6 }, (_, k) => worker(k));
    await new Promise((r) => setTimeout(r, 500));
    phase = "down";
    await cluster.stop();
    await new Promise((r) => setTimeout(r, acquireTimeoutMs * 2));
    phase = "restarting";
    await cluster.start();
    const restarted = Date.now();
    // The pool recovers by itself: reads and writes succeed again without any restart of Ariadne.
    const ok = (a: Answer) => a.status === 200 || a.status === 201;
    await expect
      .poll(() => answers.length > 6 && answers.slice(-6).every((a) => ok(a.answer)), {
        timeout: 20_000,
        interval: 50,
      })
      .toBe(true);
    const recoveredMs = Date.now() - restarted;
    phase = "after";
    await expect
      .poll(() => answers.filter((a) => a.phase === "after").length >= 12, { timeout: 20_000 })
      .toBe(true);
    running = false;
    await Promise.all(workers);

    const down = answers.filter((a) => a.phase === "down").map((a) => a.answer);
    expect(down.length).toBeGreaterThan(0);
    expect(down.some((a) => a.status === 503)).toBe(true);
    for (const { answer } of answers) {
      // Success, or unavailable with a JSON error and a time to wait: never a 500, never a hang.
      expect([200, 201, 503], JSON.stringify(answer)).toContain(answer.status);
      expect(answer.ms, JSON.stringify(answer)).toBeLessThan(requestBudgetMs);
      if (answer.status === 503) {
        expect(answer.code).toBe("unavailable");
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
    }
    const after = answers.filter((a) => a.phase === "after").map((a) => a.answer.status);
    expect(
      after.every((s) => s === 200 || s === 201),
      JSON.stringify(after),
    ).toBe(true);
    expect(recoveredMs).toBeLessThan(20_000);

    // The session listener reconnected: another process's sign-out reaches this one's cache at once,
    // not after the cache's 30 seconds.
    await expect.poll(() => app.sessionCache.listening, { timeout: 30_000 }).toBe(true);
    expect((await send("/api/v1/users", headers)).status).toBe(200);
    const other = new pg.Client({ connectionString: cluster.url });
    await other.connect();
    await other.query("delete from sessions");
    await other.end();
    await expect
      .poll(async () => (await send("/api/v1/users", headers)).status, { timeout: 30_000 })
      .toBe(401);
  });
});
