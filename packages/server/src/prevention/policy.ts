import { admin } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may do what in prevention, one rule a line: outreach workers (frontline) and the coordinator
 * plan and log visits; the coordinator runs campaigns and reads reports of concern, whose contact
 * details only the coordinator sees. Record scoping (own municipality) is in the queries; outside, 404.
 */
export const preventionPolicy = {
  outreach: (a: Actor) => requirePermission(a, "outreach:write"),
  manage: (a: Actor) => requirePermission(a, "prevention:manage"),
  abilities: (a: Actor) => ({
    outreach: admin.roleAllows(a.role, "outreach:write"),
    manage: admin.roleAllows(a.role, "prevention:manage"),
  }),
};
