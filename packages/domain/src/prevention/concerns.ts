import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";
import { ConcernHandOff, HandOffRecipient } from "./concern-hand-offs.ts";

/**
 * A report of concern from the public page (issue 15, point 4): anonymous allowed, contact
 * optional, a coarse place (a district is enough, never required precisely). It lands in the
 * coordinators' inbox as a signal. The UK's Duty to Notify report is the model: anonymous, no
 * consent needed, a signal and not a case.
 */
export const concernLimits = { what: 4000, where: 200, contact: 200, reply: 4000 } as const;

export const ConcernSubmission = z.strictObject({
  what: multiLineText(concernLimits.what).min(1),
  where: singleLineText(concernLimits.where).default(""),
  when: z.union([z.literal(""), CalendarDate]).default(""),
  contact: singleLineText(concernLimits.contact).default(""),
  /** The honeypot: a field people never see; anything in it is a script's. */
  website: z.literal("").default(""),
  lang: z.string().max(5).default("en"),
});
export type ConcernSubmission = z.infer<typeof ConcernSubmission>;

export const concernStatuses = ["new", "in_progress", "closed"] as const;
export const ConcernStatus = z.enum(concernStatuses);

export const followUpKinds = ["mapping_entry", "outreach_visit", "case"] as const;
export const FollowUp = z.strictObject({ kind: z.enum(followUpKinds), id: z.uuid() });
/**
 * A follow-up as the inbox shows it: a case's id only to a reader of the case (need-to-know: the
 * coordinator learns that a case was opened, not which one).
 */
export const ShownFollowUp = z.object({ kind: z.enum(followUpKinds), id: z.uuid().nullable() });

/** A concern as the coordinator sees it in the inbox; the contact is read on its own (audited). */
export const Concern = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  receivedAt: z.string(),
  what: z.string(),
  where: z.string(),
  when: z.string().nullable(),
  hasContact: z.boolean(),
  language: z.string(),
  status: ConcernStatus,
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  followUp: ShownFollowUp.nullable(),
  /** The latest hand-off to a frontline worker, if any (open, or how it ended). */
  handOff: ConcernHandOff.nullable(),
  version: z.int(),
});
export type Concern = z.infer<typeof Concern>;

export const ConcernUpdate = z.strictObject({
  version: z.int().min(1),
  status: ConcernStatus.optional(),
  reply: multiLineText(concernLimits.reply).min(1).optional(),
  followUp: FollowUp.optional(),
});
export type ConcernUpdate = z.infer<typeof ConcernUpdate>;

/**
 * What the actor may do with a concern: the policy's answer, so the inbox need not guess. A case
 * is opened by the frontline worker the concern is handed to, never from the inbox itself.
 */
export const ConcernAbilities = z.object({ handOff: z.boolean(), addToMap: z.boolean() });
export type ConcernAbilities = z.infer<typeof ConcernAbilities>;

export const ConcernInbox = z.object({
  items: z.array(Concern),
  abilities: ConcernAbilities,
  /** Who a concern can be handed to (empty when the actor may not hand off). */
  handOffRecipients: z.array(HandOffRecipient),
});
export type ConcernInbox = z.infer<typeof ConcernInbox>;

/** A concern turned into a mapping entry: the concern as linked. */
export const ConcernFollowedUp = z.object({ concern: Concern });
export type ConcernFollowedUp = z.infer<typeof ConcernFollowedUp>;

/**
 * The report of concern a case was opened from, as the case page shows it: when it came, and where
 * to read it for a user allowed to (the worker it was handed to, the inbox's coordinator), else null.
 */
export const CaseSourceConcern = z.object({
  concernId: z.uuid(),
  receivedAt: z.string(),
  link: z.string().nullable(),
});
export type CaseSourceConcern = z.infer<typeof CaseSourceConcern>;

/** A case's source as the API answers it: null for a case opened otherwise (not an error: most are). */
export const CaseSource = z.object({ concern: CaseSourceConcern.nullable() });
export type CaseSource = z.infer<typeof CaseSource>;

/** Receipt codes: 12 characters without look-alikes (no 0/O, 1/I/L), in three groups. */
export const receiptAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Formats 12 random bytes as a receipt code; `bytes` come from the caller's generator. */
export function receiptCode(bytes: Uint8Array): string {
  const chars = [...bytes.slice(0, 12)].map((b) => receiptAlphabet[b % receiptAlphabet.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8, 12).join("")}`;
}

/** A code as typed (spaces, dashes, lower case) in its canonical form, or null if it cannot be one. */
export function normaliseReceiptCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, "");
  if (plain.length !== 12 || [...plain].some((c) => !receiptAlphabet.includes(c))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}
