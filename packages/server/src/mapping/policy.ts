import { admin } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may do what with the local situation map and the priorities, one rule a line. The map holds
 * no personal data: every role of the municipality reads it; only the coordinator changes it.
 * Record-level scoping (the actor's own municipality) is applied by the queries; outside it, 404.
 */
export const mappingPolicy = {
  read: (a: Actor) => requirePermission(a, "mapping:read"),
  manage: (a: Actor) => requirePermission(a, "mapping:manage"),
  /** What the actor may do with the map's records, sent with every list so the UI need not guess. */
  abilities: (a: Actor) => ({ manage: admin.roleAllows(a.role, "mapping:manage") }),
};
