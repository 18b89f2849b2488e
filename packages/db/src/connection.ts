import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** The one query surface the rest of the system sees, whichever PostgreSQL runs underneath. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations, restores). */
  execScript(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `fn` in one transaction; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
  /** The database's own bytes: PGlite's data directory, or pg_dump's output for a server. */
  rawDump(): Promise<Buffer>;
}

export interface TransactionOptions {
  isolation?: "repeatable read";
  /** Parameterless statements run first, sent with BEGIN in one round trip where the driver allows. */
  setup?: string;
}

export type DatabaseTarget = { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const wrap = (q: Pick<PGlite, "query" | "exec">): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const res = await q.query<T>(sql, params as unknown[]);
      return res.rows;
    },
    async execScript(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: "pglite",
    ...wrap(db),
    async transaction(fn, options) {
      return db.transaction(async (tx) => {
        if (options?.isolation) await tx.query(`set transaction isolation level ${options.isolation}`);
        if (options?.setup) await tx.exec(options.setup);
        return fn(wrap(tx));
      });
    },
    async close() {
      await db.close();
    },
    async rawDump() {
      await db.query("checkpoint");
      const file = await db.dumpDataDir("none");
      return Buffer.from(await file.arrayBuffer());
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  // bigint (int8) as JS string is pg's default; counts are small, so parse them as numbers.
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do per request.
  });
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const res = await q.query(sql, params as unknown[]);
      return res.rows as T[];
    },
    async execScript(sql: string) {
      await q.query(sql);
    },
  });
  await pool.query("select 1");
  return {
    kind: "postgres",
    ...wrap(pool),
    async transaction(fn, options) {
      const client = await pool.connect();
      try {
        const begin = options?.isolation ? `begin isolation level ${options.isolation}` : "begin";
        await client.query(options?.setup ? `${begin}; ${options.setup}` : begin);
        const result = await fn(wrap(client));
        await client.query("commit");
        return result;
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
    async rawDump() {
      const { execFileSync } = await import("node:child_process");
      return execFileSync("pg_dump", ["--no-owner", url], { maxBuffer: 512 * 1024 * 1024 });
    },
  };
}
