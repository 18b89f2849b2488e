import { casesDb, type Queryable } from "@ariadne/db";
import type { cases } from "@ariadne/domain";
import type { Actor } from "../auth/actor.ts";
import { conflict, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { caseInReach, requireCase } from "./access.ts";
import { auditedCaseCommand, type CaseCommandContext } from "./audited-case.ts";
import { applyPersonInput, decryptPerson, encryptPerson, personChanges } from "./person-fields.ts";
import { presentCase } from "./present.ts";

async function caseOfPerson(tx: Queryable, m: string, personId: string): Promise<string> {
  const caseId = await casesDb.caseIdOfPerson(tx, m, personId);
  if (!caseId) throw notFound("person");
  return caseId;
}

async function presentPerson(ctx: CaseCommandContext, personId: string) {
  const row = (await casesDb.getPerson(ctx.tx, ctx.m, personId))!;
  return {
    id: row.id,
    caseCode: row.caseCode,
    ...decryptPerson(ctx.cipher, row),
    anonymised: row.anonymisedAt !== null,
    version: row.version,
  };
}

/**
 * Rectification (GDPR art. 16): changes identity or coded fields, keeping the previous values as
 * a version the team can see. A stale version answers 409 with the person as stored now.
 */
export function rectifyPerson(s: Services, actor: Actor, personId: string, body: cases.PersonUpdate) {
  const { version, ...input } = body;
  return auditedCaseCommand(s, actor, "persons.rectify", async (ctx) => {
    const caseId = await caseOfPerson(ctx.tx, ctx.m, personId);
    await requireCase(ctx.tx, actor, caseId, "transition");
    const row = (await casesDb.getPerson(ctx.tx, ctx.m, personId))!;
    if (row.anonymisedAt) throw notFound("person");
    const before = decryptPerson(ctx.cipher, row);
    const after = applyPersonInput(before, input);
    const updated = await casesDb.updatePerson(
      ctx.tx,
      ctx.m,
      personId,
      version,
      encryptPerson(ctx.cipher, after),
    );
    if (!updated) throw conflict(await presentPerson(ctx, personId));
    const changes = personChanges(before, after);
    await casesDb.insertFieldVersion(ctx.tx, ctx.m, caseId, {
      recordType: "person",
      version: updated.version,
      changesEnc: ctx.cipher.encrypt("case_field_versions.changes", JSON.stringify(changes)),
      changedBy: actor.userId,
    });
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return {
      result: await presentPerson(ctx, personId),
      recordType: "person",
      recordId: personId,
      details: { caseId, fields: Object.keys(changes).sort().join(",") },
    };
  });
}

/** Right of access (GDPR art. 15): everything held on the person, in one JSON document. */
export function exportPerson(s: Services, actor: Actor, personId: string, format: "json" | "pdf" = "json") {
  return auditedCaseCommand(s, actor, "persons.export", async (ctx) => {
    const caseId = await caseOfPerson(ctx.tx, ctx.m, personId);
    const c = await requireCase(ctx.tx, actor, caseId, "exportPersonData");
    const detail = await presentCase(ctx.tx, ctx.cipher, c);
    const versions = await casesDb.listFieldVersions(ctx.tx, ctx.m, caseId);
    const breakGlass = await casesDb.listBreakGlassOfCase(ctx.tx, ctx.m, caseId);
    const exported = {
      format: "ariadne.person-export.v1",
      exportedAt: new Date().toISOString(),
      municipalityId: ctx.m,
      person: detail.content!.person,
      case: {
        id: detail.id,
        caseCode: detail.caseCode,
        ownerOrganisationId: detail.ownerOrganisationId,
        createdAt: detail.createdAt,
        state: detail.content!.state,
        forms: detail.content!.forms,
        highRisk: detail.content!.highRisk,
        history: detail.content!.history,
      },
      timeline: detail.content!.timeline,
      consents: detail.content!.consents,
      grants: detail.content!.grants,
      /** Access outside the case team, with its reason. */
      breakGlassAccesses: breakGlass.map((b) => ({
        userId: b.userId,
        at: b.at.toISOString(),
        reason: b.reasonEnc === null ? null : ctx.cipher.decrypt("case_break_glass.reason", b.reasonEnc),
      })),
      versions: versions.map((v) => ({
        recordType: v.recordType,
        version: v.version,
        changedAt: v.changedAt.toISOString(),
        changes: JSON.parse(ctx.cipher.decrypt("case_field_versions.changes", v.changesEnc)),
      })),
    };
    return { result: exported, recordType: "person", recordId: personId, details: { caseId, format } };
  });
}

/** Removes what identifies the person from the case and the person; coded statistics stay. */
export async function anonymiseCaseNow(ctx: CaseCommandContext, caseId: string, personId: string) {
  await casesDb.anonymiseCaseContent(ctx.tx, ctx.m, caseId);
  await casesDb.anonymisePerson(ctx.tx, ctx.m, personId);
}

/** Erasure by anonymisation (GDPR art. 17), on a closed case, at the team's explicit request. */
export function anonymisePerson(s: Services, actor: Actor, personId: string, version: number) {
  return auditedCaseCommand(s, actor, "persons.anonymise", async (ctx) => {
    const caseId = await caseOfPerson(ctx.tx, ctx.m, personId);
    const c = await requireCase(ctx.tx, actor, caseId, "anonymise");
    const person = (await casesDb.getPerson(ctx.tx, ctx.m, personId))!;
    if (person.version !== version) throw conflict(await presentPerson(ctx, personId));
    await anonymiseCaseNow(ctx, caseId, personId);
    const detail = await presentCase(ctx.tx, ctx.cipher, await caseInReach(ctx.tx, actor, c.row.id));
    return { result: detail, recordType: "person", recordId: personId, details: { caseId } };
  });
}
