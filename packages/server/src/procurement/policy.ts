import { admin } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may do what in procurement (issue 16), one rule a line: procurement officers and coordinators
 * read and keep the contracts register and its follow-up; only a coordinator publishes a new
 * version of the risk rules. The procurement officer holds no case, screening or referral
 * permission (roles.ts). Records are scoped to the actor's municipality by the queries and RLS.
 */
export const procurementPolicy = {
  read: (a: Actor) => requirePermission(a, "procurement:read"),
  manage: (a: Actor) => requirePermission(a, "procurement:manage"),
  editRules: (a: Actor) => requirePermission(a, "procurement:rules"),
  abilities: (a: Actor) => ({
    manage: admin.roleAllows(a.role, "procurement:manage"),
    editRules: admin.roleAllows(a.role, "procurement:rules"),
  }),
};
