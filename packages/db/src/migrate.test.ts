import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "./connection.ts";
import { loadMigrations, MigrationError, migrate } from "./migrate.ts";
import { openTestDatabase } from "./testing.ts";

let db: Database;
afterEach(async () => {
  await db?.close();
});

describe("migrate", () => {
  it("applies every migration once and is idempotent", async () => {
    db = await openTestDatabase({ migrated: false });
    const first = await migrate(db);
    expect(first.applied.length).toBe(loadMigrations().length);
    const second = await migrate(db);
    expect(second.applied).toEqual([]);
  });

  it("refuses a database from a newer version", async () => {
    db = await openTestDatabase({ migrated: true });
    await db.query(
      "insert into schema_migrations (version, name, checksum) values (9999, '9999_future', 'x')",
    );
    await expect(migrate(db)).rejects.toThrow(MigrationError);
    await expect(migrate(db)).rejects.toThrow(/newer than this version/);
  });

  it("refuses an applied migration whose text changed", async () => {
    db = await openTestDatabase({ migrated: true });
    await db.query("update schema_migrations set checksum = 'tampered' where version = 1");
    await expect(migrate(db)).rejects.toThrow(/changed after it was applied/);
  });
});
