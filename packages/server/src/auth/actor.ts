import { admin } from "@ariadne/domain";
import { forbidden, invalid, notFound } from "../http/errors.ts";

/** The signed-in user as every access check sees them. */
export interface Actor {
  userId: string;
  displayName: string;
  role: admin.Role;
  municipalityId: string | null;
  organisationId: string | null;
  ip: string;
  sessionTokenHash: string;
}

/** Role-level check: what kind of thing the actor may do. */
export function requirePermission(actor: Actor, permission: admin.Permission): void {
  if (!admin.roleAllows(actor.role, permission)) throw forbidden();
}

/**
 * The municipality an admin action applies to: the actor's own, or for a system admin the one
 * named in the request. Naming another municipality than one's own answers 404, as if absent.
 */
export function targetMunicipality(actor: Actor, requested: string | undefined): string {
  if (actor.role === "system_admin") {
    if (!requested) throw invalid("query.municipalityId", "a system admin names the municipality");
    return requested;
  }
  if (requested && requested !== actor.municipalityId) throw notFound("municipality");
  if (!actor.municipalityId) throw notFound("municipality");
  return actor.municipalityId;
}
