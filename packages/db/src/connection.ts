import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { coalescedWrites } from "./coalesced-writes.ts";
import { listenPostgres } from "./pg-listener.ts";
import { PreludedQuery } from "./preluded-query.ts";
import { readLanes } from "./read-lanes.ts";
import { classifyDatabaseError } from "./unavailable.ts";

/** The one query surface the rest of the system sees, whichever PostgreSQL runs underneath. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations, restores). */
  execScript(sql: string): Promise<void>;
  /**
   * Sends a statement whose rows nobody reads, without waiting for its answer; only inside a
   * transaction. On PostgreSQL it travels in the round trip of the next statement (the audit entry
   * with COMMIT). If it fails, the transaction rolls back and `transaction` throws its error.
   */
  send(sql: string, params?: readonly unknown[]): void;
}

/** A failed sent statement explains what followed it ("current transaction is aborted"). */
async function firstFailure(sent: Promise<unknown>[], otherwise: unknown): Promise<unknown> {
  const failed = (await Promise.allSettled(sent)).find((a) => a.status === "rejected");
  return failed ? failed.reason : otherwise;
}

/**
 * One statement making the settings local to the transaction. Inlined rather than bound, so that
 * it can travel with BEGIN in a simple query; hence names and values are checked to be plain.
 */
function settingsStatement(settings: Record<string, string>): string | null {
  const pairs = Object.entries(settings).map(([name, value]) => {
    if (!/^[a-z_]+(\.[a-z_]+)?$/.test(name)) throw new Error(`not a setting name: ${name}`);
    if (!/^[A-Za-z0-9_.:-]*$/.test(value)) throw new Error(`not a plain setting value for ${name}`);
    return `set_config('${name}', '${value}', true)`;
  });
  return pairs.length ? `select ${pairs.join(", ")}` : null;
}

const readOnlyRefuses = () => {
  throw new Error("a read-only transaction runs single statements only");
};

const outsideTransaction = () => {
  throw new Error("send() works only inside a transaction, whose end reports its outcome");
};

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `fn` in one transaction; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Calls `onMessage` with each notification's payload on `channel`, after the notifying
   * transaction commits. `onStatus` reports whether notifications can arrive: while it is false
   * some may be lost (PostgreSQL reconnects by itself, with back-off). Resolves, after the first
   * attempt to listen, to the function that stops listening.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onStatus: (connected: boolean) => void,
    options?: ListenOptions,
  ): Promise<() => Promise<void>>;
  /**
   * Loads rows into a table with COPY, in a transaction of its own with the given settings (role,
   * tenant): several times faster than INSERT for bulk loads such as imports. `rows` is COPY's text
   * format (see copy-text.ts). Only for tables outside row-level security: PostgreSQL refuses COPY
   * into them for the application's role, and PGlite, which copies as its one (super)user because a
   * file COPY needs that privilege, refuses them here.
   */
  copyIn(
    table: string,
    columns: readonly string[],
    rows: string,
    settings?: Record<string, string>,
  ): Promise<void>;
  close(): Promise<void>;
  /** The database's own bytes: PGlite's data directory, or pg_dump's output for a server. */
  rawDump(): Promise<Buffer>;
}

export interface ListenOptions {
  /** PostgreSQL: how often the connection is asked to answer, and how long it may take (10 s). */
  heartbeatMs?: number;
}

export interface TransactionOptions {
  isolation?: "repeatable read";
  /** The work only reads: PostgreSQL refuses any write in it. */
  readOnly?: boolean;
  /** Settings local to the transaction (role, tenant), made with its first message. */
  settings?: Record<string, string>;
}

/** COPY's statement for a plain table and its columns (names are checked: they are inlined). */
function copyStatement(table: string, columns: readonly string[], source: string): string {
  for (const name of [table, ...columns]) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  }
  return `copy ${table} (${columns.join(", ")}) from ${source}`;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null }
  | {
      kind: "postgres";
      url: string;
      poolSize?: number | undefined;
      /** How long a statement waits for a free connection (or a new one) before failing as unavailable. */
      acquireTimeoutMs?: number | undefined;
    };

// Channels are identifiers, written into LISTEN's text; accept only plain lower-case names.
function checkChannel(channel: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
}

/** The stop functions of a database's listeners, so that `close()` ends them rather than hanging. */
function listenerRegistry() {
  const stops = new Set<() => Promise<void>>();
  return {
    add(stop: () => Promise<void>): () => Promise<void> {
      const once = async () => {
        if (!stops.delete(once)) return;
        await stop();
      };
      stops.add(once);
      return once;
    },
    async stopAll() {
      await Promise.all([...stops].map((stop) => stop()));
    },
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite"
    ? openPglite(target.dataDir)
    : openPostgres(target.url, target.poolSize, target.acquireTimeoutMs);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const wrap = (q: Pick<PGlite, "query" | "exec">): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const res = await q.query<T>(sql, params as unknown[]);
        return res.rows;
      } catch (err) {
        throw classifyDatabaseError(err);
      }
    },
    async execScript(sql: string) {
      try {
        await q.exec(sql);
      } catch (err) {
        throw classifyDatabaseError(err);
      }
    },
    send: outsideTransaction,
  });
  const listeners = listenerRegistry();
  return {
    kind: "pglite",
    ...wrap(db),
    async listen(channel, onMessage, onStatus) {
      checkChannel(channel);
      // In-process: no connection to lose, so it is listening for as long as it is subscribed.
      const unsubscribe = await db.listen(channel, onMessage);
      onStatus(true);
      return listeners.add(() => unsubscribe());
    },
    async transaction(fn, options) {
      return db
        .transaction(async (tx) => {
          if (options?.isolation) await tx.query(`set transaction isolation level ${options.isolation}`);
          if (options?.readOnly) await tx.query("set transaction read only");
          const set = settingsStatement(options?.settings ?? {});
          if (set) await tx.exec(set);
          // In-process: nothing to save by not waiting, so a sent statement is awaited before COMMIT.
          const sent: Promise<unknown>[] = [];
          try {
            const inTx = wrap(tx);
            const result = await fn(
              options?.readOnly
                ? { query: inTx.query, execScript: readOnlyRefuses, send: readOnlyRefuses }
                : {
                    ...inTx,
                    send(sql, params = []) {
                      const answer = tx.query(sql, params as unknown[]);
                      answer.catch(() => undefined); // awaited below
                      sent.push(answer);
                    },
                  },
            );
            await Promise.all(sent);
            return result;
          } catch (err) {
            throw await firstFailure(sent, err);
          }
        })
        .catch((err: unknown) => {
          throw classifyDatabaseError(err);
        });
    },
    async copyIn(table, columns, rows, settings = {}) {
      const sql = copyStatement(table, columns, "'/dev/blob'");
      const [guarded] = await db
        .query<{ rls: boolean }>("select relrowsecurity as rls from pg_class where oid = to_regclass($1)", [
          table,
        ])
        .then((r) => r.rows);
      if (!guarded || guarded.rls)
        throw new Error(`copyIn: ${table} is not a table outside row-level security`);
      const { role: _superuserCopies, ...rest } = settings;
      await db
        .transaction(async (tx) => {
          const set = settingsStatement(rest);
          if (set) await tx.exec(set);
          await tx.query(sql, [], { blob: new Blob([rows]) });
        })
        .catch((err: unknown) => {
          throw classifyDatabaseError(err);
        });
    },
    async close() {
      await listeners.stopAll();
      await db.close();
    },
    async rawDump() {
      await db.query("checkpoint");
      const file = await db.dumpDataDir("none");
      return Buffer.from(await file.arrayBuffer());
    },
  };
}

// Named statements are parsed and planned once per connection instead of on every call: the
// audited read path sends four statements per request, and parsing them was a large share of the
// server's CPU under load. Bounded, because a few queries build their text from filters.
const preparedNames = new Map<string, string>();
const maxPreparedStatements = 2000;
function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < maxPreparedStatements) {
    name = `q_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`;
    preparedNames.set(sql, name);
  }
  return name;
}

// A checked-out client is without the pool's error listener; a connection lost while it runs a
// statement would emit an unhandled 'error' and end the process. The statement's own promise
// carries the error to the request, and the pool discards the client when it comes back.
const guarded = new WeakSet<pg.PoolClient>();
function guard(client: pg.PoolClient): pg.PoolClient {
  if (!guarded.has(client)) {
    guarded.add(client);
    client.on("error", () => undefined);
  }
  return client;
}

async function openPostgres(url: string, poolSize = 10, acquireTimeoutMs = 5000): Promise<Database> {
  // bigint (int8) as JS string is pg's default; counts are small, so parse them as numbers.
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  // A quarter of the connections are read lanes, each shared by many requests' reads (read-lanes.ts);
  // the rest serve transactions, and reads while the lanes are busy. Below four, all are the pool's.
  const laneCount = Math.floor(poolSize / 4);
  const lanes = readLanes({ url, count: laneCount, connectTimeoutMs: acquireTimeoutMs, busyMs: 50 });
  // Pipelined clients send a statement without waiting for the one before to answer: BEGIN rides
  // with a transaction's first statement and COMMIT with its audit entry (see `send`).
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize - laneCount,
    pipeline: true,
    // Bounds both the wait for a free connection and a new connection's set-up: while the server
    // is down or restarting, requests fail in this time rather than queue without end.
    connectionTimeoutMillis: acquireTimeoutMs,
  });
  const connect = () =>
    pool.connect().then(guard, (err: unknown) => {
      throw classifyDatabaseError(err);
    });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do per request.
  });
  const run = (q: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[]) => {
    const values = params as unknown[];
    const name = params.length > 0 ? preparedName(sql) : undefined;
    return q.query(name ? { name, text: sql, values } : { text: sql, values });
  };
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await run(q, sql, params)).rows as T[];
      } catch (err) {
        throw classifyDatabaseError(err);
      }
    },
    async execScript(sql: string) {
      try {
        await q.query(sql);
      } catch (err) {
        throw classifyDatabaseError(err);
      }
    },
    send: outsideTransaction,
  });
  await pool.query("select 1");
  const listeners = listenerRegistry();
  // COPY keeps the connection in a mode of its own across round trips, which a pipelined client
  // refuses: bulk loads get a small pool of plain clients, opened on first use.
  let copyPool: pg.Pool | null = null;
  // Reads at READ COMMITTED take a snapshot per statement, inside a transaction or not; so each
  // statement runs with the settings before it in one implicit transaction (see PreludedQuery).
  const statement = (text: string) => ({ name: preparedName(text) ?? "", text });
  const readOnly = <T>(fn: (tx: Queryable) => Promise<T>, settings: Record<string, string>) => {
    const preludes = [statement(settingsStatement({ transaction_read_only: "on", ...settings })!)];
    return fn({
      query<R>(sql: string, params: readonly unknown[] = []) {
        return new Promise<R[]>((resolve, reject) => {
          // The read, answering once `settle` has given its connection back (lane or pool).
          const read = (settle: () => void) =>
            new PreludedQuery(preludes, statement(sql), params as unknown[], (err, result) => {
              settle();
              if (err) reject(classifyDatabaseError(err));
              else resolve(result.rows as R[]);
            }) as unknown as pg.QueryConfig;
          const lane = lanes.pick();
          if (lane) {
            lane.run(read).catch((err: unknown) => reject(classifyDatabaseError(err)));
            return;
          }
          connect().then((client) => {
            client.query(read(() => client.release()));
          }, reject);
        });
      },
      execScript: readOnlyRefuses,
      send: readOnlyRefuses,
    });
  };
  return {
    kind: "postgres",
    ...wrap(pool),
    async listen(channel, onMessage, onStatus, options) {
      checkChannel(channel);
      const heartbeatMs = options?.heartbeatMs ?? 10_000;
      return listeners.add(await listenPostgres(url, channel, onMessage, onStatus, heartbeatMs));
    },
    async transaction(fn, options) {
      if (options?.readOnly && !options.isolation) return readOnly(fn, options.settings ?? {});
      const client = await connect();
      const writes = coalescedWrites(client);
      const sent: Promise<unknown>[] = [];
      const tx: Queryable = {
        ...wrap(client),
        send(sql, params = []) {
          writes.hold();
          const answer = run(client, sql, params);
          answer.catch(() => undefined); // awaited at the end of the transaction
          sent.push(answer);
        },
      };
      try {
        const modes = [
          options?.isolation ? `isolation level ${options.isolation}` : "",
          options?.readOnly ? "read only" : "",
        ];
        const begin = ["begin", ...modes].filter(Boolean).join(" ");
        const set = settingsStatement(options?.settings ?? {});
        tx.send(set ? `${begin}; ${set}` : begin);
        const running = fn(tx); // its first statement is written here, with BEGIN
        writes.release();
        const result = await running;
        const committing = client.query("commit");
        writes.release();
        const commit = await committing;
        await Promise.all(sent); // a sent statement's failure surfaces here
        // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK; never report success then.
        if (commit.command !== "COMMIT") throw new Error(`transaction ended with ${commit.command}`);
        return result;
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw classifyDatabaseError(await firstFailure(sent, err));
      } finally {
        client.release();
      }
    },
    async copyIn(table, columns, rows, settings = {}) {
      const sql = copyStatement(table, columns, "stdin");
      if (!copyPool) {
        copyPool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: acquireTimeoutMs });
        copyPool.on("error", () => undefined);
      }
      const client = await copyPool.connect().then(guard, (err: unknown) => {
        throw classifyDatabaseError(err);
      });
      try {
        const set = settingsStatement(settings);
        await client.query(set ? `begin; ${set}` : "begin");
        await pipeline(Readable.from([rows]), client.query(copyStreams.from(sql)));
        await client.query("commit");
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw classifyDatabaseError(err);
      } finally {
        client.release();
      }
    },
    async close() {
      await listeners.stopAll();
      await lanes.close();
      await pool.end();
      await copyPool?.end();
    },
    async rawDump() {
      const { execFileSync } = await import("node:child_process");
      return execFileSync("pg_dump", ["--no-owner", url], { maxBuffer: 512 * 1024 * 1024 });
    },
  };
}
