import type { admin } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";
import { iso } from "./rows.ts";

export type UserRow = {
  id: string;
  municipality_id: string | null;
  organisation_id: string | null;
  email: string;
  display_name: string;
  role: admin.Role;
  region_id: string | null;
  password_hash: string;
  totp_secret_enc: string | null;
  totp_enabled: boolean;
  totp_last_step: number | string;
  failed_sign_ins: number;
  locked_until: Date | null;
  must_change_password: boolean;
  active: boolean;
  version: number;
  created_at: Date;
};

/** What a user's profile shows: never the password hash or the TOTP secret. */
const profileColumns =
  "id, municipality_id, organisation_id, email, display_name, role, region_id, totp_enabled, locked_until, active, version, created_at";
type ProfileRow = Pick<
  UserRow,
  | "id"
  | "municipality_id"
  | "organisation_id"
  | "email"
  | "display_name"
  | "role"
  | "region_id"
  | "totp_enabled"
  | "locked_until"
  | "active"
  | "version"
  | "created_at"
>;

export const toUser = (r: ProfileRow): admin.User => ({
  id: r.id,
  municipalityId: r.municipality_id,
  organisationId: r.organisation_id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  regionId: r.region_id ?? null,
  active: r.active,
  totpEnabled: r.totp_enabled,
  lockedUntil: r.locked_until && r.locked_until > new Date() ? iso(r.locked_until) : null,
  version: r.version,
  createdAt: iso(r.created_at)!,
});

export async function findUserByEmail(tx: Queryable, email: string) {
  const [row] = await tx.query<UserRow>("select * from users where email = $1", [email.toLowerCase()]);
  return row ?? null;
}

export async function getUserRow(tx: Queryable, id: string) {
  const [row] = await tx.query<UserRow>("select * from users where id = $1", [id]);
  return row ?? null;
}

/** The users list's statement; the benchmark runs it bare in pgbench to compare with the route. */
export const listUsersSql = `select ${profileColumns} from users where municipality_id = $1 order by display_name`;

export async function listUsers(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<ProfileRow>(listUsersSql, [municipalityId]);
  return rows.map(toUser);
}

export async function getUser(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<ProfileRow>(
    `select ${profileColumns} from users where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toUser(row) : null;
}

export async function emailTaken(tx: Queryable, email: string): Promise<boolean> {
  // Addresses are unique across municipalities; callers run this in system context.
  const rows = await tx.query("select 1 from users where email = $1", [email.toLowerCase()]);
  return rows.length > 0;
}

export async function insertUser(
  tx: Queryable,
  u: {
    id: string;
    municipalityId: string | null;
    organisationId: string | null;
    email: string;
    displayName: string;
    role: admin.Role;
    regionId?: string | null;
    passwordHash: string;
    /** True for a password someone else issued: the user sets their own at the first sign-in. */
    mustChangePassword: boolean;
    totpSecretEnc?: string | null;
  },
) {
  const [row] = await tx.query<UserRow>(
    `insert into users (id, municipality_id, organisation_id, email, display_name, role, password_hash,
       totp_secret_enc, totp_enabled, must_change_password, region_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text, $8::text is not null, $9, $10) returning *`,
    [
      u.id,
      u.municipalityId,
      u.organisationId,
      u.email.toLowerCase(),
      u.displayName,
      u.role,
      u.passwordHash,
      u.totpSecretEnc ?? null,
      u.mustChangePassword,
      u.regionId ?? null,
    ],
  );
  return toUser(row!);
}

export async function updateUser(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  patch: {
    displayName?: string | undefined;
    role?: string | undefined;
    organisationId?: string | undefined;
    active?: boolean | undefined;
    /** The region as it is to be (null: none); left as it is when undefined. */
    regionId?: string | null | undefined;
  },
) {
  const [row] = await tx.query<UserRow>(
    `update users set display_name = coalesce($4, display_name), role = coalesce($5, role),
       organisation_id = coalesce($6, organisation_id), active = coalesce($7, active),
       region_id = case when $8::boolean then $9::uuid else region_id end,
       version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning *`,
    [
      municipalityId,
      id,
      version,
      patch.displayName ?? null,
      patch.role ?? null,
      patch.organisationId ?? null,
      patch.active ?? null,
      patch.regionId !== undefined,
      patch.regionId ?? null,
    ],
  );
  return row ? toUser(row) : null;
}

/**
 * Counts a failed sign-in against the account; when the failures from one address reached the
 * limit, notes until when sign-ins from that address are paused (shown to admins, never to the caller).
 */
export async function recordFailedSignIn(tx: Queryable, id: string, pausedUntil: Date | null) {
  await tx.query(
    `update users set failed_sign_ins = failed_sign_ins + 1,
       locked_until = coalesce($2, locked_until) where id = $1`,
    [id, pausedUntil],
  );
}

export async function recordSuccessfulSignIn(tx: Queryable, id: string, totpStep: number | null) {
  await tx.query(
    `update users set failed_sign_ins = 0, locked_until = null,
       totp_last_step = greatest(totp_last_step, coalesce($2, 0)) where id = $1`,
    [id, totpStep],
  );
}

export async function enableTotp(tx: Queryable, id: string, secretEnc: string, step: number) {
  await tx.query(
    "update users set totp_secret_enc = $2, totp_enabled = true, totp_last_step = $3, failed_sign_ins = 0 where id = $1",
    [id, secretEnc, step],
  );
}

/** Sets a new password hash; `mustChange` when an admin issued it, so the user replaces it at sign-in. */
export async function setPassword(tx: Queryable, id: string, passwordHash: string, mustChange: boolean) {
  await tx.query(
    `update users set password_hash = $2, must_change_password = $3, password_changed_at = now(),
       version = version + 1, updated_at = now() where id = $1`,
    [id, passwordHash, mustChange],
  );
}

/** Forgets the authenticator app, so the user enrols anew at the next sign-in (a lost phone). */
export async function resetTotp(tx: Queryable, id: string) {
  await tx.query(
    "update users set totp_enabled = false, totp_secret_enc = null, totp_last_step = 0 where id = $1",
    [id],
  );
}

/** A user's own language, or null to follow the municipality's default (issue 18). */
export async function setUserLocale(tx: Queryable, id: string, locale: string | null) {
  await tx.query("update users set locale = $2 where id = $1", [id, locale]);
}

export interface LocalePreferenceRow {
  locale: string;
  own: string | null;
  municipalityDefault: string | null;
}

/**
 * The language a user reads in: their own choice, else their municipality's default, else English.
 * The one accessor for everything that writes to a person (pages, e-mails, PDFs); null for no such user.
 */
export async function readerLocale(tx: Queryable, userId: string): Promise<LocalePreferenceRow | null> {
  const [row] = await tx.query<{ own: string | null; municipality_default: string | null }>(
    `select u.locale as own, m.default_locale as municipality_default
       from users u left join municipalities m on m.id = u.municipality_id
      where u.id = $1`,
    [userId],
  );
  if (!row) return null;
  return {
    locale: row.own ?? row.municipality_default ?? "en",
    own: row.own,
    municipalityDefault: row.municipality_default,
  };
}
