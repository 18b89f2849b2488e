import { adminDb, casesDb } from "@ariadne/db";
import { cases, screening } from "@ariadne/domain";
import type { Actor } from "../auth/actor.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { requireCase } from "./access.ts";
import { auditedCaseCommand } from "./audited-case.ts";
import { timelineField } from "./present.ts";

type Stored = { input: screening.ScreeningInput };

/**
 * One saved screening opened as a record: its answers (with their notes, decrypted only here, for
 * a viewer with the case's content), the result evaluated again, who recorded it, and how the
 * situation changed since the screening before it. Audited like every read of personal data.
 */
export function readScreening(s: Services, actor: Actor, caseId: string, entryId: string) {
  return auditedCaseCommand(s, actor, "cases.screening.read", async (ctx) => {
    const c = await requireCase(ctx.tx, actor, caseId, "read");
    // Seeing that a case exists is not seeing its content: the screening stays unknown.
    if (c.access !== "content") throw notFound("screening");
    const screenings = (await casesDb.listTimeline(ctx.tx, ctx.m, caseId)).filter(
      (e) => e.kind === "screening",
    );
    const index = screenings.findIndex((e) => e.id === entryId);
    const entry = screenings[index];
    if (!entry || entry.bodyEnc === null) throw notFound("screening");
    const open = (bodyEnc: string) =>
      (JSON.parse(ctx.cipher.decrypt(timelineField, bodyEnc)) as Stored).input;
    const input = open(entry.bodyEnc);
    const before = screenings[index - 1];
    const previousInput = before?.bodyEnc ? open(before.bodyEnc) : null;
    const previousResult = previousInput ? screening.evaluateScreening(previousInput) : null;
    const by = entry.createdBy ? await adminDb.getUser(ctx.tx, ctx.m, entry.createdBy) : null;
    const record: cases.ScreeningRecord = {
      id: entry.id,
      caseId,
      caseCode: c.row.caseCode,
      at: entry.at.toISOString(),
      recordedBy: by ? { id: by.id, displayName: by.displayName } : null,
      input,
      result: screening.evaluateScreening(input),
      previous:
        before && previousResult
          ? {
              id: before.id,
              at: before.at.toISOString(),
              outcome: previousResult.outcome,
              assistanceLevel: previousResult.assistance?.level ?? null,
            }
          : null,
      changes: cases.screeningChanges(previousInput, input),
      mayRescreen: c.abilities.write,
    };
    return {
      result: record,
      recordId: caseId,
      details: { entryId, viaBreakGlass: c.viaBreakGlass },
    };
  });
}
