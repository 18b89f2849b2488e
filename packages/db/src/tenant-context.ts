import type { Database, Queryable } from "./connection.ts";

/** The non-superuser role every application transaction runs as, so row-level security applies. */
export const appRole = "ariadne_app";

/**
 * Runs `fn` in a transaction scoped to one municipality: row-level security then hides every
 * other municipality's rows, a second wall behind the application's own checks.
 */
export function withTenant<T>(
  db: Database,
  municipalityId: string,
  fn: (tx: Queryable) => Promise<T>,
  options: { readOnly?: boolean } = {},
) {
  // Inlined (so it travels with BEGIN in one round trip), hence checked to be a plain UUID.
  if (!uuidPattern.test(municipalityId)) throw new Error("municipality id must be a UUID");
  return db.transaction(fn, {
    ...options,
    settings: { role: appRole, "app.municipality_id": municipalityId },
  });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `fn` with row-level security opened for cross-municipality work that has no tenant yet:
 * sign-in, session lookup, system administration, jobs. Keep its callers few and named.
 */
export function withSystem<T>(db: Database, fn: (tx: Queryable) => Promise<T>) {
  return db.transaction(fn, { settings: systemSettings });
}

/** Bulk-loads rows with COPY in a system transaction of its own (tables outside tenancy only). */
export function copyInAsSystem(db: Database, table: string, columns: readonly string[], rows: string) {
  return db.copyIn(table, columns, rows, systemSettings);
}

const systemSettings = { role: appRole, "app.system": "on" };
