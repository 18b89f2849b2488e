import { admin } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";
import { forbidden, invalid } from "../http/errors.ts";

/**
 * Who may do what in administration, one rule a line. Record-level scoping (the actor's own
 * municipality) is applied by the queries; a record outside it answers 404.
 */
export const adminPolicy = {
  listOrganisations: (a: Actor) => requirePermission(a, "organisations:read"),
  manageOrganisations: (a: Actor) => requirePermission(a, "organisations:manage"),
  listUsers: (a: Actor) => requirePermission(a, "users:read"),
  manageUsers: (a: Actor) => requirePermission(a, "users:manage"),
  readAudit: (a: Actor) => requirePermission(a, "audit:read"),
  manageMunicipalities: (a: Actor) => requirePermission(a, "municipalities:manage"),
  /** The municipality's default language: whoever manages its organisations (the coordinator). */
  setMunicipalityLocale: (a: Actor) => requirePermission(a, "organisations:manage"),
  assignRole: (a: Actor, role: admin.Role) => {
    if (!admin.assignableRoles(a.role).includes(role)) throw forbidden();
  },
  /** A reset is for someone else, of a role the actor could hand out; one's own is changed, not reset. */
  resetPassword: (a: Actor, target: { id: string; role: admin.Role }) => {
    requirePermission(a, "users:manage");
    if (target.id === a.userId) throw invalid("params.id", "change your own password on your account page");
    if (!admin.assignableRoles(a.role).includes(target.role)) throw forbidden();
  },
  changeUser: (
    a: Actor,
    userId: string,
    patch: { role?: admin.Role | undefined; active?: boolean | undefined },
  ) => {
    // Nobody demotes or deactivates themselves: it would lock the last coordinator out.
    if (userId === a.userId && (patch.role !== undefined || patch.active === false)) {
      throw invalid("body.role", "you cannot change your own role or deactivate yourself");
    }
  },
};
