import type { Role } from "../admin/roles.ts";
import { roleAllows } from "../admin/roles.ts";

/**
 * Need-to-know (architecture.md, "Security model"): a role says what kind of thing a user may
 * do; these rules say on which case. The case team is the owner organisation plus explicit
 * grants; a coordinator sees that a case exists, not its content; break-glass opens content
 * with a reason, audited and flagged for review; high-risk cases vanish from lists outside the team.
 */

export interface CaseViewer {
  userId: string;
  role: Role;
  municipalityId: string | null;
  organisationId: string | null;
}

export interface CaseAccessFacts {
  municipalityId: string;
  ownerOrganisationId: string;
  highRisk: boolean;
  closed: boolean;
  anonymised: boolean;
  grantedUserIds: readonly string[];
  grantedOrganisationIds: readonly string[];
  /** The viewer holds an unexpired break-glass access to this case. */
  breakGlassActive: boolean;
}

/** none: 404. existence: code, status and owner only. content: the whole record. */
export type CaseAccess = "none" | "existence" | "content";

export const caseActions = [
  "list",
  "read",
  "write",
  "transition",
  "manageTeam",
  "breakGlass",
  "exportPersonData",
  "anonymise",
] as const;
export type CaseAction = (typeof caseActions)[number];

export type Abilities = Record<CaseAction, boolean>;

export function isOnCaseTeam(v: CaseViewer, c: CaseAccessFacts): boolean {
  if (v.municipalityId !== c.municipalityId) return false;
  if (c.grantedUserIds.includes(v.userId)) return true;
  if (!v.organisationId) return false;
  return v.organisationId === c.ownerOrganisationId || c.grantedOrganisationIds.includes(v.organisationId);
}

/** How much of a case the viewer may see. */
export function caseAccess(v: CaseViewer, c: CaseAccessFacts): CaseAccess {
  if (v.municipalityId !== c.municipalityId) return "none";
  return accessGivenTeam(v.role, isOnCaseTeam(v, c), c);
}

/**
 * Whether a role may hold case content at all. A grant (to a user or to an organisation) or
 * break-glass opens a case only to users whose role has this right: a service provider never
 * learns of a case through the cases API, only the fields a referral shared (issue 4, item 5).
 */
export function roleHasCaseContentRights(role: Role): boolean {
  return role !== "service_provider" && roleAllows(role, "cases:read");
}

/** The rule once team membership is known (the case list computes membership in SQL). */
export function accessGivenTeam(
  role: Role,
  onTeam: boolean,
  c: Pick<CaseAccessFacts, "highRisk" | "breakGlassActive">,
): CaseAccess {
  if (!roleHasCaseContentRights(role)) return "none";
  if (onTeam || c.breakGlassActive) return "content";
  if (role === "coordinator" && !c.highRisk) return "existence";
  return "none";
}

/** What the viewer may do with a case; the UI shows actions from this, never its own guess. */
export function caseAbilities(v: CaseViewer, c: CaseAccessFacts): Abilities {
  const access = caseAccess(v, c);
  const content = access === "content" && !c.anonymised;
  const team = isOnCaseTeam(v, c);
  const writer = roleAllows(v.role, "cases:write");
  const sameMunicipality = v.municipalityId === c.municipalityId;
  return {
    list: access !== "none" && (team || !c.highRisk),
    read: access !== "none",
    write: content && writer && !c.closed,
    transition: content && writer,
    manageTeam: content && writer && team && v.organisationId === c.ownerOrganisationId,
    // Service providers see only what was shared with them; they never break the glass.
    breakGlass:
      sameMunicipality &&
      !team &&
      !c.anonymised &&
      roleHasCaseContentRights(v.role) &&
      (v.role === "coordinator" || v.role === "frontline"),
    exportPersonData: content && writer,
    anonymise: content && writer && c.closed,
  };
}

/** The case may be counted in a list the viewer sees (high-risk cases only within the team). */
export function listedFor(v: CaseViewer, c: CaseAccessFacts): boolean {
  return caseAbilities(v, c).list;
}
