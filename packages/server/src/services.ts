import type { Database } from "@ariadne/db";
import type { ReadAuditWriter } from "./audit/read-audit-writer.ts";
import type { Config } from "./config.ts";
import type { Keyring } from "./crypto/index.ts";

/** What every route module receives: no global state, so several server processes can share a database. */
export interface Services {
  db: Database;
  keyring: Keyring;
  config: Pick<Config, "sessionIdleMinutes" | "sessionMaxHours" | "trustProxy" | "webDist"> &
    Partial<
      Pick<
        Config,
        | "tileUrl"
        | "publicUrl"
        | "smtp"
        | "minCellSize"
        | "databaseReplicaMaxLagSeconds"
        | "roundingBase"
        | "accessibilityStatement"
      >
    >;
  /** A read replica for statistics (DATABASE_REPLICA_URL); casework always uses `db`. */
  replica?: Database | undefined;
  /** Group-committed audit entries for reads; made by `buildApp` for its database. */
  readAudits: ReadAuditWriter;
}
