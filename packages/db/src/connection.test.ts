import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase, type Queryable } from "./connection.ts";
import { openTestDatabase } from "./testing.ts";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase({ migrated: false });
  await db.execScript("create table kept (n int primary key)");
});
afterAll(async () => {
  await db.close();
});

const count = async () => (await db.query<{ n: number }>("select count(*)::int as n from kept"))[0]!.n;

describe("transactions with sent statements", () => {
  it("commits a sent statement with the transaction", async () => {
    const before = await count();
    await db.transaction(async (tx) => {
      await tx.query("insert into kept values ($1)", [1]);
      tx.send("insert into kept values ($1)", [2]);
    });
    expect(await count()).toBe(before + 2);
  });

  it("rolls back everything and reports the sent statement's error when it fails", async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into kept values ($1)", [10]);
        tx.send("insert into kept values ($1)", [1]); // duplicate key: fails on the server
        return "reported as done";
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await count()).toBe(before);
  });

  it("reports a failed sent statement rather than the aborted statements after it", async () => {
    await expect(
      db.transaction(async (tx) => {
        tx.send("select ($1::text)::int", ["not a number"]);
        await tx.query("select 1");
      }),
    ).rejects.toThrow(/invalid input syntax for type integer/);
  });

  it("refuses to send outside a transaction, where no one would learn its outcome", () => {
    expect(() => db.send("select 1")).toThrow(/only inside a transaction/);
  });

  it("runs the same parameterised statement again with other values (prepared once)", async () => {
    const read = (v: number) => db.query<{ v: number }>("select $1::int + 1 as v", [v]);
    expect((await read(1))[0]!.v).toBe(2);
    expect((await read(41))[0]!.v).toBe(42);
  });
});

describe("read-only transactions", () => {
  it("refuse a write, which is rolled back", async () => {
    const before = await count();
    await expect(
      db.transaction((tx) => tx.query("insert into kept values ($1)", [500]), { readOnly: true }),
    ).rejects.toThrow(/read-only transaction/);
    expect(await count()).toBe(before);
  });

  it("leave no setting behind for the connection's next transaction", async () => {
    const setting = "select current_setting('app.municipality_id', true) as m";
    // One connection (on a server), so the next transaction surely runs where the last one did.
    const one =
      db.kind === "postgres"
        ? await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL!, poolSize: 1 })
        : db;
    try {
      for (let i = 0; i < 20; i++) {
        const inside = await one.transaction((tx) => tx.query<{ m: string }>(setting), {
          readOnly: true,
          settings: { "app.municipality_id": `tenant-${i}` },
        });
        expect(inside[0]!.m).toBe(`tenant-${i}`);
        const after = await one.transaction((tx) => tx.query<{ m: string | null }>(setting));
        expect(after[0]!.m ?? "").toBe("");
      }
      // A write right after a read on the same connection commits as usual.
      await one.execScript("create temp table written (n int)");
      await one.transaction((tx) => tx.query("select 1"), { readOnly: true });
      await one.transaction((tx) => tx.query("insert into written values ($1)", [1]));
      expect(await one.query("select n from written")).toEqual([{ n: 1 }]);
    } finally {
      if (one !== db) await one.close();
    }
  });
});

describe("read-only transactions: statements, values and failures", () => {
  const read = <T>(fn: (tx: Queryable) => Promise<T>) =>
    db.transaction(fn, {
      readOnly: true,
      settings: { "app.municipality_id": "tenant-x" },
    });

  it("run several statements with the settings, parsing values as plain queries do", async () => {
    const at = new Date("2026-11-29T08:00:00.123Z");
    const rows = await read(async (tx) => [
      ...(await tx.query<{ m: string }>("select current_setting('app.municipality_id') as m")),
      ...(await tx.query<{ at: Date; doc: { a: number[] }; n: number; ro: string }>(
        "select $1::timestamptz as at, $2::jsonb as doc, count(*)::int8 as n, current_setting('transaction_read_only') as ro from kept",
        [at, JSON.stringify({ a: [1, 2] })],
      )),
    ]);
    expect(rows[0]).toEqual({ m: "tenant-x" });
    expect(rows[1]).toMatchObject({ at, doc: { a: [1, 2] }, ro: "on" });
    expect(typeof (rows[1] as { n: unknown }).n).toBe("number");
  });

  it("report a failing statement's own error, and the connections stay usable", async () => {
    for (let i = 0; i < 3; i++) {
      await expect(read((tx) => tx.query("select 1 / $1::int", [0]))).rejects.toThrow(/division by zero/);
      await expect(read((tx) => tx.query("selec broken sql $1", [i]))).rejects.toThrow(/syntax error/);
      expect(await read((tx) => tx.query<{ v: number }>("select $1::int as v", [i]))).toEqual([{ v: i }]);
    }
  });

  it("take only plain setting names and values, which are inlined", async () => {
    for (const readOnly of [true, false]) {
      await expect(
        db.transaction((tx) => tx.query("select 1"), {
          readOnly,
          settings: { "app.municipality_id": "x'; delete from kept; --" },
        }),
      ).rejects.toThrow(/not a plain setting value/);
      await expect(
        db.transaction((tx) => tx.query("select 1"), { readOnly, settings: { "role', 'x": "y" } }),
      ).rejects.toThrow(/not a setting name/);
    }
  });

  it("refuse statements that are not single reads", async () => {
    await expect(read((tx) => tx.execScript("select 1; select 2"))).rejects.toThrow();
    await expect(
      read(async (tx) => {
        tx.send("insert into kept values ($1)", [700]);
      }),
    ).rejects.toThrow();
    expect((await db.query("select 1 from kept where n = 700")).length).toBe(0);
  });
});

describe.runIf(process.env.DATABASE_URL)("the PostgreSQL connection pool", () => {
  it("opens no more server connections than its configured size", async () => {
    const pool = await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL!, poolSize: 3 });
    try {
      const pids = await Promise.all(
        Array.from({ length: 12 }, () =>
          pool.transaction(async (tx) => {
            const [row] = await tx.query<{ pid: number }>("select pg_backend_pid() as pid, pg_sleep(0.02)");
            return row!.pid;
          }),
        ),
      );
      expect(new Set(pids).size).toBe(3);
    } finally {
      await pool.close();
    }
  });
});
