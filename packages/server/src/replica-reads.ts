import { type Database, DatabaseUnavailableError } from "@ariadne/db";
import { defaultReplicaMaxLagSeconds } from "./config.ts";

/**
 * How far the replica is behind, in seconds: 0 when it has replayed everything it received (or is
 * not a standby at all), else the age of the last transaction it replayed. The age alone would
 * call an idle, fully caught-up standby late.
 */
const lagQuery = `select (case
  when not pg_is_in_recovery() or pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 1e9)
end)::float8 as lag`;

// A replica that takes longer than this to say how late it is would slow the read it should speed.
const lagCheckTimeoutMs = 2000;

/** What choosing needs: the two databases and the allowed lag (part of `Services`). */
interface ReadServices {
  db: Database;
  replica?: Database | undefined;
  config: { databaseReplicaMaxLagSeconds?: number | undefined };
}

/** The replica while it answers and is at most the configured lag behind; otherwise the primary. */
export async function readDatabase(s: ReadServices): Promise<Database> {
  if (!s.replica) return s.db;
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("replica lag check timed out")), lagCheckTimeoutMs);
    });
    const [row] = await Promise.race([s.replica.query<{ lag: number }>(lagQuery), late]);
    if (row && row.lag <= (s.config.databaseReplicaMaxLagSeconds ?? defaultReplicaMaxLagSeconds))
      return s.replica;
  } catch {
    // Down, unreachable or too slow: the primary answers, and the next read asks the replica again.
  } finally {
    clearTimeout(timer);
  }
  return s.db;
}

/** The standby cancelled the read because replaying the primary's changes needed its rows gone. */
const isRecoveryConflict = (err: unknown) => (err as { code?: unknown } | null)?.code === "40001";

/**
 * Runs a read-only, non-personal read on the replica when it is fit (`readDatabase`), and on the
 * primary when it is not, or when the replica fails mid-read: a lost connection, or a read the
 * standby cancelled in a conflict with recovery.
 */
export async function onReplicaOrPrimary<T>(
  s: ReadServices,
  read: (from: Database) => Promise<T>,
): Promise<T> {
  const from = await readDatabase(s);
  if (from === s.db) return read(s.db);
  try {
    return await read(from);
  } catch (err) {
    if (err instanceof DatabaseUnavailableError || isRecoveryConflict(err)) return read(s.db);
    throw err;
  }
}
