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
  /** A concern becomes a case only for a role that may open cases (the inbox's reader too). */
  openCase: (a: Actor) => {
    requirePermission(a, "prevention:manage");
    requirePermission(a, "cases:write");
  },
  addToMap: (a: Actor) => {
    requirePermission(a, "prevention:manage");
    requirePermission(a, "mapping:manage");
  },
  /** Leaflets and posters: for those who hand them out (outreach) and who run campaigns. */
  print: (a: Actor) => {
    if (!admin.roleAllows(a.role, "outreach:write")) requirePermission(a, "prevention:manage");
  },
  abilities: (a: Actor) => ({
    outreach: admin.roleAllows(a.role, "outreach:write"),
    manage: admin.roleAllows(a.role, "prevention:manage"),
  }),
  concernAbilities: (a: Actor) => {
    const inbox = admin.roleAllows(a.role, "prevention:manage");
    return {
      openCase: inbox && admin.roleAllows(a.role, "cases:write"),
      addToMap: inbox && admin.roleAllows(a.role, "mapping:manage"),
    };
  },
};
