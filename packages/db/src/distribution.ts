import type { Queryable } from "./connection.ts";

/**
 * How the schema spreads over a Citus cluster when one Ariadne serves a region or a country
 * (issue 19; docs/operations.md "A national deployment"). Every table not named here is
 * distributed by `municipality_id`, so a municipality's casework lives on one worker and its
 * transactions stay on one node. distribution.test.ts checks the migrated schema against this plan.
 */

/** Small, read-mostly tables every node needs, copied to all of them (Citus reference tables). */
export const referenceTables: Readonly<Record<string, string>> = {
  municipalities: "the tenants themselves: every distributed row points at one",
  organisations: "a municipality's partner organisations, which users belong to and cases name",
  users:
    "accounts are looked up at sign-in before any municipality is known, and platform " +
    "administrators belong to none; tenant rows point at users as authors and assignees",
  regions: "groups of municipalities a regional analyst reads across; users point at them",
  region_municipalities: "which municipality is in which region, read across municipalities",
};

/**
 * Platform tables kept on the coordinator (Citus local tables added to its metadata): rows that
 * belong to no municipality or are read before one is known, or an analysis space kept apart.
 */
export const coordinatorTables: Readonly<Record<string, string>> = {
  schema_migrations: "the schema's own version",
  sessions: "looked up by token on every request, before the municipality is known",
  totp_enrolments: "part of signing in, keyed by a token like sessions",
  password_tokens: "reset and first-sign-in links, looked up by token",
  sign_in_failures: "rate limiting of sign-in by address, before any account is known",
  public_rate_limits: "rate limiting of the public pages, per address",
  idempotency_keys: "replay protection per user, including platform administrators (no municipality)",
  data_keys: "wrapped data keys per municipality and the platform's own key (no municipality)",
  audit_heads: "the heads of the audit chains, including the platform's chain",
  audit_log: "the hash-chained audit log, including platform events; one chain per municipality",
  ctdc_imports: "the CTDC analysis space, kept apart from casework",
  ctdc_records: "the CTDC analysis space, kept apart from casework",
  ctdc_import_issues: "the CTDC analysis space, kept apart from casework",
};

export const distributionColumn = "municipality_id";

/** A table and the tables its foreign keys point at. */
export interface TableLinks {
  table: string;
  references: readonly string[];
}

/**
 * The statements that distribute an Ariadne database once Citus is installed (after `migrate`).
 * Tables come referenced-first: Citus refuses a foreign key to a table it does not yet manage.
 */
export function citusSetupStatements(distributed: readonly TableLinks[]): string[] {
  const quote = (name: string) => `'${name.replaceAll("'", "''")}'`;
  const ordered = referencedFirst(distributed);
  const [anchor, ...rest] = ordered;
  return [
    "select citus_set_coordinator_host('localhost')",
    ...Object.keys(referenceTables).map((t) => `select create_reference_table(${quote(t)})`),
    ...Object.keys(coordinatorTables).map((t) => `select citus_add_local_table_to_metadata(${quote(t)})`),
    ...(anchor ? [`select create_distributed_table(${quote(anchor)}, ${quote(distributionColumn)})`] : []),
    // Colocated: a municipality's rows of every table sit on the same worker, so joins and
    // foreign keys between them never leave it.
    ...rest.map(
      (t) =>
        `select create_distributed_table(${quote(t)}, ${quote(distributionColumn)}, colocate_with => ${quote(anchor ?? t)})`,
    ),
  ];
}

/** The distributed tables of a migrated database and the tables their foreign keys point at. */
export async function distributedTableLinks(db: Queryable): Promise<TableLinks[]> {
  const rows = await db.query<{ table_name: string; refs: string[] }>(
    `select c.relname as table_name,
            array(select distinct r.relname::text from pg_constraint con join pg_class r on r.oid = con.confrelid
                   where con.conrelid = c.oid and con.contype = 'f') as refs
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by c.relname`,
  );
  return rows
    .filter((r) => !(r.table_name in referenceTables) && !(r.table_name in coordinatorTables))
    .map((r) => ({ table: r.table_name, references: r.refs }));
}

/** Topological order (referenced tables first, then by name); a cycle is an error in the plan. */
export function referencedFirst(tables: readonly TableLinks[]): string[] {
  const inPlan = new Set(tables.map((t) => t.table));
  const pending = new Map(
    tables.map((t) => [t.table, new Set(t.references.filter((r) => inPlan.has(r) && r !== t.table))]),
  );
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending]
      .filter(([, refs]) => refs.size === 0)
      .map(([t]) => t)
      .sort();
    if (ready.length === 0)
      throw new Error(`foreign keys form a cycle among: ${[...pending.keys()].join(", ")}`);
    for (const t of ready) {
      order.push(t);
      pending.delete(t);
      for (const refs of pending.values()) refs.delete(t);
    }
  }
  return order;
}
