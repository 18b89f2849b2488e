import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may see statistics, one rule a line. Every route here answers with disclosure-controlled
 * aggregates only (controlled-read.ts); no route of this module returns a case, a person or a row.
 */
export const statsPolicy = {
  read: (a: Actor) => requirePermission(a, "stats:read"),
};
