import { randomBytes } from "node:crypto";
import { type Database, dumpDatabase, restoreDatabase, withSystem } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../audit/index.ts";
import { Keyring, masterKeyFrom } from "../crypto/index.ts";
import { seedDemoStatistics } from "../stats/seed-demo-statistics.ts";
import { seedDemo } from "./seed-demo.ts";

let source: Database;
let target: Database;
const keyring = new Keyring(masterKeyFrom(randomBytes(32)));

beforeAll(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
  const seed = await seedDemo(source, keyring);
  await seedDemoStatistics(source, seed.municipalityId, { count: 60, years: [2024] });
});
afterAll(async () => {
  await source.close();
  await target.close();
});

async function dumpRows(db: Database): Promise<string[]> {
  const lines: string[] = [];
  await dumpDatabase(db, (l) => {
    lines.push(l);
  });
  return lines.slice(1); // without the header, which carries the time of the dump
}

describe("backup and restore", () => {
  it("restores a dump into an empty database, row for row, with the audit chain intact", async () => {
    const before = await dumpRows(source);
    const lines: string[] = [];
    await dumpDatabase(source, (l) => {
      lines.push(l);
    });
    const header = await restoreDatabase(target, lines);
    // The demo's two persons and the 60 anonymised ones behind the statistics.
    expect(header.tables.find((t) => t.name === "persons")?.rows).toBe(62);
    expect(await dumpRows(target)).toEqual(before);
    const report = await withSystem(target, (tx) => verifyAuditChains(tx));
    expect(report.ok).toBe(true);
    expect(report.entries).toBeGreaterThan(0);
    // The restored data decrypts with the same master key.
    const [row] = await target.query<{ given_name_enc: string; municipality_id: string }>(
      "select given_name_enc, municipality_id from persons where case_code = 'DEMO-0001'",
    );
    const cipher = await withSystem(target, (tx) => keyring.cipherFor(tx, row!.municipality_id));
    expect(cipher.decrypt("persons.given_name", row!.given_name_enc)).toBe("Marija");
    // The statistics' counts are not in the file: the restore's inserts rebuild them (migration 0085).
    const counts = (db: Database) =>
      withSystem(db, (tx) =>
        tx.query(
          "select * from case_stat_counts where count > 0 order by municipality_id, year, form, dimension, value",
        ),
      );
    expect(header.tables.filter((t) => ["case_stat_facts", "case_stat_counts"].includes(t.name))).toEqual([]);
    expect((await counts(source)).length).toBeGreaterThan(0);
    expect(await counts(target)).toEqual(await counts(source));
  });

  it("refuses to restore into a database that holds data, changing nothing", async () => {
    const lines: string[] = [];
    await dumpDatabase(source, (l) => {
      lines.push(l);
    });
    const before = await dumpRows(target);
    await expect(restoreDatabase(target, lines)).rejects.toThrow(/empty database/);
    expect(await dumpRows(target)).toEqual(before);
  });

  it("refuses a backup taken with a different set of migrations", async () => {
    const lines: string[] = [];
    await dumpDatabase(source, (l) => {
      lines.push(l);
    });
    const header = JSON.parse(lines[0]!);
    header.migrations = header.migrations.slice(0, 1);
    const empty = await openTestDatabase();
    await expect(restoreDatabase(empty, [JSON.stringify(header), ...lines.slice(1)])).rejects.toThrow(
      /migrations/,
    );
    await empty.close();
  });

  it("refuses a file that is not a backup", async () => {
    const empty = await openTestDatabase();
    await expect(restoreDatabase(empty, ['{"hello": "world"}'])).rejects.toThrow(/not an Ariadne backup/);
    await empty.close();
  });
});
