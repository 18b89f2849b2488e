import type { Database } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onReplicaOrPrimary, readDatabase } from "./replica-reads.ts";

// The streaming case (lag, a standby stopped and started) is in test/faults/replica.test.ts; here
// the choices that need no second cluster. Neither database is a standby, so neither lags.
let primary: Database;
let replica: Database;
const config = { databaseReplicaMaxLagSeconds: 30 };

beforeAll(async () => {
  primary = await openTestDatabase();
  replica = await openTestDatabase();
});
afterAll(async () => {
  await primary.close();
});

describe("reads that may go to a replica", () => {
  it("go to the primary when no replica is configured", async () => {
    expect(await readDatabase({ db: primary, config })).toBe(primary);
  });

  it("go to a replica that is not behind", async () => {
    expect(await readDatabase({ db: primary, replica, config })).toBe(replica);
  });

  it("go to the primary when the replica cancels the read in a conflict with recovery", async () => {
    const conflict = Object.assign(new Error("canceling statement due to conflict with recovery"), {
      code: "40001",
    });
    const answer = await onReplicaOrPrimary({ db: primary, replica, config }, async (from) => {
      if (from === replica) throw conflict;
      return "primary";
    });
    expect(answer).toBe("primary");
  });

  it("do not hide an error of the read itself", async () => {
    const wrong = Object.assign(new Error("column does not exist"), { code: "42703" });
    await expect(
      onReplicaOrPrimary({ db: primary, replica, config }, async () => {
        throw wrong;
      }),
    ).rejects.toBe(wrong);
  });

  it("go to the primary when the replica cannot be reached", async () => {
    await replica.close();
    expect(await readDatabase({ db: primary, replica, config })).toBe(primary);
  });
});
