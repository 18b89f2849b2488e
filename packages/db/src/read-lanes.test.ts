import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./connection.ts";
import { PreludedQuery } from "./preluded-query.ts";
import { type ReadLane, readLanes } from "./read-lanes.ts";
import { openTestDatabase } from "./testing.ts";
import { DatabaseUnavailableError } from "./unavailable.ts";

type Seen = { pid: number; m: string; ro: string };

/** A read as the database layer makes it: the tenant and read-only settings, then the statement. */
function readOn(lane: ReadLane, tenant: string, from = "(select 1) one"): Promise<Seen> {
  return new Promise((resolve, reject) => {
    lane
      .run(
        (settle) =>
          new PreludedQuery(
            [
              {
                name: "",
                text: `select set_config('app.municipality_id', '${tenant}', true), set_config('transaction_read_only', 'on', true)`,
              },
            ],
            {
              name: "",
              text: `select pg_backend_pid() as pid, current_setting('app.municipality_id') as m, current_setting('transaction_read_only') as ro from ${from}`,
            },
            [],
            (err, result) => {
              settle();
              if (err) reject(err);
              else resolve(result.rows[0] as Seen);
            },
          ) as unknown as pg.QueryConfig,
      )
      .catch(reject);
  });
}

/**
 * What a read failed with (null if it answered), taken at once: a read on a connection that is
 * being terminated may fail before the terminating statement answers, and a failure nothing
 * handles yet is an unhandled rejection that fails the whole run.
 */
function failureOf(read: Promise<unknown>): Promise<unknown> {
  return read.then(
    () => null,
    (err: unknown) => err,
  );
}

/** The address of a test database on the server, for connections of the test's own. */
async function urlOf(db: Database, applicationName?: string): Promise<string> {
  const [row] = await db.query<{ name: string }>("select current_database() as name");
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${row!.name}`;
  if (applicationName) u.searchParams.set("application_name", applicationName);
  return u.toString();
}

// Read lanes exist only on a PostgreSQL server; the embedded database has a single connection.
describe.runIf(process.env.DATABASE_URL)("read lanes", () => {
  let db: Database;
  let url: string;
  beforeAll(async () => {
    db = await openTestDatabase({ migrated: false });
    url = await urlOf(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it("carry many requests' reads on one connection, each read with its own settings only", async () => {
    const lanes = readLanes({ url, count: 1, connectTimeoutMs: 5000, busyMs: 60_000 });
    try {
      const tenants = Array.from({ length: 40 }, (_, i) => `tenant-${i % 3}`);
      const seen = await Promise.all(tenants.map((t) => readOn(lanes.pick()!, t)));
      expect(new Set(seen.map((s) => s.pid)).size).toBe(1);
      expect(seen.map((s) => s.m)).toEqual(tenants);
      expect(seen.every((s) => s.ro === "on")).toBe(true);
    } finally {
      await lanes.close();
    }
  });

  it("offer no lane while its oldest read is slow, and offer it again once that read answers", async () => {
    const lanes = readLanes({ url, count: 1, connectTimeoutMs: 5000, busyMs: 30 });
    try {
      const lane = lanes.pick()!;
      const slow = readOn(lane, "t", "pg_sleep(0.3) s");
      await new Promise((r) => setTimeout(r, 100));
      expect(lanes.pick()).toBeNull();
      await slow;
      expect(lanes.pick()).toBe(lane);
    } finally {
      await lanes.close();
    }
  });

  it("connect again after losing the connection: the reads out fail, the next one is served", async () => {
    const lanes = readLanes({ url, count: 1, connectTimeoutMs: 5000, busyMs: 60_000 });
    try {
      const first = await readOn(lanes.pick()!, "t");
      const slow = failureOf(readOn(lanes.pick()!, "t", "pg_sleep(5) s"));
      await db.query("select pg_terminate_backend($1)", [first.pid]);
      expect(String(await slow)).toMatch(/terminat/);
      let next: Seen | null = null;
      for (let attempt = 0; attempt < 3 && !next; attempt++) {
        // The first read after the loss may still meet the old connection's end.
        next = await readOn(lanes.pick()!, "t").catch(() => null);
      }
      expect(next?.pid).toBeGreaterThan(0);
      expect(next!.pid).not.toBe(first.pid);
    } finally {
      await lanes.close();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)("reads through the database with read lanes", () => {
  let db: Database;
  beforeAll(async () => {
    // Four connections: one read lane and a pool of three.
    const base = await openTestDatabase({ migrated: false });
    // Named, so that its connections can be told from the base's.
    const url = await urlOf(base, "read_lanes_test");
    const lanes = await openDatabase({ kind: "postgres", url, poolSize: 4 });
    db = {
      ...lanes,
      async close() {
        await lanes.close();
        await base.close();
      },
    };
  });
  afterAll(async () => {
    await db.close();
  });

  const read = <T>(sql: string, tenant: string) =>
    db.transaction((tx) => tx.query<T>(sql, []), {
      readOnly: true,
      settings: { "app.municipality_id": tenant },
    });

  it("answer a quick read from the pool while the lane is held up by a slow one", async () => {
    const order: string[] = [];
    const slow = read("select pg_sleep(2)", "t").then(() => order.push("slow"));
    await new Promise((r) => setTimeout(r, 200));
    await read("select 1", "t").then(() => order.push("quick"));
    await slow;
    expect(order).toEqual(["quick", "slow"]);
  });

  it("fail a read cleanly as unavailable when its connection is lost, and serve the next", async () => {
    const [lane] = await read<{ pid: number }>("select pg_backend_pid() as pid", "t");
    const slow = failureOf(read("select pg_sleep(5)", "t"));
    await db.query("select pg_terminate_backend($1)", [lane!.pid]);
    expect(await slow).toBeInstanceOf(DatabaseUnavailableError);
    let served = false;
    for (let attempt = 0; attempt < 3 && !served; attempt++) {
      served = await read("select 1", "t").then(
        () => true,
        (err: unknown) => {
          expect(err).toBeInstanceOf(DatabaseUnavailableError);
          return false;
        },
      );
    }
    expect(served).toBe(true);
  });

  it("keep at most the configured connections, lanes included", async () => {
    const busy = Promise.all([
      ...Array.from({ length: 6 }, () => db.transaction((tx) => tx.query("select pg_sleep(0.3)"))),
      ...Array.from({ length: 6 }, () => read("select pg_sleep(0.3)", "t")),
    ]);
    await new Promise((r) => setTimeout(r, 150));
    // Counted from a connection of its own, outside the database under test.
    const admin = await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL!, poolSize: 2 });
    try {
      const [row] = await admin.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where application_name = $1",
        ["read_lanes_test"],
      );
      expect(row!.n).toBeLessThanOrEqual(4);
      expect(row!.n).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.close();
    }
    await busy;
  });
});
