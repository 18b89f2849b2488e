import { z } from "zod";
import { uuid } from "../admin/schemas.ts";
import { CalendarDate, DateTime, multiLineText, singleLineText } from "../common/index.ts";
import { SectorSchema } from "../mapping/schemas.ts";
import { ScreeningInput, ScreeningResult } from "../screening/index.ts";
import { attachmentMaxBytes, attachmentMediaTypes, contentMatchesType, decodeBase64 } from "./attachments.ts";
import { caseStatuses, closeReasons } from "./lifecycle.ts";
import { caseActions } from "./need-to-know.ts";

/** Shared by the cases API (validation + OpenAPI) and the web app (forms + client types). */

// Coded fields follow the CTDC data standard's categories, so statistics can be exchanged.
export const genders = ["female", "male", "non_binary", "unknown"] as const;
export const ageBands = ["0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+"] as const;
/** Forms of exploitation: CBSS/HEUNI 2016 and Directive 2011/36/EU as amended by 2024/1712. */
export const exploitationForms = [
  "sexual_exploitation",
  "forced_labour",
  "forced_begging",
  "forced_criminality",
  "forced_marriage",
  "sham_marriage",
  "benefit_fraud",
  "domestic_servitude",
  "organ_removal",
  "surrogacy_exploitation",
  "illegal_adoption",
  "other",
] as const;
export const consentPurposes = ["processing", "sharing", "contact"] as const;

/** A required single-line text (a name, a title) and a required multi-line one (a note, a reason). */
const text = (max: number) => singleLineText(max).min(1);
const longText = (max: number) => multiLineText(max).min(1);
const Country = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as FI");
const Language = z.string().regex(/^[a-z]{2,3}$/, "an ISO 639 code such as fi");
export const CaseStatusSchema = z.enum(caseStatuses);
export const ExploitationForm = z.enum(exploitationForms);

/** Identity: every field optional (pseudonymous by default) and encrypted at rest. */
export const PersonIdentity = z.strictObject({
  givenName: text(200).nullable().optional(),
  familyName: text(200).nullable().optional(),
  aliases: z.array(text(200)).max(10).optional(),
  dateOfBirth: CalendarDate.nullable().optional(),
  documentNumbers: z.array(text(100)).max(5).optional(),
  phone: text(50).nullable().optional(),
  address: longText(500).nullable().optional(),
});
/** Coded fields for statistics, not identifying alone. */
export const PersonCoded = z.strictObject({
  gender: z.enum(genders).nullable().optional(),
  ageBand: z.enum(ageBands).nullable().optional(),
  citizenship: Country.nullable().optional(),
  languages: z.array(Language).max(10).optional(),
  unaccompaniedMinor: z.boolean().optional(),
});
export const PersonInput = z.strictObject({ ...PersonIdentity.shape, ...PersonCoded.shape });
export type PersonInput = z.infer<typeof PersonInput>;

export const Person = z.object({
  id: uuid,
  caseCode: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  aliases: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  documentNumbers: z.array(z.string()),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  gender: z.string().nullable(),
  ageBand: z.string().nullable(),
  citizenship: z.string().nullable(),
  languages: z.array(z.string()),
  unaccompaniedMinor: z.boolean(),
  anonymised: z.boolean(),
  version: z.number().int(),
});
export type Person = z.infer<typeof Person>;

export const PersonUpdate = PersonInput.extend({ version: z.number().int().positive() });
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/**
 * Whether a new case says whom or what it is about: a pseudonym or another identifying field, a
 * descriptive one (gender, age band, citizenship, languages, unaccompanied minor), a form of
 * exploitation or the reason for concern. A case of nothing cannot be found again or told apart.
 */
export function caseHasMinimum(c: {
  person: PersonInput;
  forms?: readonly string[] | undefined;
  why?: string | undefined;
}): boolean {
  const p = c.person;
  const filled = (v: unknown) =>
    Array.isArray(v) ? v.length > 0 : typeof v === "string" ? v.trim() !== "" : v !== null && v !== undefined;
  return (
    [p.givenName, p.familyName, p.aliases, p.dateOfBirth, p.documentNumbers, p.phone, p.address].some(
      filled,
    ) ||
    [p.gender, p.ageBand, p.citizenship, p.languages].some(filled) ||
    p.unaccompaniedMinor === true ||
    filled(c.forms) ||
    filled(c.why)
  );
}

export const CaseCreate = z
  .strictObject({
    person: PersonInput,
    ownerOrganisationId: uuid.optional(),
    highRisk: z.boolean().optional(),
    forms: z.array(ExploitationForm).max(12).optional(),
    why: longText(2000).optional(),
  })
  .superRefine((c, ctx) => {
    if (!caseHasMinimum(c))
      ctx.addIssue({
        code: "custom",
        path: ["person", "aliases"],
        message:
          "a case needs at least a pseudonym, or one identifying or descriptive field, a form of exploitation or the reason for concern",
        params: { reason: "case_minimum" },
      });
  });
export type CaseCreate = z.infer<typeof CaseCreate>;

/** The economic sector where the person was exploited: the local map's sector list (not personal data). */
export const CaseSector = SectorSchema;

export const CaseUpdate = z.strictObject({
  highRisk: z.boolean().optional(),
  forms: z.array(ExploitationForm).max(12).optional(),
  sector: CaseSector.nullable().optional(),
  assigneeId: uuid.nullable().optional(),
  version: z.number().int().positive(),
});
export type CaseUpdate = z.infer<typeof CaseUpdate>;

const why = longText(2000).optional();
const version = z.number().int().positive();
export const TransitionRequest = z.discriminatedUnion("to", [
  z.strictObject({ to: z.literal("concern_raised"), why, version }),
  z.strictObject({ to: z.literal("screening"), why, version }),
  z.strictObject({ to: z.literal("potential_victim"), why, version }),
  z.strictObject({ to: z.literal("presumed_victim"), why, version }),
  z.strictObject({
    to: z.literal("in_assistance"),
    reflectionPeriodStart: CalendarDate,
    reflectionPeriodEnd: CalendarDate.nullable().optional(),
    why,
    version,
  }),
  z.strictObject({
    to: z.literal("closed"),
    reason: z.enum(closeReasons).exclude(["duplicate_merged"]),
    why,
    version,
  }),
]);
export type TransitionRequest = z.infer<typeof TransitionRequest>;

export const CaseStateSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("concern_raised") }),
  z.object({ status: z.literal("screening") }),
  z.object({ status: z.literal("potential_victim") }),
  z.object({ status: z.literal("presumed_victim") }),
  z.object({
    status: z.literal("in_assistance"),
    reflectionPeriod: z.object({ start: z.string(), end: z.string().nullable() }),
  }),
  z.object({ status: z.literal("closed"), reason: z.enum(closeReasons), closedOn: z.string() }),
]);

export const NoteCreate = z.strictObject({ text: longText(4000) });
export const ContactCreate = z.strictObject({
  kind: z.enum(["contact", "meeting"]),
  occurredAt: DateTime,
  summary: longText(4000),
  withOrganisationId: uuid.optional(),
  interpreterUsed: z.boolean().optional(),
});
export const TaskCreate = z.strictObject({
  title: text(200),
  dueOn: CalendarDate,
  assigneeId: uuid.optional(),
});
export const TaskUpdate = z.strictObject({
  title: text(200).optional(),
  dueOn: CalendarDate.optional(),
  done: z.boolean().optional(),
  version,
});

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
export const AttachmentCreate = z
  .strictObject({
    fileName: text(200),
    mediaType: z.enum(attachmentMediaTypes),
    contentBase64: z
      .string()
      .min(4)
      .max(Math.ceil(attachmentMaxBytes / 3) * 4)
      .regex(base64, "base64"),
  })
  .superRefine((v, ctx) => {
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(v.contentBase64);
    } catch {
      ctx.addIssue({ code: "custom", path: ["contentBase64"], message: "not valid base64" });
      return;
    }
    if (bytes.length > attachmentMaxBytes) {
      ctx.addIssue({
        code: "custom",
        path: ["contentBase64"],
        message: `at most ${attachmentMaxBytes} bytes`,
      });
    } else if (!contentMatchesType(bytes, v.mediaType)) {
      ctx.addIssue({ code: "custom", path: ["contentBase64"], message: `content is not ${v.mediaType}` });
    }
  });
export type AttachmentCreate = z.infer<typeof AttachmentCreate>;

export const ConsentCreate = z
  .strictObject({
    purpose: z.enum(consentPurposes),
    organisationId: uuid.optional(),
    givenOn: CalendarDate,
    form: z.enum(["oral", "written"]),
    language: Language,
    interpreter: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if ((v.purpose === "sharing") !== (v.organisationId !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationId"],
        message: "consent to sharing names the organisation; other purposes do not",
      });
    }
  });
export type ConsentCreate = z.infer<typeof ConsentCreate>;
export const ConsentWithdraw = z.strictObject({ withdrawnOn: CalendarDate });

export const GrantCreate = z
  .strictObject({ organisationId: uuid.optional(), userId: uuid.optional() })
  .superRefine((v, ctx) => {
    if ((v.organisationId === undefined) === (v.userId === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationId"],
        message: "name either an organisation or a user",
      });
    }
  });
export const Empty = z.strictObject({});
export const BreakGlassRequest = z.strictObject({ reason: longText(1000).min(10) });
export const MergeRequest = z.strictObject({ duplicateCaseId: uuid, version });
export const AnonymiseRequest = z.strictObject({ version });
export const RetentionPolicyUpdate = z.strictObject({
  monthsAfterClosure: z.number().int().min(1).max(600),
  /** 0 while the municipality still runs on the default policy. */
  version: z.number().int().min(0),
});
export const RetentionRunRequest = z.strictObject({ dryRun: z.boolean(), asOf: CalendarDate.optional() });

export const CaseListQuery = z.strictObject({
  status: CaseStatusSchema.optional(),
  form: ExploitationForm.optional(),
  highRisk: z.enum(["true", "false"]).optional(),
  assigneeId: uuid.optional(),
  dueTasks: z.enum(["true"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** Keyset paging: the `nextCursor` of the previous page (steady while cases change, unlike offset). */
  cursor: z
    .string()
    .regex(/^\d{1,19}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "a nextCursor value")
    .optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const AbilitiesSchema = z.object(
  Object.fromEntries(caseActions.map((a) => [a, z.boolean()])) as Record<
    (typeof caseActions)[number],
    z.ZodBoolean
  >,
);
export const CaseAccessSchema = z.enum(["none", "existence", "content"]);

export const CaseSummary = z.object({
  id: uuid,
  caseCode: z.string(),
  status: CaseStatusSchema,
  ownerOrganisationId: uuid,
  access: CaseAccessSchema,
  /** Null when the viewer sees only that the case exists. */
  highRisk: z.boolean().nullable(),
  forms: z.array(z.string()).nullable(),
  assigneeId: uuid.nullable(),
  openTasks: z.number().int().nullable(),
  nextDueOn: z.string().nullable(),
  updatedAt: z.string(),
  /** What the team knows the person by (their first alias or pseudonym); only with content. */
  label: z.string().nullable().optional(),
  /** The person's initials from their names, when recorded; only with content. */
  initials: z.string().nullable().optional(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseList = z.object({
  items: z.array(CaseSummary),
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const StatusChange = z.object({
  from: CaseStatusSchema.nullable(),
  to: CaseStatusSchema,
  state: CaseStateSchema,
  why: z.string().nullable(),
  by: uuid.nullable(),
  at: z.string(),
});

export const TimelineEntry = z.object({
  id: uuid,
  kind: z.enum(["note", "contact", "task", "attachment", "screening"]),
  at: z.string(),
  by: uuid.nullable(),
  version: z.number().int(),
  note: z.object({ text: z.string() }).optional(),
  contact: ContactCreate.optional(),
  task: z
    .object({ title: z.string(), dueOn: z.string(), done: z.boolean(), assigneeId: uuid.nullable() })
    .optional(),
  attachment: z
    .object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })
    .optional(),
  screening: z.object({ input: z.unknown(), result: ScreeningResult }).optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Consent = z.object({
  id: uuid,
  purpose: z.enum(consentPurposes),
  organisationId: uuid.nullable(),
  givenOn: z.string(),
  form: z.enum(["oral", "written"]),
  language: z.string(),
  interpreter: z.boolean(),
  withdrawnOn: z.string().nullable(),
  active: z.boolean(),
});
export type Consent = z.infer<typeof Consent>;

export const Grant = z.object({
  id: uuid,
  organisationId: uuid.nullable(),
  userId: uuid.nullable(),
  grantedBy: uuid.nullable(),
  grantedAt: z.string(),
});

/** Whom the case team can name: organisations, and colleagues whose role may hold case content. */
export const CaseDirectory = z.object({
  organisations: z.array(z.object({ id: uuid, name: z.string(), kind: z.string() })),
  users: z.array(
    z.object({ id: uuid, displayName: z.string(), organisationId: uuid.nullable(), role: z.string() }),
  ),
});
export type CaseDirectory = z.infer<typeof CaseDirectory>;

export const BreakGlassAccess = z.object({
  id: uuid,
  caseId: uuid,
  userId: uuid,
  reason: z.string().nullable(),
  at: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: uuid.nullable(),
});

export const CaseContent = z.object({
  person: Person,
  state: CaseStateSchema,
  forms: z.array(z.string()),
  sector: z.string().nullable(),
  highRisk: z.boolean(),
  assigneeId: uuid.nullable(),
  history: z.array(StatusChange),
  timeline: z.array(TimelineEntry),
  screeningTimeline: z.array(z.unknown()),
  consents: z.array(Consent),
  grants: z.array(Grant),
});

export const CaseDetail = z.object({
  id: uuid,
  caseCode: z.string(),
  status: CaseStatusSchema,
  ownerOrganisationId: uuid,
  personId: uuid,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  anonymised: z.boolean(),
  mergedIntoCaseId: uuid.nullable(),
  access: CaseAccessSchema,
  viaBreakGlass: z.boolean(),
  /** When the viewer's emergency access ends (null unless `viaBreakGlass`). */
  breakGlassUntil: z.string().nullable(),
  abilities: AbilitiesSchema,
  content: CaseContent.nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const DuplicateCandidateSchema = z.object({
  caseId: uuid,
  caseCode: z.string(),
  ownerOrganisationId: uuid,
  matched: z.array(z.string()),
  strength: z.enum(["strong", "possible"]),
});
export const CaseCreated = z.object({
  case: CaseDetail,
  duplicateCandidates: z.array(DuplicateCandidateSchema),
});

export const FieldVersion = z.object({
  recordType: z.enum(["person", "case"]),
  version: z.number().int(),
  changedBy: uuid.nullable(),
  changedAt: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});

export const RetentionPolicySchema = z.object({
  monthsAfterClosure: z.number().int(),
  version: z.number().int(),
});
export const RetentionReport = z.object({
  dryRun: z.boolean(),
  asOf: z.string(),
  monthsAfterClosure: z.number().int(),
  due: z.array(z.object({ caseId: uuid, caseCode: z.string(), closedOn: z.string(), dueOn: z.string() })),
  anonymised: z.number().int(),
});

export { ScreeningInput };
