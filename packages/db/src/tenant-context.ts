import type { Database, Queryable } from "./connection.ts";

/** The non-superuser role every application transaction runs as, so row-level security applies. */
export const appRole = "ariadne_app";

/**
 * Runs `fn` in a transaction scoped to one municipality: row-level security then hides every
 * other municipality's rows, a second wall behind the application's own checks.
 */
export function withTenant<T>(db: Database, municipalityId: string, fn: (tx: Queryable) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('role', $1, true), set_config('app.municipality_id', $2, true)", [
      appRole,
      municipalityId,
    ]);
    return fn(tx);
  });
}

/**
 * Runs `fn` with row-level security opened for cross-municipality work that has no tenant yet:
 * sign-in, session lookup, system administration, jobs. Keep its callers few and named.
 */
export function withSystem<T>(db: Database, fn: (tx: Queryable) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('role', $1, true), set_config('app.system', 'on', true)", [appRole]);
    return fn(tx);
  });
}
