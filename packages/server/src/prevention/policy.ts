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
  /** The coordinator hands a concern to a frontline worker, who opens the case: no role does both. */
  handOff: (a: Actor) => requirePermission(a, "prevention:manage"),
  /** A handed concern is answered by a role that opens cases; which ones is need-to-know (`handedTo`). */
  answerHandOff: (a: Actor) => requirePermission(a, "cases:write"),
  /** Need-to-know: a worker sees only the concerns handed to them; another's answers 404. */
  handedTo: (a: Actor, h: { toUserId: string }) => h.toUserId === a.userId,
  /** Who a concern can be handed to: the roles that open cases. */
  handOffRoles: admin.roles.filter((r) => r !== "system_admin" && admin.roleAllows(r, "cases:write")),
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
      handOff: inbox,
      addToMap: inbox && admin.roleAllows(a.role, "mapping:manage"),
    };
  },
};
