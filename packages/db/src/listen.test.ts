import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./connection.ts";
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
    await expect.poll(() => r.messages, { timeout: 2000 }).toEqual(["one"]);
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
    await expect.poll(() => r.messages, { timeout: 2000 }).toEqual(["after"]);
    await stop();
  });

  it("stops delivering once stopped", async () => {
    const kept = recorder();
    const stopped = recorder();
    const stopKept = await db.listen("test_channel", kept.onMessage, kept.onStatus);
    const stop = await db.listen("test_channel", stopped.onMessage, stopped.onStatus);
    await stop();
    await db.query("select pg_notify('test_channel', 'late')");
    await expect.poll(() => kept.messages, { timeout: 2000 }).toEqual(["late"]);
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
    await expect.poll(() => r.statuses, { timeout: 5000 }).toEqual([true, false, true]);
    await db.query("select pg_notify('test_channel', 'again')");
    await expect.poll(() => r.messages, { timeout: 2000 }).toEqual(["again"]);
    await stop();
  });
});
