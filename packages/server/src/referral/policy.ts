import { admin, referral } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";
import { forbidden } from "../http/errors.ts";

/**
 * Who may do what with the service directory, one rule a line. Services hold no personal data:
 * every role of the municipality reads them; the coordinator manages them; a service provider
 * reports the capacity and availability of its own organisation's services. Matching reads a
 * person's profile, so it is for roles that work with cases. Another municipality's: 404.
 */
export const servicePolicy = {
  read: (a: Actor) => requirePermission(a, "services:read"),
  manage: (a: Actor) => requirePermission(a, "services:manage"),
  match: (a: Actor) => requirePermission(a, "cases:read"),
  /** Refuses a change the actor may not make to this service (it can see it, so 403). */
  requireUpdate: (a: Actor, s: Pick<referral.Service, "organisationId">, fields: readonly string[]) => {
    const may = serviceAbilities(a, s);
    if (may.update) return;
    const onlyAvailability = fields.every((f) =>
      (referral.availabilityFields as readonly string[]).includes(f),
    );
    if (!(may.updateAvailability && onlyAvailability)) throw forbidden();
  },
};

export interface ServiceAbilities {
  update: boolean;
  updateAvailability: boolean;
  archive: boolean;
}

/** What the actor may do with one service, sent with it so the UI need not guess. */
export function serviceAbilities(a: Actor, s: Pick<referral.Service, "organisationId">): ServiceAbilities {
  const manages = admin.roleAllows(a.role, "services:manage");
  const ownProvider =
    a.role === "service_provider" && a.organisationId !== null && a.organisationId === s.organisationId;
  return { update: manages, updateAvailability: manages || ownProvider, archive: manages };
}

/** What the actor may do with the directory as a whole. */
export function directoryAbilities(a: Actor) {
  return {
    manage: admin.roleAllows(a.role, "services:manage"),
    match: admin.roleAllows(a.role, "cases:read"),
  };
}
