import type { Queryable } from "../connection.ts";

export interface ConsentRow {
  id: string;
  caseId: string;
  purpose: "processing" | "sharing" | "contact";
  organisationId: string | null;
  givenOn: string;
  form: "oral" | "written";
  language: string;
  interpreter: boolean;
  withdrawnOn: string | null;
}

const consentColumns = `id, case_id as "caseId", purpose, organisation_id as "organisationId",
  to_char(given_on, 'YYYY-MM-DD') as "givenOn", form, language, interpreter,
  to_char(withdrawn_on, 'YYYY-MM-DD') as "withdrawnOn"`;

export async function insertConsent(
  tx: Queryable,
  municipalityId: string,
  c: Omit<ConsentRow, "withdrawnOn">,
  recordedBy: string,
): Promise<ConsentRow> {
  const [row] = await tx.query<ConsentRow>(
    `insert into case_consents (id, municipality_id, case_id, purpose, organisation_id, given_on, form, language,
       interpreter, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${consentColumns}`,
    [
      c.id,
      municipalityId,
      c.caseId,
      c.purpose,
      c.organisationId,
      c.givenOn,
      c.form,
      c.language,
      c.interpreter,
      recordedBy,
    ],
  );
  return row!;
}

export async function listConsents(tx: Queryable, municipalityId: string, caseId: string) {
  return tx.query<ConsentRow>(
    `select ${consentColumns} from case_consents where municipality_id = $1 and case_id = $2 order by recorded_at, id`,
    [municipalityId, caseId],
  );
}

/** Withdrawal takes effect at once; a consent is withdrawn only once. Null when not found or already withdrawn. */
export async function withdrawConsent(
  tx: Queryable,
  municipalityId: string,
  caseId: string,
  id: string,
  withdrawnOn: string,
  by: string,
): Promise<ConsentRow | null> {
  const [row] = await tx.query<ConsentRow>(
    `update case_consents set withdrawn_on = $4, withdrawn_by = $5
     where municipality_id = $1 and case_id = $2 and id = $3 and withdrawn_on is null returning ${consentColumns}`,
    [municipalityId, caseId, id, withdrawnOn, by],
  );
  return row ?? null;
}

export interface GrantRow {
  id: string;
  caseId: string;
  organisationId: string | null;
  userId: string | null;
  grantedBy: string | null;
  grantedAt: Date;
}

const grantColumns = `id, case_id as "caseId", organisation_id as "organisationId", user_id as "userId",
  granted_by as "grantedBy", granted_at as "grantedAt"`;

export async function insertGrant(
  tx: Queryable,
  municipalityId: string,
  g: Omit<GrantRow, "grantedAt">,
): Promise<GrantRow> {
  const [row] = await tx.query<GrantRow>(
    `insert into case_grants (id, municipality_id, case_id, organisation_id, user_id, granted_by)
     values ($1, $2, $3, $4, $5, $6) returning ${grantColumns}`,
    [g.id, municipalityId, g.caseId, g.organisationId, g.userId, g.grantedBy],
  );
  return row!;
}

export async function listGrants(tx: Queryable, municipalityId: string, caseId: string) {
  return tx.query<GrantRow>(
    `select ${grantColumns} from case_grants where municipality_id = $1 and case_id = $2 and revoked_at is null
     order by granted_at, id`,
    [municipalityId, caseId],
  );
}

export async function revokeGrant(
  tx: Queryable,
  municipalityId: string,
  caseId: string,
  id: string,
  by: string,
) {
  const rows = await tx.query(
    `update case_grants set revoked_at = now(), revoked_by = $4
     where municipality_id = $1 and case_id = $2 and id = $3 and revoked_at is null returning id`,
    [municipalityId, caseId, id, by],
  );
  return rows.length === 1;
}

export interface BreakGlassRow {
  id: string;
  caseId: string;
  userId: string;
  reasonEnc: string | null;
  at: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

const breakGlassColumns = `id, case_id as "caseId", user_id as "userId", reason_enc as "reasonEnc", at,
  expires_at as "expiresAt", reviewed_at as "reviewedAt", reviewed_by as "reviewedBy"`;

export async function insertBreakGlass(
  tx: Queryable,
  municipalityId: string,
  b: { id: string; caseId: string; userId: string; reasonEnc: string; hours: number },
): Promise<BreakGlassRow> {
  const [row] = await tx.query<BreakGlassRow>(
    `insert into case_break_glass (id, municipality_id, case_id, user_id, reason_enc, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(hours => $6::int)) returning ${breakGlassColumns}`,
    [b.id, municipalityId, b.caseId, b.userId, b.reasonEnc, b.hours],
  );
  return row!;
}

export async function listBreakGlass(tx: Queryable, municipalityId: string, onlyUnreviewed: boolean) {
  return tx.query<BreakGlassRow>(
    `select ${breakGlassColumns} from case_break_glass
     where municipality_id = $1 and (not $2 or reviewed_at is null) order by at desc limit 500`,
    [municipalityId, onlyUnreviewed],
  );
}

export async function reviewBreakGlass(
  tx: Queryable,
  municipalityId: string,
  caseId: string,
  id: string,
  by: string,
): Promise<BreakGlassRow | null> {
  const [row] = await tx.query<BreakGlassRow>(
    `update case_break_glass set reviewed_at = now(), reviewed_by = $4
     where municipality_id = $1 and case_id = $2 and id = $3 and reviewed_at is null returning ${breakGlassColumns}`,
    [municipalityId, caseId, id, by],
  );
  return row ?? null;
}

/** Every break-glass access to one case, newest first: part of what the person may see (GDPR art. 15). */
export async function listBreakGlassOfCase(tx: Queryable, municipalityId: string, caseId: string) {
  return tx.query<BreakGlassRow>(
    `select ${breakGlassColumns} from case_break_glass where municipality_id = $1 and case_id = $2 order by at desc`,
    [municipalityId, caseId],
  );
}
