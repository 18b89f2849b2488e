import { casesDb, type Queryable, withTenant } from "@ariadne/db";
import { cases } from "@ariadne/domain";
import type { FastifyRequest } from "fastify";
import type { Actor } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { casePolicy, viewerOf } from "./policy.ts";

export interface CaseInReach {
  row: casesDb.CaseAccessRow;
  access: cases.CaseAccess;
  abilities: cases.Abilities;
  viaBreakGlass: boolean;
}

export function accessFactsOf(row: casesDb.CaseAccessRow): cases.CaseAccessFacts {
  return {
    municipalityId: row.municipalityId,
    ownerOrganisationId: row.ownerOrganisationId,
    highRisk: row.highRisk,
    closed: row.status === "closed",
    anonymised: row.anonymisedAt !== null,
    grantedUserIds: row.grantedUserIds,
    grantedOrganisationIds: row.grantedOrganisationIds,
    breakGlassActive: row.breakGlassActive,
  };
}

/** Loads a case with what the actor may do with it; 404 when it is out of the actor's reach. */
export async function caseInReach(tx: Queryable, actor: Actor, caseId: string): Promise<CaseInReach> {
  const m = actor.municipalityId;
  if (!m) throw notFound("case");
  const row = await casesDb.getCaseForViewer(tx, m, caseId, actor.userId);
  if (!row) throw notFound("case");
  const viewer = viewerOf(actor);
  const facts = accessFactsOf(row);
  const access = cases.caseAccess(viewer, facts);
  if (access === "none") throw notFound("case");
  const viaBreakGlass = access === "content" && !cases.isOnCaseTeam(viewer, facts);
  return { row, access, abilities: cases.caseAbilities(viewer, facts), viaBreakGlass };
}

/**
 * Whether the actor may read the case's content (its team, a grant, an active break-glass): another
 * module links to a case, or says which one it is, only then.
 */
export async function mayReadCase(tx: Queryable, actor: Actor, caseId: string): Promise<boolean> {
  const m = actor.municipalityId;
  if (!m) return false;
  const row = await casesDb.getCaseForViewer(tx, m, caseId, actor.userId);
  return row !== null && cases.caseAccess(viewerOf(actor), accessFactsOf(row)) === "content";
}

/** Loads the case and demands one ability of the actor on it. */
export async function requireCase(tx: Queryable, actor: Actor, caseId: string, action: cases.CaseAction) {
  const c = await caseInReach(tx, actor, caseId);
  casePolicy.requireAbility(c.abilities, action);
  return c;
}

export function municipalityOf(actor: Actor): string {
  if (!actor.municipalityId) throw notFound("case");
  return actor.municipalityId;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs before body validation on every route that names a case or a person: a role without case
 * work is refused, and a record outside the actor's municipality answers 404 before the body is
 * looked at, so validation messages never reveal that it exists.
 */
export function recordInMunicipality(s: Services, kind: "case" | "person") {
  return async (req: FastifyRequest) => {
    const actor = actorOf(req);
    casePolicy.workWithCases(actor);
    const id = (req.params as { id?: unknown }).id;
    if (typeof id !== "string" || !uuidPattern.test(id)) return; // validation answers 400
    const m = municipalityOf(actor);
    const found = await withTenant(s.db, m, (tx) =>
      kind === "case" ? casesDb.caseExists(tx, m, id) : casesDb.caseIdOfPerson(tx, m, id).then(Boolean),
    );
    if (!found) throw notFound(kind);
  };
}
