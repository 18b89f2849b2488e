import { admin } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may do what with the action plan, the self-assessment and the partnership register, one
 * rule a line: the municipality's partners read the plan they take part in; the coordinator
 * writes it. Record-level scoping (the actor's own municipality) is applied by the queries.
 */
export const planningPolicy = {
  read: (a: Actor) => requirePermission(a, "planning:read"),
  manage: (a: Actor) => requirePermission(a, "planning:manage"),
  /** What the actor may do with planning records, sent with every list so the UI need not guess. */
  abilities: (a: Actor) => ({ manage: admin.roleAllows(a.role, "planning:manage") }),
};
