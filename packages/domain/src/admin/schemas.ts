import { z } from "zod";
import { singleLineText } from "../common/index.ts";
import { permissions, roles } from "./roles.ts";

/** Shared by the API (validation + OpenAPI) and the web app (forms + client types). */

export const uuid = z.uuid();
const name = singleLineText(200).min(1);
/** Typed secrets (a password, a token) are kept as typed, never trimmed, but refuse control characters. */
const secret = singleLineText(200, { trim: false }).min(1);

export const organisationKinds = [
  "municipal_department",
  "social_services",
  "health_care",
  "police",
  "labour_inspection",
  "migration_authority",
  "education",
  "ngo",
  "trade_union",
  "faith_organisation",
  "other",
] as const;
export const OrganisationKind = z.enum(organisationKinds);
export const RoleSchema = z.enum(roles);
export const PermissionSchema = z.enum(permissions);

export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** `reason`: why a shared text or date type refused the value (`common.InputReason`), for translation. */
    issues: z
      .array(z.object({ path: z.string(), message: z.string(), reason: z.string().optional() }))
      .optional(),
    /** On 409: the record as it is now, so the client can show what changed. */
    current: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

// ---- auth -------------------------------------------------------------------------------------

export const SignInRequest = z.strictObject({
  email: z.email().max(254),
  password: secret,
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** Length is the policy (NIST SP 800-63B): at least 12 characters; the server also refuses common ones. */
export const minPasswordLength = 12;
export const NewPassword = singleLineText(200, { trim: false }).min(
  minPasswordLength,
  `at least ${minPasswordLength} characters`,
);

/** A signed-in user changes their own password; the current one (and a TOTP code where enrolled) proves it is them. */
export const PasswordChangeRequest = z.strictObject({
  currentPassword: secret,
  newPassword: NewPassword,
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type PasswordChangeRequest = z.infer<typeof PasswordChangeRequest>;

export const PasswordChanged = z.object({ sessionsEnded: z.int() });
export type PasswordChanged = z.infer<typeof PasswordChanged>;

/** Sets a password with a one-time token: after a first sign-in with an issued password, or a reset. */
export const PasswordSetRequest = z.strictObject({
  token: secret,
  newPassword: NewPassword,
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type PasswordSetRequest = z.infer<typeof PasswordSetRequest>;

export const PasswordResetRequest = z.strictObject({
  /** Also forget the authenticator app (a lost phone): the user enrols anew after setting a password. */
  resetTotp: z.boolean().default(false),
});
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** Shown once to the admin or coordinator who issued it, to hand over out of band. */
export const PasswordResetIssued = z.object({
  resetUrl: z.string(),
  code: z.string(),
  expiresAt: z.string(),
});
export type PasswordResetIssued = z.infer<typeof PasswordResetIssued>;

// ---- languages (issue 18) ------------------------------------------------------------------------

/** The languages Ariadne speaks; the web app has a folder of messages for each (a test checks). */
export const localeCodes = ["en", "fi", "sv", "da", "de", "et", "is", "lt", "lv", "nb", "pl"] as const;
export const LocaleCode = z.enum(localeCodes);
export type LocaleCode = z.infer<typeof LocaleCode>;

/** A user's own language; null follows the municipality's default. */
export const OwnLocale = z.strictObject({ locale: LocaleCode.nullable() });
export type OwnLocale = z.infer<typeof OwnLocale>;

/** A municipality's default language, for its users who chose none. */
export const MunicipalityLocale = z.strictObject({ locale: LocaleCode });
export type MunicipalityLocale = z.infer<typeof MunicipalityLocale>;

/** The language a user reads in, and where it comes from. */
export const LocalePreference = z.object({
  /** What the user reads: their own choice, else the municipality's default, else English. */
  locale: z.string(),
  own: z.string().nullable(),
  municipalityDefault: z.string().nullable(),
});
export type LocalePreference = z.infer<typeof LocalePreference>;

export const Me = z.object({
  id: uuid,
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  permissions: z.array(PermissionSchema),
  organisationId: uuid.nullable(),
  municipalityId: uuid.nullable(),
  municipalityName: z.string().nullable(),
  totpEnabled: z.boolean(),
  /** The language this user reads in (their own choice, else the municipality's default). */
  locale: z.string(),
  /** Their own choice; null when they follow the municipality's default. */
  ownLocale: z.string().nullable(),
  municipalityLocale: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

export const SessionResponse = z.object({
  user: Me,
  csrfToken: z.string(),
  expiresAt: z.string(),
  /** Sign-out after this much inactivity: the app warns two minutes before. */
  idleMinutes: z.int(),
  /** The key this user's unsent drafts are encrypted with on the device; held in memory only. */
  draftKey: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

/** Sign-in answers with a session, or with the step that must come first: set an own password, enrol TOTP. */
export const SignInResponse = z.discriminatedUnion("status", [
  z.object({ status: z.literal("signed_in"), session: SessionResponse }),
  z.object({ status: z.literal("password_change_required"), passwordToken: z.string() }),
  /** The password was right; the code from the authenticator app is asked next (send both again). */
  z.object({ status: z.literal("totp_required") }),
  z.object({
    status: z.literal("totp_enrolment_required"),
    enrolmentToken: z.string(),
    secret: z.string(),
    otpauthUri: z.string(),
  }),
]);
export type SignInResponse = z.infer<typeof SignInResponse>;

export const TotpEnrolRequest = z.strictObject({
  enrolmentToken: secret,
  totp: z.string().regex(/^\d{6}$/),
});
export type TotpEnrolRequest = z.infer<typeof TotpEnrolRequest>;

// ---- municipalities ---------------------------------------------------------------------------

export const Municipality = z.object({
  id: uuid,
  name: z.string(),
  country: z.string(),
  /** The language of its users who chose none (issue 18). */
  defaultLocale: z.string(),
  createdAt: z.string(),
});
export type Municipality = z.infer<typeof Municipality>;
export const MunicipalityCreate = z.strictObject({
  name,
  country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 code, e.g. FI"),
});
export type MunicipalityCreate = z.infer<typeof MunicipalityCreate>;

// ---- organisations ----------------------------------------------------------------------------

export const Organisation = z.object({
  id: uuid,
  municipalityId: uuid,
  name: z.string(),
  kind: OrganisationKind,
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof Organisation>;
export const OrganisationCreate = z.strictObject({ name, kind: OrganisationKind });
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;
export const OrganisationUpdate = z.strictObject({
  name: name.optional(),
  kind: OrganisationKind.optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

// ---- users ------------------------------------------------------------------------------------

export const User = z.object({
  id: uuid,
  municipalityId: uuid.nullable(),
  organisationId: uuid.nullable(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  /** A regional analyst's region (issue 17); null for every other role. */
  regionId: uuid.nullable(),
  active: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;
export const UserCreate = z.strictObject({
  email: z.email().max(254),
  displayName: name,
  organisationId: uuid,
  role: RoleSchema,
  /** Required for a regional analyst, refused for every other role. */
  regionId: uuid.optional(),
});
export type UserCreate = z.infer<typeof UserCreate>;
/** The initial password is shown once to the creator, who hands it over out of band. */
export const UserCreated = z.object({ user: User, initialPassword: z.string() });
export type UserCreated = z.infer<typeof UserCreated>;
export const UserUpdate = z.strictObject({
  displayName: name.optional(),
  role: RoleSchema.optional(),
  organisationId: uuid.optional(),
  regionId: uuid.optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

// ---- audit ------------------------------------------------------------------------------------

export const auditOutcomes = ["success", "denied", "failure"] as const;
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: uuid.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditQuery = z.strictObject({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: singleLineText(100).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

export const Paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
