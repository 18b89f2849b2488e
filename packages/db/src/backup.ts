import type { Database, Queryable } from "./connection.ts";
import { loadMigrations } from "./migrate.ts";

/** Sessions, enrolments and throttling counters are transient: a restore starts with none. */
const transientTables = new Set([
  "schema_migrations",
  "sessions",
  "totp_enrolments",
  "sign_in_failures",
  "password_tokens",
]);
/** Kept by triggers from other tables (migration 0085): a restore rebuilds them as it inserts. */
const derivedTables = new Set(["case_stat_facts", "case_stat_counts"]);
const batchSize = 500;

export interface BackupHeader {
  format: "ariadne-backup";
  formatVersion: 1;
  schemaVersion: number;
  /** Every applied migration: a restore needs exactly the same set, not just the same newest one. */
  migrations: number[];
  createdAt: string;
  tables: { name: string; rows: number }[];
}

export class BackupError extends Error {}

async function openRls(tx: Queryable) {
  // A non-superuser owner is subject to forced row-level security; the backup needs every row.
  await tx.query("select set_config('app.system', 'on', true)");
}

/** Tables in an order where every foreign key points backwards, so a restore can insert in order. */
async function tablesInDependencyOrder(tx: Queryable): Promise<string[]> {
  const tables = (
    await tx.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
    )
  )
    .map((t) => t.name)
    .filter((t) => !transientTables.has(t) && !derivedTables.has(t));
  const deps = await tx.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f' and n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent, path);
    if (tables.includes(t)) ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/**
 * Writes a consistent logical dump (one snapshot, repeatable read) as JSON lines: a header,
 * then one line per row. Encrypted fields stay encrypted; the master key is not in the dump.
 */
export async function dumpDatabase(
  db: Database,
  write: (line: string) => void | Promise<void>,
): Promise<BackupHeader> {
  return db.transaction(
    async (tx) => {
      await openRls(tx);
      const tables = await tablesInDependencyOrder(tx);
      const applied = (
        await tx.query<{ v: number }>("select version as v from schema_migrations order by version")
      ).map((r) => r.v);
      const counts: { name: string; rows: number }[] = [];
      for (const t of tables) {
        const [c] = await tx.query<{ n: number }>(`select count(*)::int as n from ${t}`);
        counts.push({ name: t, rows: c!.n });
      }
      const header: BackupHeader = {
        format: "ariadne-backup",
        formatVersion: 1,
        schemaVersion: applied.at(-1) ?? 0,
        migrations: applied,
        createdAt: new Date().toISOString(),
        tables: counts,
      };
      await write(JSON.stringify(header));
      for (const t of tables) {
        const rows = await tx.query<{ j: string }>(`select row_to_json(x)::text as j from ${t} x order by 1`);
        for (const r of rows) await write(`{"table":${JSON.stringify(t)},"row":${r.j}}`);
      }
      return header;
    },
    { isolation: "repeatable read" },
  );
}

/**
 * Restores a dump into an empty database migrated to the same schema version, in one
 * transaction: either everything is restored or nothing is.
 */
export async function restoreDatabase(
  db: Database,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<BackupHeader> {
  return db.transaction(async (tx) => {
    await openRls(tx);
    let header: BackupHeader | null = null;
    let table = "";
    let batch: unknown[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await tx.query(`insert into ${table} select * from json_populate_recordset(null::${table}, $1::json)`, [
        JSON.stringify(batch),
      ]);
      batch = [];
    };
    let known: string[] = [];
    for await (const raw of lines) {
      if (!raw.trim()) continue;
      const line = JSON.parse(raw) as { table?: string; row?: unknown } & Partial<BackupHeader>;
      if (!header) {
        if (line.format !== "ariadne-backup" || line.formatVersion !== 1)
          throw new BackupError("not an Ariadne backup file");
        const ours = loadMigrations().map((m) => m.version);
        const theirs = line.migrations ?? [];
        if (theirs.join(",") !== ours.join(",")) {
          throw new BackupError(
            `the backup's migrations (${theirs.join(", ")}) differ from this Ariadne's (${ours.join(", ")})`,
          );
        }
        const [m] = await tx.query<{ n: number }>("select count(*)::int as n from municipalities");
        if (m!.n > 0)
          throw new BackupError("restore needs an empty database; this one already holds municipalities");
        known = await tablesInDependencyOrder(tx);
        // The migration's genesis head for the system chain is replaced by the backup's own.
        await tx.query("delete from audit_heads");
        header = line as BackupHeader;
        continue;
      }
      if (!line.table || !known.includes(line.table))
        throw new BackupError(`unknown table in backup: ${line.table}`);
      if (line.table !== table) {
        await flush();
        table = line.table;
      }
      batch.push(line.row);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    if (!header) throw new BackupError("the backup file is empty");
    const serials = await tx.query<{ t: string; c: string }>(
      `select table_name as t, column_name as c from information_schema.columns
       where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    for (const s of serials) {
      await tx.query(
        `select setval(pg_get_serial_sequence('${s.t}', '${s.c}'), coalesce((select max(${s.c}) from ${s.t}), 0) + 1, false)`,
      );
    }
    return header;
  });
}
