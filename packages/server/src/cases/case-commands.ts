import { randomBytes, randomUUID } from "node:crypto";
import { adminDb, casesDb } from "@ariadne/db";
import { cases } from "@ariadne/domain";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { AppError, conflict, invalid } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { caseInReach, requireCase } from "./access.ts";
import { auditedCaseCommand, type CaseCommandContext, today } from "./audited-case.ts";
import { applyPersonInput, emptyPerson, encryptPerson, personIndexes } from "./person-fields.ts";
import { casePolicy } from "./policy.ts";
import { presentCase } from "./present.ts";

type CaseDetail = z.infer<typeof cases.CaseDetail>;
type DuplicateCandidate = z.infer<typeof cases.DuplicateCandidateSchema>;

const codeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A pseudonymous case code that says nothing about the person: year and eight random characters. */
export function newCaseCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => codeAlphabet[b % codeAlphabet.length]).join("");
  return `C${today().slice(0, 4)}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export async function duplicatesOf(
  ctx: CaseCommandContext,
  personId: string,
  idx: ReturnType<typeof personIndexes>,
): Promise<DuplicateCandidate[]> {
  const rows = await casesDb.findIndexMatches(ctx.tx, ctx.m, idx, personId);
  const found = cases.duplicateCandidates(
    { name: idx.name, dateOfBirth: idx.dateOfBirth, phone: idx.phone },
    rows.map((r) => ({ personId: r.personId, name: r.name, dateOfBirth: r.dateOfBirth, phone: r.phone })),
  );
  const byPerson = new Map(rows.map((r) => [r.personId, r]));
  const documentMatches = new Set(
    rows.filter((r) => r.documentNumbers.some((d) => idx.documents.includes(d))).map((r) => r.personId),
  );
  const merged = new Map(found.map((f) => [f.personId, f]));
  for (const p of documentMatches) {
    const f = merged.get(p);
    merged.set(p, {
      personId: p,
      matched: [...(f?.matched ?? []), "documentNumber"],
      strength: "strong",
    });
  }
  return [...merged.values()].map((f) => {
    const r = byPerson.get(f.personId)!;
    return {
      caseId: r.caseId,
      caseCode: r.caseCode,
      ownerOrganisationId: r.ownerOrganisationId,
      matched: f.matched,
      strength: f.strength,
    };
  });
}

export async function createCase(s: Services, actor: Actor, input: cases.CaseCreate) {
  casePolicy.createCase(actor);
  return auditedCaseCommand(s, actor, "cases.create", (ctx) => openCase(ctx, actor, input));
}

/**
 * Opens a case in the caller's transaction (its audit entry is the caller's to write): the case
 * form's command, and a report of concern turned into a case in the same transaction as its link.
 */
export async function openCase(ctx: CaseCommandContext, actor: Actor, input: cases.CaseCreate) {
  casePolicy.createCase(actor);
  const owner = input.ownerOrganisationId ?? actor.organisationId;
  if (!owner || owner !== actor.organisationId) {
    throw invalid(
      "body.ownerOrganisationId",
      "a case is opened for your own organisation; grant others access",
    );
  }
  const caseId = randomUUID();
  const personId = randomUUID();
  const plain = applyPersonInput(emptyPerson, input.person);
  await casesDb.insertPerson(ctx.tx, {
    id: personId,
    municipalityId: ctx.m,
    caseCode: newCaseCode(),
    createdBy: actor.userId,
    ...encryptPerson(ctx.cipher, plain),
  });
  const state: cases.CaseState = { status: "concern_raised" };
  await casesDb.insertCase(ctx.tx, {
    id: caseId,
    municipalityId: ctx.m,
    personId,
    ownerOrganisationId: owner,
    status: state.status,
    state,
    highRisk: input.highRisk ?? false,
    forms: input.forms ?? [],
    createdBy: actor.userId,
  });
  await casesDb.insertStatusChange(ctx.tx, ctx.m, caseId, {
    fromStatus: null,
    toStatus: state.status,
    state,
    whyEnc: input.why ? ctx.cipher.encrypt("case_status_history.why", input.why) : null,
    changedBy: actor.userId,
  });
  const duplicateCandidates = await duplicatesOf(ctx, personId, personIndexes(ctx.cipher, plain));
  const detail = await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, caseId));
  return {
    result: { case: detail, duplicateCandidates },
    recordId: caseId,
    details: { duplicateCandidates: duplicateCandidates.length },
  };
}

export async function readCase(s: Services, actor: Actor, caseId: string): Promise<CaseDetail> {
  return auditedCaseCommand(s, actor, "cases.read", async (ctx) => {
    const c = await caseInReach(ctx.tx, actor, caseId);
    return {
      result: await presentCase(ctx.tx, ctx.cipher, c),
      recordId: caseId,
      details: { access: c.access, viaBreakGlass: c.viaBreakGlass },
    };
  });
}

/** 409 with the case as it is now, when the client's version is stale. */
export async function staleCase(ctx: CaseCommandContext, actor: Actor, caseId: string) {
  return conflict(await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, caseId)));
}

export async function updateCase(s: Services, actor: Actor, caseId: string, body: cases.CaseUpdate) {
  const { version, ...patch } = body;
  return auditedCaseCommand(s, actor, "cases.update", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "write");
    if (patch.assigneeId) await requireUserInMunicipality(ctx, patch.assigneeId, "body.assigneeId");
    const before = {
      highRisk: c.row.highRisk,
      forms: c.row.forms,
      sector: c.row.sector,
      assigneeId: c.row.assigneeId,
    };
    const after = {
      highRisk: patch.highRisk ?? before.highRisk,
      forms: patch.forms ?? before.forms,
      sector: patch.sector === undefined ? before.sector : patch.sector,
      assigneeId: patch.assigneeId === undefined ? before.assigneeId : patch.assigneeId,
    };
    if (!(await casesDb.updateCase(ctx.tx, ctx.m, caseId, version, after)))
      throw await staleCase(ctx, actor, caseId);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const k of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        changes[k] = { from: before[k], to: after[k] };
    }
    await casesDb.insertFieldVersion(ctx.tx, ctx.m, caseId, {
      recordType: "case",
      version: version + 1,
      changesEnc: ctx.cipher.encrypt("case_field_versions.changes", JSON.stringify(changes)),
      changedBy: actor.userId,
    });
    const detail = await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, caseId));
    return { result: detail, recordId: caseId, details: { fields: Object.keys(changes).sort().join(",") } };
  });
}

export async function transitionCase(
  s: Services,
  actor: Actor,
  caseId: string,
  body: cases.TransitionRequest,
) {
  const { version, why, ...t } = body;
  return auditedCaseCommand(s, actor, "cases.transition", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "transition");
    if (c.row.version !== version) throw await staleCase(ctx, actor, caseId);
    const next = cases.transitionCase(c.row.state as cases.CaseState, t as cases.CaseTransition, today());
    if (!next.ok) {
      throw new AppError(422, next.error.code, `cannot move the case from ${c.row.status} to ${t.to}`, {
        issues: [{ path: "body.to", message: next.error.code }],
      });
    }
    const closedOn = next.state.status === "closed" ? next.state.closedOn : null;
    if (!(await casesDb.setCaseState(ctx.tx, ctx.m, caseId, version, { ...next.state, closedOn }))) {
      throw await staleCase(ctx, actor, caseId);
    }
    await casesDb.insertStatusChange(ctx.tx, ctx.m, caseId, {
      fromStatus: c.row.status,
      toStatus: next.state.status,
      state: next.state,
      whyEnc: why ? ctx.cipher.encrypt("case_status_history.why", why) : null,
      changedBy: actor.userId,
    });
    const detail = await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, caseId));
    return { result: detail, recordId: caseId, details: { from: c.row.status, to: next.state.status } };
  });
}

/**
 * What a worker recognises a case by in a list: the person's first alias (a pseudonym the team
 * gave) and the initials of their names. Decrypted only for the team's own cases.
 */
function recognisedBy(ctx: CaseCommandContext, r: casesDb.CaseListRow) {
  const aliases = r.aliasesEnc
    ? (JSON.parse(ctx.cipher.decrypt("persons.aliases", r.aliasesEnc)) as string[])
    : [];
  const names = [
    r.givenNameEnc ? ctx.cipher.decrypt("persons.given_name", r.givenNameEnc) : null,
    r.familyNameEnc ? ctx.cipher.decrypt("persons.family_name", r.familyNameEnc) : null,
  ].filter((n): n is string => Boolean(n));
  const initials = names.map((n) => [...n.trim()][0]?.toLocaleUpperCase() ?? "").join("");
  return { label: aliases[0] ?? null, initials: initials || null };
}

function cursorAfter(cursor: string) {
  const [micros, id] = cursor.split("_") as [string, string];
  return { micros, id };
}

export async function listCases(s: Services, actor: Actor, q: cases.CaseListQuery) {
  casePolicy.workWithCases(actor);
  return auditedCaseCommand(s, actor, "cases.list", async (ctx) => {
    const rows = await casesDb.listCases(
      ctx.tx,
      ctx.m,
      { userId: actor.userId, organisationId: actor.organisationId },
      actor.role === "coordinator",
      {
        status: q.status,
        form: q.form,
        highRisk: q.highRisk === undefined ? undefined : q.highRisk === "true",
        assigneeId: q.assigneeId,
        dueBy: q.dueTasks ? today() : undefined,
        after: q.cursor ? cursorAfter(q.cursor) : undefined,
        limit: q.limit,
        offset: q.offset,
      },
    );
    const items = rows.map((r) => {
      const access = cases.accessGivenTeam(actor.role, r.onTeam, {
        highRisk: r.highRisk,
        breakGlassActive: false,
      });
      const content = access === "content";
      return {
        id: r.id,
        caseCode: r.caseCode,
        status: r.status as cases.CaseStatus,
        ownerOrganisationId: r.ownerOrganisationId,
        access,
        highRisk: content ? r.highRisk : null,
        forms: content ? r.forms : null,
        assigneeId: content ? r.assigneeId : null,
        openTasks: content ? r.openTasks : null,
        nextDueOn: content ? r.nextDueOn : null,
        updatedAt: r.updatedAt.toISOString(),
        ...(content ? recognisedBy(ctx, r) : { label: null, initials: null }),
      };
    });
    const last = rows.length === q.limit ? rows[rows.length - 1] : undefined;
    return {
      result: {
        items,
        total: rows[0]?.total ?? 0,
        nextCursor: last ? `${last.cursorKey.micros}_${last.cursorKey.id}` : null,
      },
      recordId: null,
      details: { count: items.length },
    };
  });
}

/** A user named in a body must belong to the actor's municipality (foreign keys alone would not say). */
export async function requireUserInMunicipality(ctx: CaseCommandContext, userId: string, path: string) {
  const user = await adminDb.getUser(ctx.tx, ctx.m, userId);
  if (!user) throw invalid(path, "no such user in your municipality");
  // An assignee works the case: a role that cannot see case content (a service provider) cannot be one.
  if (!cases.roleHasCaseContentRights(user.role))
    throw invalid(path, "this user's role cannot work on cases");
}

export async function requireOrganisationInMunicipality(
  ctx: CaseCommandContext,
  organisationId: string,
  path: string,
) {
  if (!(await adminDb.getOrganisation(ctx.tx, ctx.m, organisationId))) {
    throw invalid(path, "no such organisation in your municipality");
  }
}
