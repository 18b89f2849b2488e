import type { Queryable } from "../connection.ts";

export async function getRetentionPolicy(tx: Queryable, municipalityId: string) {
  const [row] = await tx.query<{ monthsAfterClosure: number; version: number }>(
    `select months_after_closure as "monthsAfterClosure", version from case_retention_policies
     where municipality_id = $1`,
    [municipalityId],
  );
  return row ?? null;
}

/** Sets the policy if `version` matches (0 when none is stored yet); false when stale. */
export async function setRetentionPolicy(
  tx: Queryable,
  municipalityId: string,
  monthsAfterClosure: number,
  version: number,
  by: string,
): Promise<boolean> {
  const rows = await tx.query(
    `insert into case_retention_policies (municipality_id, months_after_closure, updated_by)
     select $1, $2, $4 where $3 = 0
     on conflict (municipality_id) do update set months_after_closure = excluded.months_after_closure,
       updated_by = excluded.updated_by, updated_at = now(), version = case_retention_policies.version + 1
       where case_retention_policies.version = $3
     returning municipality_id`,
    [municipalityId, monthsAfterClosure, version, by],
  );
  return rows.length === 1;
}

/** Closed cases not yet anonymised: what the retention rule looks at. */
export async function retentionCandidates(tx: Queryable, municipalityId: string) {
  return tx.query<{
    caseId: string;
    caseCode: string;
    status: string;
    closedOn: string | null;
    anonymised: boolean;
  }>(
    `select c.id as "caseId", p.case_code as "caseCode", c.status, to_char(c.closed_on, 'YYYY-MM-DD') as "closedOn",
       c.anonymised_at is not null as anonymised
     from cases c join persons p on p.municipality_id = c.municipality_id and p.id = c.person_id
     where c.municipality_id = $1 and c.status = 'closed' and c.anonymised_at is null`,
    [municipalityId],
  );
}

/**
 * Removes everything that identifies the person from a case: identity fields, timeline content,
 * attachments, consents' free fields, field versions, reasons. Coded fields, status history codes
 * and the timeline's kinds and dates stay for statistics.
 */
export async function anonymiseCaseContent(tx: Queryable, municipalityId: string, caseId: string) {
  await tx.query(
    `delete from case_attachments a using case_timeline t
     where a.municipality_id = $1 and t.municipality_id = $1 and a.timeline_id = t.id and t.case_id = $2`,
    [municipalityId, caseId],
  );
  await tx.query("update case_timeline set body_enc = null where municipality_id = $1 and case_id = $2", [
    municipalityId,
    caseId,
  ]);
  await tx.query("delete from case_field_versions where municipality_id = $1 and case_id = $2", [
    municipalityId,
    caseId,
  ]);
  await tx.query(
    "update case_status_history set why_enc = null where municipality_id = $1 and case_id = $2",
    [municipalityId, caseId],
  );
  await tx.query(
    "update case_break_glass set reason_enc = null where municipality_id = $1 and case_id = $2",
    [municipalityId, caseId],
  );
  await tx.query(
    "update cases set anonymised_at = now(), assignee_id = null, updated_at = now(), version = version + 1 where municipality_id = $1 and id = $2",
    [municipalityId, caseId],
  );
}

/** Moves a duplicate's timeline, consents and grants to the case it is merged into. */
export async function moveCaseContent(
  tx: Queryable,
  municipalityId: string,
  fromCaseId: string,
  toCaseId: string,
) {
  for (const table of ["case_timeline", "case_consents", "case_grants", "case_field_versions"]) {
    await tx.query(`update ${table} set case_id = $3 where municipality_id = $1 and case_id = $2`, [
      municipalityId,
      fromCaseId,
      toCaseId,
    ]);
  }
}
