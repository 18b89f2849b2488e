import { randomBytes } from "node:crypto";
import { type Database, migrate, openDatabase } from "@ariadne/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../../packages/server/src/admin/seed-demo.ts";
import { buildApp } from "../../packages/server/src/app.ts";
import { currentTotp } from "../../packages/server/src/auth/totp.ts";
import { loadConfig } from "../../packages/server/src/config.ts";
import { Keyring, masterKeyFrom } from "../../packages/server/src/crypto/index.ts";
import { seedDemoStatistics } from "../../packages/server/src/stats/seed-demo-statistics.ts";
import { startThrowawayCluster, type ThrowawayCluster } from "./pg-cluster.ts";

// Issue 19: statistics read from a real streaming replica (pg_basebackup of a second Debian
// cluster on loopback), and from the primary whenever the replica is down or too far behind.
let primary: ThrowawayCluster;
let standby: ThrowawayCluster;
let db: Database;
let replica: Database;
let seed: DemoSeed;
const apps: FastifyInstance[] = [];
let patient: FastifyInstance; // tolerates an hour of lag
let strict: FastifyInstance; // tolerates one second
let cookie: string;

const statsUrl = "/api/v1/stats/cases?from=2024&to=2024";

async function appWith(maxLagSeconds: number) {
  const config = loadConfig({
    LOG_LEVEL: "silent",
    ARIADNE_WEB_DIST: "/nonexistent",
    DATABASE_REPLICA_MAX_LAG_SECONDS: String(maxLagSeconds),
  });
  const { app } = await buildApp({ db, keyring, config, replica }, { logLevel: "silent" });
  await app.ready();
  apps.push(app);
  return app;
}

const keyring = new Keyring(masterKeyFrom(randomBytes(32)));

async function total(app: FastifyInstance): Promise<number> {
  const res = await app.inject({ method: "GET", url: statsUrl, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().perYear.total;
}

/** Cases of 2024 as the standby itself has replayed them (-1 while it cannot answer). */
async function standbyCount(): Promise<number> {
  try {
    const [row] = await replica.query<{ n: number }>(
      "select count(*)::int as n from cases where extract(year from created_at) = 2024",
    );
    return row!.n;
  } catch {
    return -1; // restarting, or the read cancelled in a conflict with recovery: ask again
  }
}

async function pauseReplay() {
  await replica.query("select pg_wal_replay_pause()");
  await expect
    .poll(
      async () => (await replica.query<{ s: string }>("select pg_get_wal_replay_pause_state() as s"))[0]!.s,
      {
        timeout: 30_000,
      },
    )
    .toBe("paused");
}

beforeAll(async () => {
  primary = await startThrowawayCluster();
  db = await openDatabase({ kind: "postgres", url: primary.url, poolSize: 4 });
  await migrate(db);
  seed = await seedDemo(db, keyring, { boundary: false });
  await seedDemoStatistics(db, seed.municipalityId, { count: 120, years: [2024] });
  standby = await startThrowawayCluster(primary);
  replica = await openDatabase({ kind: "postgres", url: standby.url, poolSize: 4, acquireTimeoutMs: 1500 });
  patient = await appWith(3600);
  strict = await appWith(1);
  const c = seed.credentials.coordinator;
  const res = await patient.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { email: c.email, password: c.password, totp: currentTotp(c.totpSecret!) },
  });
  expect(res.statusCode, res.body).toBe(200);
  cookie = String(res.headers["set-cookie"]).split(";")[0]!;
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await replica?.close();
  await db?.close();
  await standby?.destroy();
  await primary?.destroy();
});

describe("statistics on a streaming replica", () => {
  it("is a standby that has replayed the primary's cases", async () => {
    const [row] = await replica.query<{ r: boolean }>("select pg_is_in_recovery() as r");
    expect(row!.r).toBe(true);
    await expect.poll(standbyCount, { timeout: 30_000 }).toBe(120);
    // Until the standby replays a transaction of its own it has no replay time, and a standby that
    // then falls behind has no known lag (taken as too far). One committed write, seen there, sets it.
    await db.query("create table replay_marker (at timestamptz)");
    await db.query("insert into replay_marker values (now())");
    await expect
      .poll(
        async () =>
          (
            await replica
              .query<{ seen: boolean }>(
                `select to_regclass('replay_marker') is not null
                   and pg_last_xact_replay_timestamp() is not null as seen`,
              )
              .catch(() => [{ seen: false }])
          )[0]!.seen,
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  it("reads the figures there while it is close enough behind, and audits the read on the primary", async () => {
    await pauseReplay();
    // Written on the primary after the standby stopped replaying: only the primary counts them.
    await seedDemoStatistics(db, seed.municipalityId, { count: 40, years: [2024], firstNumber: 1001 });
    expect(await total(patient)).toBe(120);
    const [audited] = await db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'stats.cases'",
    );
    expect(audited!.n).toBeGreaterThan(0);
  });

  it("reads from the primary once the standby is further behind than allowed", async () => {
    // Replay is still paused, so the lag only grows: past one second the primary answers.
    await expect.poll(() => total(strict), { timeout: 30_000 }).toBe(160);
    // The patient server still accepts the lag it allows.
    expect(await total(patient)).toBe(120);
  });

  it("reads from the primary while the standby is down, and from the standby again when it is back", async () => {
    await replica.query("select pg_wal_replay_resume()");
    await expect.poll(standbyCount, { timeout: 30_000 }).toBe(160);
    await standby.stop();
    const started = performance.now();
    expect(await total(patient)).toBe(160);
    // A refused connection is noticed at once: the read is not held up by the missing standby.
    expect(performance.now() - started).toBeLessThan(5000);

    await standby.start();
    await expect.poll(standbyCount, { timeout: 60_000 }).toBe(160);
    await pauseReplay();
    await seedDemoStatistics(db, seed.municipalityId, { count: 20, years: [2024], firstNumber: 2001 });
    // The standby answers again (its older figure shows it is the one reading).
    await expect.poll(() => total(patient), { timeout: 30_000 }).toBe(160);
    // The strict server leaves it once the paused standby is over a second behind: waited for.
    await expect.poll(() => total(strict), { timeout: 30_000 }).toBe(180);
  });
});
