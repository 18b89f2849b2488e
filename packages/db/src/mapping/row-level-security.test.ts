import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../connection.ts";
import { withSystem, withTenant } from "../tenant-context.ts";
import { openTestDatabase } from "../testing.ts";
import { insertMappingEntry, listMappingEntries } from "./entries.ts";

const tables = [
  "municipality_boundaries",
  "mapping_entries",
  "priority_weights",
  "priorities",
  "action_points",
  "self_assessments",
  "partnerships",
];

let db: Database;
const a = randomUUID();
const b = randomUUID();

beforeAll(async () => {
  db = await openTestDatabase();
  await withSystem(db, async (tx) => {
    for (const [id, name] of [
      [a, "A"],
      [b, "B"],
    ]) {
      await tx.query("insert into municipalities (id, name, country) values ($1, $2, 'FI')", [id, name]);
    }
  });
  for (const m of [a, b]) {
    await withTenant(db, m, (tx) =>
      insertMappingEntry(tx, {
        id: randomUUID(),
        municipalityId: m,
        createdBy: null,
        title: `Entry of ${m === a ? "A" : "B"}`,
        details: { kind: "location", sector: "cleaning", geometry: null, signals: [], forms: [] },
        source: { kind: "research", date: "2026-01-01" },
      }),
    );
  }
});
afterAll(async () => {
  await db.close();
});

describe("row-level security on the mapping and planning tables", () => {
  it("is enabled and forced, with the tenant policy, on every table", async () => {
    const rows = await db.query<{ relname: string; enabled: boolean; forced: boolean; policies: number }>(
      `select c.relname, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
         (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant') as policies
       from pg_class c where c.relname = any($1::text[]) order by c.relname`,
      [`{${tables.join(",")}}`],
    );
    expect(rows.map((r) => r.relname).sort()).toEqual([...tables].sort());
    for (const r of rows)
      expect([r.relname, r.enabled, r.forced, r.policies]).toEqual([r.relname, true, true, 1]);
  });

  it("shows a municipality only its own entries, even to a query that asks for all", async () => {
    const seen = await withTenant(db, a, (tx) =>
      tx.query<{ title: string }>("select title from mapping_entries"),
    );
    expect(seen.map((r) => r.title)).toEqual(["Entry of A"]);
    expect((await withTenant(db, a, (tx) => listMappingEntries(tx, b))).length).toBe(0);
  });

  it("refuses to write a row into another municipality", async () => {
    await expect(
      withTenant(db, a, (tx) =>
        tx.query(
          `insert into action_points (id, municipality_id, chapter, title) values ($1, $2, 'mapping', 'X')`,
          [randomUUID(), b],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("grants the application role no delete: records are archived, never removed", async () => {
    await expect(withTenant(db, a, (tx) => tx.query("delete from mapping_entries"))).rejects.toThrow(
      /permission denied/,
    );
  });
});
