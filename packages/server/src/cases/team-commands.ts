import { randomUUID } from "node:crypto";
import { adminDb, casesDb } from "@ariadne/db";
import { cases } from "@ariadne/domain";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { forbidden, invalid, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { accessFactsOf, caseInReach, requireCase } from "./access.ts";
import { auditedCaseCommand, today } from "./audited-case.ts";
import { duplicatesOf, staleCase } from "./case-commands.ts";
import { decryptPerson, personIndexes } from "./person-fields.ts";
import { casePolicy, viewerOf } from "./policy.ts";
import { presentCase } from "./present.ts";

/** How long break-glass access lasts before it must be asked for again. */
export const breakGlassHours = 8;

export function recordConsent(s: Services, actor: Actor, caseId: string, b: cases.ConsentCreate) {
  return auditedCaseCommand(s, actor, "cases.consent.add", async (ctx) => {
    await requireCase(ctx.tx, actor, caseId, "write");
    if (b.organisationId && !(await adminDb.getOrganisation(ctx.tx, ctx.m, b.organisationId))) {
      throw invalid("body.organisationId", "no such organisation in your municipality");
    }
    const row = await casesDb.insertConsent(
      ctx.tx,
      ctx.m,
      { id: randomUUID(), caseId, ...b, organisationId: b.organisationId ?? null },
      actor.userId,
    );
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return {
      result: { ...row, active: true },
      recordId: caseId,
      details: { consentId: row.id, purpose: b.purpose },
    };
  });
}

/** Withdrawal takes effect at once; it is allowed on a closed case too (it only narrows processing). */
export function withdrawConsent(
  s: Services,
  actor: Actor,
  caseId: string,
  consentId: string,
  withdrawnOn: string,
) {
  return auditedCaseCommand(s, actor, "cases.consent.withdraw", async (ctx) => {
    await requireCase(ctx.tx, actor, caseId, "transition");
    const row = await casesDb.withdrawConsent(ctx.tx, ctx.m, caseId, consentId, withdrawnOn, actor.userId);
    if (!row) throw notFound("active consent");
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return { result: { ...row, active: false }, recordId: caseId, details: { consentId } };
  });
}

export function grantAccess(
  s: Services,
  actor: Actor,
  caseId: string,
  b: { organisationId?: string | undefined; userId?: string | undefined },
) {
  return auditedCaseCommand(s, actor, "cases.grant.add", async (ctx) => {
    await requireCase(ctx.tx, actor, caseId, "manageTeam");
    if (b.organisationId && !(await adminDb.getOrganisation(ctx.tx, ctx.m, b.organisationId))) {
      throw invalid("body.organisationId", "no such organisation in your municipality");
    }
    if (b.userId) {
      const user = await adminDb.getUser(ctx.tx, ctx.m, b.userId);
      if (!user) throw invalid("body.userId", "no such user in your municipality");
      // A grant would give them nothing: service providers see only what a referral shared.
      if (!cases.roleHasCaseContentRights(user.role)) {
        throw invalid("body.userId", "this user's role cannot read cases; share through a referral");
      }
    }
    const row = await casesDb.insertGrant(ctx.tx, ctx.m, {
      id: randomUUID(),
      caseId,
      organisationId: b.organisationId ?? null,
      userId: b.userId ?? null,
      grantedBy: actor.userId,
    });
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return {
      result: { ...row, grantedAt: row.grantedAt.toISOString() },
      recordId: caseId,
      details: { grantId: row.id, organisationId: row.organisationId, userId: row.userId },
    };
  });
}

/**
 * The organisations and colleagues the case team may name in a grant or a sharing consent, with
 * the names to show existing grants by. Only for those who see the content; staff names are
 * not data about the person, but the list is still audited.
 */
export function caseDirectory(s: Services, actor: Actor, caseId: string) {
  return auditedCaseCommand(s, actor, "cases.directory.read", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "read");
    if (c.access !== "content") throw forbidden();
    const organisations = (await adminDb.listOrganisations(ctx.tx, ctx.m))
      .filter((o) => o.active)
      .map((o) => ({ id: o.id, name: o.name, kind: o.kind }));
    const users = (await adminDb.listUsers(ctx.tx, ctx.m))
      .filter((u) => u.active && cases.roleHasCaseContentRights(u.role))
      .map((u) => ({ id: u.id, displayName: u.displayName, organisationId: u.organisationId, role: u.role }));
    return { result: { organisations, users }, recordId: caseId };
  });
}

export function revokeAccess(s: Services, actor: Actor, caseId: string, grantId: string) {
  return auditedCaseCommand(s, actor, "cases.grant.revoke", async (ctx) => {
    await requireCase(ctx.tx, actor, caseId, "manageTeam");
    if (!(await casesDb.revokeGrant(ctx.tx, ctx.m, caseId, grantId, actor.userId))) throw notFound("grant");
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return { result: { revoked: true }, recordId: caseId, details: { grantId } };
  });
}

/**
 * Break-glass: content access for someone outside the team, with a reason, for a few hours,
 * audited and flagged for a coordinator's review. A high-risk case can be opened this way too,
 * by someone who knows its id; it still never shows in their lists.
 */
export function breakGlass(s: Services, actor: Actor, caseId: string, reason: string) {
  return auditedCaseCommand(s, actor, "cases.break_glass", async (ctx) => {
    const row = await casesDb.getCaseForViewer(ctx.tx, ctx.m, caseId, actor.userId);
    if (!row) throw notFound("case");
    const viewer = viewerOf(actor);
    const facts = accessFactsOf(row);
    if (!cases.caseAbilities(viewer, facts).breakGlass) {
      throw cases.caseAccess(viewer, facts) === "none" ? notFound("case") : forbidden();
    }
    const access = await casesDb.insertBreakGlass(ctx.tx, ctx.m, {
      id: randomUUID(),
      caseId,
      userId: actor.userId,
      reasonEnc: ctx.cipher.encrypt("case_break_glass.reason", reason),
      hours: breakGlassHours,
    });
    const detail = await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, caseId));
    return { result: detail, recordId: caseId, details: { breakGlassId: access.id, flaggedForReview: true } };
  });
}

function presentBreakGlass(cipher: { decrypt(f: string, v: string): string }, b: casesDb.BreakGlassRow) {
  return {
    id: b.id,
    caseId: b.caseId,
    userId: b.userId,
    reason: b.reasonEnc === null ? null : cipher.decrypt("case_break_glass.reason", b.reasonEnc),
    at: b.at.toISOString(),
    expiresAt: b.expiresAt.toISOString(),
    reviewedAt: b.reviewedAt?.toISOString() ?? null,
    reviewedBy: b.reviewedBy,
  };
}

export function listBreakGlass(s: Services, actor: Actor, onlyUnreviewed: boolean) {
  casePolicy.reviewBreakGlass(actor);
  return auditedCaseCommand(s, actor, "cases.break_glass.list", async (ctx) => {
    const rows = await casesDb.listBreakGlass(ctx.tx, ctx.m, onlyUnreviewed);
    return {
      result: { items: rows.map((r) => presentBreakGlass(ctx.cipher, r)) },
      recordId: null,
      recordType: "break_glass",
    };
  });
}

export function reviewBreakGlass(s: Services, actor: Actor, caseId: string, accessId: string) {
  casePolicy.reviewBreakGlass(actor);
  return auditedCaseCommand(s, actor, "cases.break_glass.review", async (ctx) => {
    const row = await casesDb.reviewBreakGlass(ctx.tx, ctx.m, caseId, accessId, actor.userId);
    if (!row) throw notFound("unreviewed break-glass access");
    return {
      result: presentBreakGlass(ctx.cipher, row),
      recordId: caseId,
      details: { breakGlassId: accessId },
    };
  });
}

export function listVersions(s: Services, actor: Actor, caseId: string) {
  return auditedCaseCommand(s, actor, "cases.versions.read", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "read");
    if (c.access !== "content") throw forbidden();
    const rows = await casesDb.listFieldVersions(ctx.tx, ctx.m, caseId);
    const items = rows.map((r) => ({
      recordType: r.recordType,
      version: r.version,
      changedBy: r.changedBy,
      changedAt: r.changedAt.toISOString(),
      changes: JSON.parse(ctx.cipher.decrypt("case_field_versions.changes", r.changesEnc)),
    }));
    return { result: { items }, recordId: caseId };
  });
}

export function findDuplicates(s: Services, actor: Actor, caseId: string) {
  return auditedCaseCommand(s, actor, "cases.duplicates.read", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "write");
    const person = await casesDb.getPerson(ctx.tx, ctx.m, c.row.personId);
    const items = await duplicatesOf(
      ctx,
      c.row.personId,
      personIndexes(ctx.cipher, decryptPerson(ctx.cipher, person!)),
    );
    return { result: { items }, recordId: caseId, details: { candidates: items.length } };
  });
}

/**
 * An explicit merge of a duplicate into this case: its timeline, consents, grants and versions
 * move over, and the duplicate is closed as merged (final). Needs write access to both cases.
 */
export function mergeCases(s: Services, actor: Actor, caseId: string, b: z.infer<typeof cases.MergeRequest>) {
  return auditedCaseCommand(s, actor, "cases.merge", async (ctx) => {
    if (b.duplicateCaseId === caseId)
      throw invalid("body.duplicateCaseId", "a case cannot be merged into itself");
    const target = await requireCase(ctx.tx, actor, caseId, "write");
    const dup = await requireCase(ctx.tx, actor, b.duplicateCaseId, "write").catch((e: unknown) => {
      throw e instanceof Error && "status" in e && e.status === 404
        ? invalid("body.duplicateCaseId", "no such case in your reach")
        : e;
    });
    if (target.row.version !== b.version) throw await staleCase(ctx, actor, caseId);
    if (dup.row.mergedIntoCaseId) throw invalid("body.duplicateCaseId", "that case is already merged");
    await casesDb.moveCaseContent(ctx.tx, ctx.m, dup.row.id, caseId);
    const merged = cases.closeAsMerged(today());
    await casesDb.setCaseState(ctx.tx, ctx.m, dup.row.id, dup.row.version, {
      ...merged,
      closedOn: merged.closedOn,
    });
    await casesDb.insertStatusChange(ctx.tx, ctx.m, dup.row.id, {
      fromStatus: dup.row.status,
      toStatus: "closed",
      state: merged,
      whyEnc: null,
      changedBy: actor.userId,
    });
    await casesDb.markMerged(ctx.tx, ctx.m, dup.row.id, caseId);
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    const detail = await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, caseId));
    return { result: detail, recordId: caseId, details: { duplicateCaseId: dup.row.id } };
  });
}
