import type { Queryable } from "../connection.ts";
import type { UserRow } from "./users.ts";

export type SessionRow = UserRow & {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  municipality_name: string | null;
};

export async function insertSession(
  tx: Queryable,
  s: {
    tokenHash: string;
    userId: string;
    municipalityId: string | null;
    csrfToken: string;
    expiresAt: Date;
    ip: string;
  },
) {
  await tx.query(
    `insert into sessions (token_hash, user_id, municipality_id, csrf_token, expires_at, ip)
     values ($1, $2, $3, $4, $5, $6)`,
    [s.tokenHash, s.userId, s.municipalityId, s.csrfToken, s.expiresAt, s.ip],
  );
}

/**
 * The session with its user, in one statement outside any transaction (this runs on every
 * authenticated request); it also moves the idle deadline, at most once a minute.
 */
export async function findSession(db: Queryable, tokenHash: string): Promise<SessionRow | null> {
  const [row] = await db.query<{ s: SessionRow | string | null }>("select app_find_session($1) as s", [
    tokenHash,
  ]);
  const raw = row?.s;
  if (!raw) return null;
  const s = (typeof raw === "string" ? JSON.parse(raw) : raw) as Record<string, unknown>;
  // JSON carries timestamps as text; the rest of the system expects Dates, as the drivers give.
  for (const k of ["last_seen_at", "expires_at", "locked_until", "created_at", "updated_at"]) {
    if (typeof s[k] === "string") s[k] = new Date(s[k] as string);
  }
  return s as unknown as SessionRow;
}

export async function deleteSession(tx: Queryable, tokenHash: string): Promise<number> {
  const rows = await tx.query("delete from sessions where token_hash = $1 returning 1", [tokenHash]);
  return rows.length;
}

export async function deleteUserSessions(tx: Queryable, userId: string): Promise<number> {
  const rows = await tx.query("delete from sessions where user_id = $1 returning 1", [userId]);
  return rows.length;
}

export async function insertEnrolment(
  tx: Queryable,
  e: { tokenHash: string; userId: string; municipalityId: string | null; secretEnc: string; expiresAt: Date },
) {
  await tx.query(
    `insert into totp_enrolments (token_hash, user_id, municipality_id, secret_enc, expires_at)
     values ($1, $2, $3, $4, $5)`,
    [e.tokenHash, e.userId, e.municipalityId, e.secretEnc, e.expiresAt],
  );
}

export async function findEnrolment(tx: Queryable, tokenHash: string) {
  const [row] = await tx.query<{ user_id: string; secret_enc: string; expires_at: Date }>(
    "select user_id, secret_enc, expires_at from totp_enrolments where token_hash = $1",
    [tokenHash],
  );
  return row ?? null;
}

export async function deleteEnrolment(tx: Queryable, tokenHash: string) {
  await tx.query("delete from totp_enrolments where token_hash = $1", [tokenHash]);
}

export async function countRecentIpFailures(tx: Queryable, ip: string, minutes: number): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    "select count(*)::int as n from sign_in_failures where ip = $1 and at > now() - make_interval(mins => $2)",
    [ip, minutes],
  );
  return row!.n;
}

/** A failed sign-in from an address, and the account it named when that account exists. */
export async function recordIpFailure(tx: Queryable, ip: string, userId: string | null = null) {
  await tx.query("insert into sign_in_failures (ip, user_id) values ($1, $2)", [ip, userId]);
}

/** Failed sign-ins of one account from one address: the lock is on the pair, not the account. */
export async function countRecentAccountFailures(
  tx: Queryable,
  userId: string,
  ip: string,
  minutes: number,
): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from sign_in_failures
     where user_id = $1 and ip = $2 and at > now() - make_interval(mins => $3)`,
    [userId, ip, minutes],
  );
  return row!.n;
}

/** A successful sign-in from an address clears that account's failures from it. */
export async function clearAccountFailures(tx: Queryable, userId: string, ip: string) {
  await tx.query("delete from sign_in_failures where user_id = $1 and ip = $2", [userId, ip]);
}

export async function deleteOtherUserSessions(tx: Queryable, userId: string, keepTokenHash: string) {
  const rows = await tx.query("delete from sessions where user_id = $1 and token_hash <> $2 returning 1", [
    userId,
    keepTokenHash,
  ]);
  return rows.length;
}

export type PasswordTokenPurpose = "first_sign_in" | "reset";

export async function insertPasswordToken(
  tx: Queryable,
  t: {
    tokenHash: string;
    userId: string;
    municipalityId: string | null;
    purpose: PasswordTokenPurpose;
    issuedBy: string | null;
    expiresAt: Date;
  },
) {
  await tx.query(
    `insert into password_tokens (token_hash, user_id, municipality_id, purpose, issued_by, expires_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [t.tokenHash, t.userId, t.municipalityId, t.purpose, t.issuedBy, t.expiresAt],
  );
}

export async function findPasswordToken(tx: Queryable, tokenHash: string) {
  const [row] = await tx.query<{ user_id: string; purpose: PasswordTokenPurpose; expires_at: Date }>(
    "select user_id, purpose, expires_at from password_tokens where token_hash = $1",
    [tokenHash],
  );
  return row ?? null;
}

/** Every token of a user goes once a password is set or a new reset is issued: one live at a time. */
export async function deletePasswordTokens(tx: Queryable, userId: string) {
  await tx.query("delete from password_tokens where user_id = $1", [userId]);
}
