import { randomUUID } from "node:crypto";
import { type Database, openDatabase } from "./connection.ts";
import { migrate } from "./migrate.ts";

/**
 * A fresh, empty database for one test file: in-memory PGlite by default, or a new schema-less
 * database on the PostgreSQL server named by DATABASE_URL (CI runs the suite both ways).
 */
export async function openTestDatabase(options: { migrated?: boolean } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  let db: Database;
  if (url) {
    const name = `ariadne_test_${randomUUID().replaceAll("-", "")}`;
    const admin = await openDatabase({ kind: "postgres", url });
    await admin.query(`create database ${name}`);
    await admin.close();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const inner = await openDatabase({ kind: "postgres", url: u.toString() });
    db = {
      ...inner,
      async close() {
        await inner.close();
        const again = await openDatabase({ kind: "postgres", url });
        await again.query(`drop database if exists ${name} with (force)`);
        await again.close();
      },
    };
  } else {
    db = await openDatabase({ kind: "pglite", dataDir: null });
  }
  if (options.migrated !== false) await migrate(db);
  return db;
}
