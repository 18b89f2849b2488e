import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may see statistics, one rule a line. Every route here answers with disclosure-controlled
 * aggregates only (controlled-read.ts); no route of this module returns a case or a person's
 * identity. The HTCDS export's de-identified, k-anonymised records are the one person-level answer.
 */
export const statsPolicy = {
  read: (a: Actor) => requirePermission(a, "stats:read"),
  /**
   * Person-level records (the HTCDS export) leave the case team: only a role that reads statistics
   * and reviews cases (the coordinator), never the analyst, who sees aggregates only.
   */
  personExport: (a: Actor) => {
    requirePermission(a, "stats:read");
    requirePermission(a, "cases:review");
  },
  /** A region's roll-up: the regional analyst, for the region the system admin gave them. */
  readRegion: (a: Actor) => requirePermission(a, "stats:regional"),
  /** Regions are drawn by whoever manages municipalities: the system admin. */
  manageRegions: (a: Actor) => requirePermission(a, "municipalities:manage"),
};
