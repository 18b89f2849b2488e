import { z } from "zod";
import { multiLineText } from "../common/index.ts";

/**
 * A report of concern handed from the coordinator's inbox to a frontline worker of the
 * municipality (issue 15, point 4): the coordinator reads concerns but keeps out of casework; the
 * worker opens a case from it, or hands it back with a reason. The worker sees only what was
 * handed to them, and never the reporter's contact.
 */
export const handOffLimits = { note: 1000, reason: 1000 } as const;

export const handOffStatuses = ["open", "case_opened", "handed_back"] as const;
export const HandOffStatus = z.enum(handOffStatuses);
export type HandOffStatus = z.infer<typeof HandOffStatus>;

/** The coordinator's hand-off: to whom, with a short note, against the concern's version. */
export const ConcernHandOffCreate = z.strictObject({
  version: z.int().min(1),
  toUserId: z.uuid(),
  note: multiLineText(handOffLimits.note).default(""),
});
export type ConcernHandOffCreate = z.infer<typeof ConcernHandOffCreate>;

/** The worker's hand-back: why the concern is not theirs to take on (a reason is required). */
export const ConcernHandBack = z.strictObject({
  reason: multiLineText(handOffLimits.reason).min(1),
});
export type ConcernHandBack = z.infer<typeof ConcernHandBack>;

/** A hand-off as both sides see it; names are staff names, never the reporter's. */
export const ConcernHandOff = z.object({
  id: z.uuid(),
  concernId: z.uuid(),
  toUserId: z.uuid(),
  toName: z.string(),
  byName: z.string(),
  note: z.string(),
  status: HandOffStatus,
  reason: z.string().nullable(),
  caseId: z.uuid().nullable(),
  handedAt: z.string(),
  closedAt: z.string().nullable(),
});
export type ConcernHandOff = z.infer<typeof ConcernHandOff>;

/** What the frontline worker reads of a concern handed to them: the signal, not the reporter. */
export const HandedConcern = z.object({
  handOff: ConcernHandOff,
  concern: z.object({
    receivedAt: z.string(),
    what: z.string(),
    where: z.string(),
    when: z.string().nullable(),
    language: z.string(),
  }),
});
export type HandedConcern = z.infer<typeof HandedConcern>;

export const HandedConcernList = z.object({ items: z.array(HandedConcern) });
export type HandedConcernList = z.infer<typeof HandedConcernList>;

/** A staff member a concern can be handed to (a role that opens cases, in the municipality). */
export const HandOffRecipient = z.object({ id: z.uuid(), name: z.string() });
export type HandOffRecipient = z.infer<typeof HandOffRecipient>;

/** A case opened from a handed concern: the hand-off as closed, and the case to open. */
export const HandOffCaseOpened = z.object({
  handOff: ConcernHandOff,
  caseId: z.uuid(),
  caseCode: z.string(),
});
export type HandOffCaseOpened = z.infer<typeof HandOffCaseOpened>;
