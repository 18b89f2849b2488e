import { connect, createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./connection.ts";
import { openTestDatabase } from "./testing.ts";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase({ migrated: false });
});
afterAll(async () => {
  await db.close();
});

function recorder() {
  const messages: string[] = [];
  const statuses: boolean[] = [];
  return {
    messages,
    statuses,
    onMessage: (p: string) => messages.push(p),
    onStatus: (c: boolean) => statuses.push(c),
  };
}

describe("listening to a notification channel", () => {
  it("reports itself listening and delivers a transaction's notification only after it commits", async () => {
    const r = recorder();
    const stop = await db.listen("test_channel", r.onMessage, r.onStatus);
    expect(r.statuses).toEqual([true]);
    let seenInside: string[] = [];
    await db.transaction(async (tx) => {
      await tx.query("select pg_notify('test_channel', 'one')");
      await new Promise((resolve) => setTimeout(resolve, 100));
      seenInside = [...r.messages];
    });
    expect(seenInside).toEqual([]);
    await expect.poll(() => r.messages, { timeout: 20_000 }).toEqual(["one"]);
    await stop();
  });

  it("delivers nothing from a rolled-back transaction, nor from another channel", async () => {
    const r = recorder();
    const stop = await db.listen("test_channel", r.onMessage, r.onStatus);
    await expect(
      db.transaction(async (tx) => {
        await tx.query("select pg_notify('test_channel', 'undone')");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await db.query("select pg_notify('other_channel', 'elsewhere')");
    await db.query("select pg_notify('test_channel', 'after')");
    await expect.poll(() => r.messages, { timeout: 20_000 }).toEqual(["after"]);
    await stop();
  });

  it("stops delivering once stopped", async () => {
    const kept = recorder();
    const stopped = recorder();
    const stopKept = await db.listen("test_channel", kept.onMessage, kept.onStatus);
    const stop = await db.listen("test_channel", stopped.onMessage, stopped.onStatus);
    await stop();
    await db.query("select pg_notify('test_channel', 'late')");
    await expect.poll(() => kept.messages, { timeout: 20_000 }).toEqual(["late"]);
    expect(stopped.messages).toEqual([]);
    await stopKept();
  });

  it("closes the database without hanging while a listener is still open", async () => {
    const other = await openTestDatabase({ migrated: false });
    const r = recorder();
    await other.listen("test_channel", r.onMessage, r.onStatus);
    await other.close();
    expect(r.statuses).toEqual([true]);
  });
  it("refuses a channel name that is not a plain identifier", async () => {
    await expect(
      db.listen(
        "x; drop table users",
        () => {},
        () => {},
      ),
    ).rejects.toThrow(/channel name/);
  });
});

describe.runIf(process.env.DATABASE_URL)("a PostgreSQL listener whose connection is lost", () => {
  it("reports the loss, reconnects by itself and delivers again", async () => {
    const r = recorder();
    const stop = await db.listen("test_channel", r.onMessage, r.onStatus);
    const [ended] = await db.query<{ ended: boolean }>(
      `select bool_or(pg_terminate_backend(pid)) as ended from pg_stat_activity
       where datname = current_database() and query = 'listen test_channel'`,
    );
    expect(ended?.ended).toBe(true);
    await expect.poll(() => r.statuses, { timeout: 20_000 }).toEqual([true, false, true]);
    await db.query("select pg_notify('test_channel', 'again')");
    await expect.poll(() => r.messages, { timeout: 20_000 }).toEqual(["again"]);
    await stop();
  });

  it("notices a connection that stopped answering without being closed, and reconnects", async () => {
    // A proxy that can stop forwarding, as a network dropping packets would: no reset, no error.
    const target = new URL(process.env.DATABASE_URL!);
    const sockets: Socket[] = [];
    let frozen = false;
    const proxy = createServer((client) => {
      const server = connect(Number(target.port || 5432), target.hostname);
      sockets.push(client, server);
      client.on("data", (d) => frozen || server.write(d));
      server.on("data", (d) => frozen || client.write(d));
      client.on("error", () => client.destroy());
      server.on("error", () => server.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const address = proxy.address();
    if (!address || typeof address === "string") throw new Error("no proxy port");
    const [{ name }] = (await db.query<{ name: string }>("select current_database() as name")) as [
      { name: string },
    ];
    const url = new URL(target);
    url.host = `127.0.0.1:${address.port}`;
    url.pathname = `/${name}`;
    const proxied = await openDatabase({ kind: "postgres", url: url.toString() });
    const r = recorder();
    // A heartbeat of a second is also the connection's time-out: on a loaded machine a first
    // connection through the proxy can take longer than a shorter one, and never come up.
    const stop = await proxied.listen("test_channel", r.onMessage, r.onStatus, { heartbeatMs: 1_000 });
    // Frozen only once connected: `listen` returns after its first attempt, which may have failed.
    await expect.poll(() => r.statuses, { timeout: 20_000 }).toEqual([true]);
    frozen = true;
    await expect.poll(() => r.statuses, { timeout: 20_000 }).toEqual([true, false]);
    for (const socket of sockets.splice(0)) socket.destroy();
    frozen = false;
    await expect.poll(() => r.statuses, { timeout: 20_000 }).toEqual([true, false, true]);
    await db.query("select pg_notify('test_channel', 'through')");
    await expect.poll(() => r.messages, { timeout: 20_000 }).toEqual(["through"]);
    await stop();
    await proxied.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => proxy.close(resolve));
  });
});

describe("session change notices (migration 0011)", () => {
  let migrated: Database;
  const userId = "00000000-0000-4000-8000-000000000001";
  const heard: string[] = [];
  let stop: () => Promise<void>;
  beforeAll(async () => {
    migrated = await openTestDatabase();
    await migrated.query(
      `insert into users (id, email, display_name, role, password_hash)
       values ($1, 'admin@example.org', 'Admin', 'system_admin', 'x')`,
      [userId],
    );
    stop = await migrated.listen(
      "ariadne_sessions",
      (p) => heard.push(p),
      () => {},
    );
  });
  afterAll(async () => {
    await stop();
    await migrated.close();
  });

  const addSession = (hash: string) =>
    migrated.query(
      `insert into sessions (token_hash, user_id, csrf_token, expires_at)
       values ($1, $2, 'c', now() + interval '1 hour')`,
      [hash, userId],
    );
  /** Waits for a marker notice, so that everything sent before it has been heard. */
  async function heardUpTo(marker: string): Promise<string[]> {
    await migrated.query("select pg_notify('ariadne_sessions', $1)", [marker]);
    await expect.poll(() => heard.includes(marker), { timeout: 20_000 }).toBe(true);
    return heard.splice(0).filter((p) => p !== marker);
  }

  it("is silent when a session starts or only its last_seen_at moves forward", async () => {
    await addSession("h1");
    await migrated.query(
      "update sessions set last_seen_at = now() + interval '1 minute' where token_hash = 'h1'",
    );
    expect(await heardUpTo("m1")).toEqual([]);
  });

  it("names the user when a session ends, moves back in time or changes its expiry", async () => {
    await addSession("h2");
    await migrated.query(
      "update sessions set last_seen_at = now() - interval '2 hours' where token_hash = 'h2'",
    );
    expect(await heardUpTo("m2")).toEqual([userId]);
    await migrated.query("update sessions set expires_at = now() where token_hash = 'h2'");
    expect(await heardUpTo("m3")).toEqual([userId]);
    await migrated.query("delete from sessions where token_hash = 'h2'");
    expect(await heardUpTo("m4")).toEqual([userId]);
  });

  it("names the user once when all their sessions end in one transaction", async () => {
    await addSession("h3");
    await addSession("h4");
    await migrated.query("delete from sessions where user_id = $1", [userId]);
    expect(await heardUpTo("m5")).toEqual([userId]);
  });

  it("names the user when the user changes", async () => {
    await migrated.query("update users set display_name = 'Renamed' where id = $1", [userId]);
    expect(await heardUpTo("m6")).toEqual([userId]);
  });
});
