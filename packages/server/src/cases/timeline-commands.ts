import { randomUUID } from "node:crypto";
import { casesDb } from "@ariadne/db";
import { cases, type screening } from "@ariadne/domain";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { conflict, forbidden, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { requireCase } from "./access.ts";
import { auditedCaseCommand, type CaseCommandContext } from "./audited-case.ts";
import { requireOrganisationInMunicipality, requireUserInMunicipality } from "./case-commands.ts";
import { encryptBody, presentTimelineEntry, timelineField } from "./present.ts";

type Kind = casesDb.TimelineKind;

/** Adds one entry to a case's timeline (the case must be writable) and moves the case's version. */
async function addEntry(
  s: Services,
  actor: Actor,
  caseId: string,
  kind: Kind,
  body: unknown,
  extra: { dueOn?: string; assigneeId?: string | null; at?: Date; organisationId?: string | undefined } = {},
  after?: (ctx: CaseCommandContext, entryId: string) => Promise<void>,
) {
  return auditedCaseCommand(s, actor, `cases.${kind}.add`, async (ctx) => {
    await requireCase(ctx.tx, actor, caseId, "write");
    if (extra.assigneeId) await requireUserInMunicipality(ctx, extra.assigneeId, "body.assigneeId");
    if (extra.organisationId) {
      await requireOrganisationInMunicipality(ctx, extra.organisationId, "body.withOrganisationId");
    }
    const row = await casesDb.insertTimelineEntry(ctx.tx, ctx.m, {
      id: randomUUID(),
      caseId,
      kind,
      bodyEnc: encryptBody(ctx.cipher, body),
      dueOn: extra.dueOn ?? null,
      assigneeId: extra.assigneeId ?? null,
      createdBy: actor.userId,
      ...(extra.at ? { at: extra.at } : {}),
    });
    if (after) await after(ctx, row.id);
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return {
      result: presentTimelineEntry(ctx.cipher, row),
      recordId: caseId,
      details: { entryId: row.id, kind },
    };
  });
}

export const addNote = (s: Services, a: Actor, caseId: string, b: z.infer<typeof cases.NoteCreate>) =>
  addEntry(s, a, caseId, "note", b);

export const addContact = (s: Services, a: Actor, caseId: string, b: z.infer<typeof cases.ContactCreate>) =>
  addEntry(s, a, caseId, "contact", b, { at: new Date(b.occurredAt), organisationId: b.withOrganisationId });

export const addTask = (s: Services, a: Actor, caseId: string, b: z.infer<typeof cases.TaskCreate>) =>
  addEntry(s, a, caseId, "task", { title: b.title }, { dueOn: b.dueOn, assigneeId: b.assigneeId ?? null });

/** A screening is stored as its input; the result is evaluated again on every read, by the same engine. */
export const addScreening = (s: Services, a: Actor, caseId: string, input: screening.ScreeningInput) =>
  addEntry(s, a, caseId, "screening", { input });

export function addAttachment(s: Services, a: Actor, caseId: string, b: cases.AttachmentCreate) {
  const bytes = Buffer.from(b.contentBase64, "base64");
  const meta = { fileName: cases.safeFileName(b.fileName), mediaType: b.mediaType, sizeBytes: bytes.length };
  return addEntry(s, a, caseId, "attachment", meta, {}, async (ctx, entryId) => {
    await casesDb.insertAttachmentContent(ctx.tx, ctx.m, {
      timelineId: entryId,
      mediaType: b.mediaType,
      sizeBytes: bytes.length,
      contentEnc: ctx.cipher.encrypt("case_attachments.content", b.contentBase64),
    });
  });
}

export function updateTask(
  s: Services,
  actor: Actor,
  caseId: string,
  taskId: string,
  b: z.infer<typeof cases.TaskUpdate>,
) {
  return auditedCaseCommand(s, actor, "cases.task.update", async (ctx) => {
    await requireCase(ctx.tx, actor, caseId, "write");
    const current = await casesDb.getTimelineEntry(ctx.tx, ctx.m, caseId, taskId);
    if (current?.kind !== "task" || current.bodyEnc === null) throw notFound("task");
    const body = JSON.parse(ctx.cipher.decrypt(timelineField, current.bodyEnc)) as { title: string };
    const updated = await casesDb.updateTask(ctx.tx, ctx.m, taskId, b.version, {
      bodyEnc: encryptBody(ctx.cipher, { title: b.title ?? body.title }),
      dueOn: b.dueOn ?? current.dueOn!,
      done: b.done ?? current.done,
    });
    if (!updated) throw conflict(presentTimelineEntry(ctx.cipher, current));
    casesDb.touchCase(ctx.tx, ctx.m, caseId);
    return {
      result: presentTimelineEntry(ctx.cipher, updated),
      recordId: caseId,
      details: { entryId: taskId },
    };
  });
}

/** The attachment's bytes, decrypted only for a team member with content access; audited. */
export function downloadAttachment(s: Services, actor: Actor, caseId: string, entryId: string) {
  return auditedCaseCommand(s, actor, "cases.attachment.download", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "read");
    if (c.access !== "content") throw forbidden();
    const entry = await casesDb.getTimelineEntry(ctx.tx, ctx.m, caseId, entryId);
    const content =
      entry?.kind === "attachment" ? await casesDb.getAttachmentContent(ctx.tx, ctx.m, entryId) : null;
    if (!entry || !content || entry.bodyEnc === null) throw notFound("attachment");
    const meta = JSON.parse(ctx.cipher.decrypt(timelineField, entry.bodyEnc)) as { fileName: string };
    const bytes = Buffer.from(ctx.cipher.decrypt("case_attachments.content", content.contentEnc), "base64");
    return {
      result: { fileName: meta.fileName, mediaType: content.mediaType, bytes },
      recordId: caseId,
      details: { entryId, viaBreakGlass: c.viaBreakGlass },
    };
  });
}
