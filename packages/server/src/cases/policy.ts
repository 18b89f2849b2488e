import type { cases } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";
import { forbidden, notFound } from "../http/errors.ts";

/**
 * Who may do what with cases, one rule a line. Role first (403), then need-to-know per case
 * from the domain's rules: a case the actor may not know of answers 404, never 403.
 */
export const casePolicy = {
  workWithCases: (a: Actor) => requirePermission(a, "cases:read"),
  createCase: (a: Actor) => requirePermission(a, "cases:write"),
  runRetention: (a: Actor) => requirePermission(a, "cases:retention"),
  reviewBreakGlass: (a: Actor) => requirePermission(a, "cases:review"),
  /** Refuses what the abilities do not allow; 404 when the actor may not even know of the case. */
  requireAbility: (abilities: cases.Abilities, action: cases.CaseAction) => {
    if (!abilities.read) throw notFound("case");
    if (!abilities[action]) throw forbidden();
  },
};

export function viewerOf(a: Actor): cases.CaseViewer {
  return {
    userId: a.userId,
    role: a.role,
    municipalityId: a.municipalityId,
    organisationId: a.organisationId,
  };
}
