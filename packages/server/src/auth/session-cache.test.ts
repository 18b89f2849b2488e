import { randomUUID } from "node:crypto";
import { type Database, openDatabase } from "@ariadne/db";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { SessionCache, sessionChannel } from "./session-cache.ts";
import { tokenHash } from "./tokens.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const hashOf = (agent: Agent) => tokenHash(agent.cookie.slice(agent.cookie.indexOf("=") + 1));
const session = (agent: Agent) => agent.request("GET", "/api/v1/auth/session");

const switchNotices = (how: "enable" | "disable") =>
  `alter table sessions ${how} trigger sessions_notify_delete;
   alter table sessions ${how} trigger sessions_notify_update;
   alter table users ${how} trigger users_notify_change;`;

/** Runs `fn` with the notices of migration 0011 switched off, as if they were lost or late. */
async function withoutNotices<T>(fn: () => Promise<T>): Promise<T> {
  await t.db.execScript(switchNotices("disable"));
  try {
    return await fn();
  } finally {
    await t.db.execScript(switchNotices("enable"));
  }
}

/**
 * Waits until the notices of everything written so far have reached `cache`: a listener gets its
 * notices in commit order, so the arrival of a marker sent now says so. Without it, a sign-in's own
 * notice arriving late (a busy machine) counts as a forgetting that overlaps the next lookup, which
 * the cache then rightly does not keep — and a test expecting it kept fails.
 */
async function noticesArrived(cache: SessionCache, db: Database = t.db) {
  const marker = randomUUID();
  const forget = vi.spyOn(cache, "forgetUser");
  try {
    await db.query("select pg_notify($1, $2)", [sessionChannel, marker]);
    await expect.poll(() => forget.mock.calls.some(([id]) => id === marker), { timeout: 20_000 }).toBe(true);
  } finally {
    forget.mockRestore();
  }
}

/** A cache of its own over the test database, whose entries age by a clock the test moves. */
async function standaloneCache(options: { maxEntries?: number } = {}) {
  let now = 0;
  const cache = new SessionCache(t.db, { clock: () => now, ...options });
  await cache.start();
  return { cache, advance: (ms: number) => (now += ms) };
}

describe("the session cache itself", () => {
  it("keeps a found session for 30 s at most, so a lost notice cannot outlive that", async () => {
    const { cache, advance } = await standaloneCache();
    const agent = await t.signIn("analyst");
    await noticesArrived(cache);
    const hash = hashOf(agent);
    expect((await cache.find(hash))?.user_id).toBe(agent.me.id);
    await withoutNotices(() => t.db.query("delete from sessions where token_hash = $1", [hash]));
    advance(29_000);
    expect(await cache.find(hash)).not.toBeNull(); // trusted, as the notice never came
    advance(2_000);
    expect(await cache.find(hash)).toBeNull();
    await cache.stop();
  });

  it("forgets a session when the database notices its end", async () => {
    const { cache } = await standaloneCache();
    const agent = await t.signIn("analyst");
    await noticesArrived(cache);
    const hash = hashOf(agent);
    await cache.find(hash);
    expect(cache.has(hash)).toBe(true);
    await t.db.query("delete from sessions where token_hash = $1", [hash]);
    await expect.poll(() => cache.has(hash), { timeout: 20_000 }).toBe(false);
    expect(await cache.find(hash)).toBeNull();
    await cache.stop();
  });

  it("holds a bounded number of sessions, the oldest out first", async () => {
    const { cache } = await standaloneCache({ maxEntries: 2 });
    const hashes = [];
    for (const role of ["analyst", "trainer", "coordinator"] as const) {
      const hash = hashOf(await t.signIn(role));
      await noticesArrived(cache);
      await cache.find(hash);
      hashes.push(hash);
    }
    expect(cache.size).toBe(2);
    expect(hashes.map((h) => cache.has(h))).toEqual([false, true, true]);
    await cache.stop();
  });

  it("does not keep a lookup that overlapped a forgetting, which it may predate", async () => {
    const { cache } = await standaloneCache();
    const agent = await t.signIn("analyst");
    await noticesArrived(cache);
    const hash = hashOf(agent);
    const finding = cache.find(hash);
    cache.forgetUser(agent.me.id);
    expect(await finding).not.toBeNull();
    expect(cache.has(hash)).toBe(false);
    await cache.find(hash);
    expect(cache.has(hash)).toBe(true);
    await cache.stop();
  });

  it("keeps nothing while its listener is disconnected, and starts empty when it reconnects", async () => {
    // The listener's status drives the cache; a real lost connection is tested on PostgreSQL below.
    let report: (connected: boolean) => void = () => {};
    const db: Database = {
      ...t.db,
      listen: (channel, onMessage, onStatus) => {
        report = onStatus;
        return t.db.listen(channel, onMessage, onStatus);
      },
    };
    const cache = new SessionCache(db);
    await cache.start();
    const hash = hashOf(await t.signIn("analyst"));
    await noticesArrived(cache);
    await cache.find(hash);
    expect(cache.has(hash)).toBe(true);
    report(false);
    expect(cache.listening).toBe(false);
    expect(cache.has(hash)).toBe(false);
    await cache.find(hash);
    expect(cache.size).toBe(0);
    report(true);
    expect(cache.size).toBe(0);
    await cache.find(hash);
    expect(cache.has(hash)).toBe(true);
    await cache.stop();
  });
});

describe("authenticating through the cache", () => {
  it("answers a signed-in user's requests from the cache", async () => {
    const agent = await t.signIn("analyst");
    await noticesArrived(t.app.sessionCache);
    expect((await session(agent)).status).toBe(200);
    expect(t.app.sessionCache.has(hashOf(agent))).toBe(true);
    expect((await session(agent)).status).toBe(200);
  });

  it("refuses the old cookie at once after sign-out in this process, without waiting for the notice", async () => {
    const agent = await t.signIn("analyst");
    const other = await t.signIn("analyst");
    expect((await session(agent)).status).toBe(200);
    expect((await session(other)).status).toBe(200);
    await withoutNotices(async () => {
      expect((await agent.request("POST", "/api/v1/auth/sign-out")).status).toBe(204);
      expect((await session(agent)).status).toBe(204);
      expect((await session(other)).status).toBe(200);
      expect((await other.request("POST", "/api/v1/auth/sign-out-everywhere")).status).toBe(204);
    });
    expect(t.app.sessionCache.has(hashOf(other))).toBe(false);
    expect((await session(other)).status).toBe(204);
  });

  it("ends a cached session at once when its user's role changes or they are deactivated", async () => {
    const coordinator = await t.signIn("coordinator");
    const users = (await coordinator.request("GET", "/api/v1/users")).json().items;
    for (const [role, patch] of [
      ["trainer", { role: "analyst" }],
      ["frontline", { active: false }],
    ] as const) {
      const agent = await t.signIn(role);
      await noticesArrived(t.app.sessionCache);
      expect((await session(agent)).status).toBe(200);
      expect(t.app.sessionCache.has(hashOf(agent))).toBe(true);
      const target = users.find((u: { id: string }) => u.id === agent.me.id);
      await withoutNotices(async () => {
        const res = await coordinator.request("PATCH", `/api/v1/users/${target.id}`, {
          ...patch,
          version: target.version,
        });
        expect(res.status).toBe(200);
        expect((await session(agent)).status).toBe(204);
      });
    }
  });

  it("still ends a cached session that has been idle too long", async () => {
    const agent = await t.signIn("analyst");
    await noticesArrived(t.app.sessionCache);
    expect((await session(agent)).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31 * 60_000 });
    expect(t.app.sessionCache.has(hashOf(agent))).toBe(true);
    expect((await session(agent)).status).toBe(204);
    vi.useRealTimers();
    expect((await session(agent)).status).toBe(204); // and it was ended in the database
  });

  it("keeps alive, from its cached copy, a session whose idle deadline the lookup just moved", async () => {
    const agent = await t.signIn("analyst");
    const cache = t.app.sessionCache;
    const before = cache.generation;
    await t.db.query(
      "update sessions set last_seen_at = now() - interval '29 minutes' where token_hash = $1",
      [hashOf(agent)],
    );
    await expect.poll(() => cache.generation > before, { timeout: 20_000 }).toBe(true); // its notice is in
    expect((await session(agent)).status).toBe(200); // the lookup moves last_seen_at to now
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * 60_000 });
    expect(cache.has(hashOf(agent))).toBe(true);
    expect((await session(agent)).status).toBe(200);
  });
});

describe("absolute expiry of a cached session", () => {
  let short: TestApp;
  beforeAll(async () => {
    short = await createTestApp({ ARIADNE_SESSION_MAX_HOURS: "1", ARIADNE_SESSION_IDLE_MINUTES: "1440" });
  });
  afterAll(async () => {
    await short.close();
  });

  it("ends a cached session past its absolute lifetime", async () => {
    const agent = await short.signIn("analyst");
    await noticesArrived(short.app.sessionCache, short.db);
    expect((await session(agent)).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61 * 60_000 });
    expect(short.app.sessionCache.has(hashOf(agent))).toBe(true);
    expect((await session(agent)).status).toBe(204);
  });
});

describe.runIf(process.env.DATABASE_URL)("several server processes on one PostgreSQL database", () => {
  let second: Database;
  let other: Awaited<ReturnType<typeof buildApp>>["app"];
  beforeAll(async () => {
    // A second process: its own connections to the same database, its own app and cache.
    const [{ name }] = (await t.db.query<{ name: string }>("select current_database() as name")) as [
      { name: string },
    ];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    second = await openDatabase({ kind: "postgres", url: url.toString() });
    const config = loadConfig({ LOG_LEVEL: "silent", ARIADNE_WEB_DIST: "/nonexistent" });
    other = (await buildApp({ db: second, keyring: t.keyring, config }, { logLevel: "silent" })).app;
    await other.ready();
  });
  afterAll(async () => {
    await other.close();
    await second.close();
  });

  const viaOther = (agent: Agent, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    other.inject({
      method,
      url,
      headers: { cookie: agent.cookie, "x-csrf-token": agent.csrfToken },
      ...(payload ? { payload } : {}),
    });

  it("refuses, within moments, a cached session that another process signed out everywhere", async () => {
    const agent = await t.signIn("analyst");
    await noticesArrived(t.app.sessionCache);
    expect((await session(agent)).status).toBe(200);
    expect(t.app.sessionCache.has(hashOf(agent))).toBe(true);
    expect((await viaOther(agent, "POST", "/api/v1/auth/sign-out-everywhere")).statusCode).toBe(204);
    await expect.poll(async () => (await session(agent)).status, { timeout: 20_000 }).toBe(204);
  });

  it("refuses, within moments, a cached session of a user another process deactivated", async () => {
    const agent = await t.signIn("trainer");
    const coordinator = await t.signIn("coordinator");
    await noticesArrived(t.app.sessionCache);
    expect((await session(agent)).status).toBe(200);
    expect(t.app.sessionCache.has(hashOf(agent))).toBe(true);
    const target = (await viaOther(coordinator, "GET", `/api/v1/users/${agent.me.id}`)).json();
    const res = await viaOther(coordinator, "PATCH", `/api/v1/users/${agent.me.id}`, {
      active: false,
      version: target.version,
    });
    expect(res.statusCode).toBe(200);
    await expect.poll(async () => (await session(agent)).status, { timeout: 20_000 }).toBe(204);
  });

  it("asks the database on every request while its listener is disconnected, and caches again after", async () => {
    const cache = t.app.sessionCache;
    // The listener reconnects after 250 ms; on a busy machine that can fall before the refused
    // request ends. Only a request that began and ended blind proves the point, so try again.
    for (let attempt = 1; ; attempt++) {
      const agent = await t.signIn("analyst");
      expect((await session(agent)).status).toBe(200);
      // Both processes' listeners look alike from here; ending both is as good for this one.
      await t.db.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and query = 'listen ariadne_sessions'`,
      );
      await expect.poll(() => cache.listening, { timeout: 20_000 }).toBe(false);
      // Its notice goes to no one in this process: the listener is down.
      await t.db.query("delete from sessions where token_hash = $1", [hashOf(agent)]);
      expect((await session(agent)).status).toBe(204);
      if (!cache.listening) break; // still blind when it refused: the database said so
      expect(attempt, "the listener came back before every refused request ended").toBeLessThan(5);
    }
    await expect.poll(() => cache.listening, { timeout: 20_000 }).toBe(true);
    const again = await t.signIn("analyst");
    // Cached again once heard: asked until a request finds the listener up from start to end.
    await expect
      .poll(
        async () => {
          expect((await session(again)).status).toBe(200);
          return cache.has(hashOf(again));
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  });
});
