import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "./connection.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const migrationsDir = fileURLToPath(new URL("./migrations/", import.meta.url));

/** The numbered forward-only migrations shipped with this version, in order. */
export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(dir + file, "utf8");
      return {
        version: Number.parseInt(file.slice(0, 4), 10),
        name: file.replace(/\.sql$/, ""),
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
      };
    });
}

export class MigrationError extends Error {}

export interface MigrationReport {
  applied: string[];
  version: number;
}

/**
 * Applies pending migrations in one transaction each, under an advisory lock so that two
 * server processes starting together do not race. Refuses a database from a newer version or
 * one whose applied migration differs from ours.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<MigrationReport> {
  await db.query(`create table if not exists schema_migrations (
    version int primary key, name text not null, checksum text not null,
    applied_at timestamptz not null default now())`);
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(727274)");
    const done = await tx.query<{ version: number; name: string; checksum: string }>(
      "select version, name, checksum from schema_migrations order by version",
    );
    const known = new Map(migrations.map((m) => [m.version, m]));
    for (const row of done) {
      const ours = known.get(row.version);
      if (!ours) {
        throw new MigrationError(
          `the database is at migration ${row.version} (${row.name}), newer than this version of Ariadne knows; upgrade Ariadne instead`,
        );
      }
      if (ours.checksum !== row.checksum) {
        throw new MigrationError(
          `migration ${row.name} was changed after it was applied; migrations are forward-only`,
        );
      }
    }
    const doneVersions = new Set(done.map((r) => r.version));
    for (const m of migrations) {
      if (doneVersions.has(m.version)) continue;
      await tx.execScript(m.sql);
      await tx.query("insert into schema_migrations (version, name, checksum) values ($1, $2, $3)", [
        m.version,
        m.name,
        m.checksum,
      ]);
      applied.push(m.name);
    }
  });
  return { applied, version: migrations.at(-1)?.version ?? 0 };
}
