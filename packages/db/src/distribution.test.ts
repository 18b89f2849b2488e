import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./connection.ts";
import {
  citusSetupStatements,
  coordinatorTables,
  distributedTableLinks,
  distributionColumn,
  referencedFirst,
  referenceTables,
} from "./distribution.ts";
import { openTestDatabase } from "./testing.ts";

/**
 * The migrated schema against the distribution plan (issue 19): what Citus asks of a table
 * distributed by municipality, checked on the real catalogue so that a new table or key that
 * would block distribution fails here, not on the day a region installs Citus.
 */
let db: Database;
let schema: Schema;
beforeAll(async () => {
  db = await openTestDatabase();
  schema = await readSchema(db);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

interface Schema {
  tables: Map<string, { municipalityNotNull: boolean; primaryKey: string[]; uniqueKeys: string[][] }>;
  foreignKeys: { name: string; from: string; to: string; pairs: [string, string][] }[];
}

async function readSchema(database: Database): Promise<Schema> {
  const tables = await database.query<{ name: string; mun_not_null: boolean | null }>(
    `select c.relname as name,
            (select a.attnotnull from pg_attribute a
              where a.attrelid = c.oid and a.attname = '${distributionColumn}' and not a.attisdropped) as mun_not_null
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')`,
  );
  const keys = await database.query<{ table_name: string; primary: boolean; columns: string[] }>(
    `select t.relname as table_name, i.indisprimary as primary,
            array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, n)
                    join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns
       from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and i.indisunique`,
  );
  const fks = await database.query<{ name: string; from_table: string; to_table: string; pairs: string[] }>(
    `select con.conname as name, f.relname as from_table, r.relname as to_table,
            array(select fa.attname::text || '=' || ra.attname::text
                    from unnest(con.conkey, con.confkey) k(fk, rk)
                    join pg_attribute fa on fa.attrelid = con.conrelid and fa.attnum = k.fk
                    join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.rk) as pairs
       from pg_constraint con join pg_class f on f.oid = con.conrelid join pg_class r on r.oid = con.confrelid
       join pg_namespace n on n.oid = con.connamespace
      where n.nspname = 'public' and con.contype = 'f'`,
  );
  const result: Schema = { tables: new Map(), foreignKeys: [] };
  for (const t of tables) {
    result.tables.set(t.name, {
      municipalityNotNull: t.mun_not_null === true,
      primaryKey: [],
      uniqueKeys: [],
    });
  }
  for (const k of keys) {
    const table = result.tables.get(k.table_name);
    if (!table) continue;
    if (k.primary) table.primaryKey = k.columns;
    table.uniqueKeys.push(k.columns);
  }
  for (const fk of fks) {
    result.foreignKeys.push({
      name: fk.name,
      from: fk.from_table,
      to: fk.to_table,
      pairs: fk.pairs.map((p) => p.split("=") as [string, string]),
    });
  }
  return result;
}

type Kind = "distributed" | "reference" | "coordinator";
function kindOf(table: string): Kind {
  if (table in referenceTables) return "reference";
  if (table in coordinatorTables) return "coordinator";
  return "distributed";
}
const distributedTables = () => [...schema.tables.keys()].filter((t) => kindOf(t) === "distributed").sort();

describe("the schema can be distributed by municipality (Citus)", () => {
  it("names only tables that exist, and finds the tenant tables distributed", () => {
    const names = new Set(schema.tables.keys());
    expect(
      [...Object.keys(referenceTables), ...Object.keys(coordinatorTables)].filter((t) => !names.has(t)),
    ).toEqual([]);
    // The heart of casework must be among them, or the plan has gone wrong.
    expect(distributedTables()).toEqual(
      expect.arrayContaining(["cases", "persons", "referrals", "case_timeline"]),
    );
  });

  it("gives every distributed table a not-null municipality_id (a table that has none must be placed in the plan)", () => {
    const missing = distributedTables().filter((t) => !schema.tables.get(t)?.municipalityNotNull);
    expect(missing).toEqual([]);
  });

  it("keeps municipality_id in every distributed table's primary key and unique keys", () => {
    const wrong: string[] = [];
    for (const t of distributedTables()) {
      const table = schema.tables.get(t);
      if (!table) continue;
      if (!table.primaryKey.includes(distributionColumn))
        wrong.push(`${t}: primary key (${table.primaryKey.join(", ")})`);
      for (const key of table.uniqueKeys) {
        if (!key.includes(distributionColumn)) wrong.push(`${t}: unique key (${key.join(", ")})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("joins every foreign key between distributed tables on municipality_id, and points no other table at them", () => {
    const wrong: string[] = [];
    for (const fk of schema.foreignKeys) {
      const from = kindOf(fk.from);
      const to = kindOf(fk.to);
      if (to === "distributed") {
        if (from !== "distributed") wrong.push(`${fk.name}: a ${from} table points at distributed ${fk.to}`);
        else if (!fk.pairs.some(([a, b]) => a === distributionColumn && b === distributionColumn)) {
          wrong.push(`${fk.name}: (${fk.pairs.map(([a]) => a).join(", ")}) leaves out ${distributionColumn}`);
        }
      }
      if (from === "reference" && to !== "reference")
        wrong.push(`${fk.name}: reference ${fk.from} points at ${to} ${fk.to}`);
      if (from === "distributed" && to === "coordinator")
        wrong.push(`${fk.name}: distributed ${fk.from} points at the coordinator`);
    }
    expect(wrong).toEqual([]);
  });

  it("writes the Citus statements referenced tables first, every distributed table once, colocated", async () => {
    const links = await distributedTableLinks(db);
    expect(links.map((l) => l.table)).toEqual(distributedTables());
    const statements = citusSetupStatements(links);
    const distributedOrder = statements
      .filter((s) => s.includes("create_distributed_table"))
      .map((s) => /create_distributed_table\('([a-z_]+)'/.exec(s)?.[1]);
    expect([...distributedOrder].sort()).toEqual(distributedTables());
    for (const fk of schema.foreignKeys.filter(
      (f) => kindOf(f.from) === "distributed" && kindOf(f.to) === "distributed",
    )) {
      if (fk.from === fk.to) continue;
      expect(distributedOrder.indexOf(fk.to), `${fk.to} before ${fk.from}`).toBeLessThan(
        distributedOrder.indexOf(fk.from),
      );
    }
    expect(statements.filter((s) => s.includes("colocate_with")).length).toBe(distributedTables().length - 1);
  });
});

describe("referencedFirst", () => {
  it("orders referenced tables first and refuses a cycle", () => {
    expect(
      referencedFirst([
        { table: "c", references: ["b"] },
        { table: "b", references: ["a", "users"] },
        { table: "a", references: [] },
      ]),
    ).toEqual(["a", "b", "c"]);
    expect(() =>
      referencedFirst([
        { table: "a", references: ["b"] },
        { table: "b", references: ["a"] },
      ]),
    ).toThrow(/cycle among: a, b/);
  });
});
