import type { Queryable } from "../connection.ts";

/** A historic case as statistics know it: coded fields only, no identity. */
export interface CodedCase {
  id: string;
  personId: string;
  caseCode: string;
  ownerOrganisationId: string;
  gender: string | null;
  ageBand: string | null;
  citizenship: string | null;
  forms: readonly string[];
  /** The sector of exploitation; absent or null when not recorded. */
  sector?: string | null;
  createdAt: string;
  /** When assistance began (its status history entry), or null. */
  assistedAt: string | null;
  closedOn: string;
}

/**
 * Inserts closed, anonymised cases in bulk (demo data and benchmarks): the person carries only
 * coded fields, exactly what remains of a case after its retention period.
 */
export async function insertCodedCases(tx: Queryable, municipalityId: string, rows: readonly CodedCase[]) {
  if (rows.length === 0) return;
  const col = <K extends keyof CodedCase>(k: K) => rows.map((r) => r[k]);
  await tx.query(
    `insert into persons (id, municipality_id, case_code, gender, age_band, citizenship, created_at, anonymised_at)
     select id, $1, code, g, a, c, at, at from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::timestamptz[]) as t(id, code, g, a, c, at)`,
    [
      municipalityId,
      col("personId"),
      col("caseCode"),
      col("gender"),
      col("ageBand"),
      col("citizenship"),
      col("createdAt"),
    ],
  );
  await tx.query(
    `insert into cases (id, municipality_id, person_id, owner_organisation_id, status, state, forms, sector,
       closed_on, anonymised_at, created_at, updated_at)
     select id, $1, pid, org, 'closed',
       jsonb_build_object('status', 'closed', 'reason', 'assistance_completed', 'closedOn', closed::text),
       case when f = '' then '{}'::text[] else string_to_array(f, ',') end, sector, closed, at, at, at
     from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::timestamptz[], $8::text[])
       as t(id, pid, org, f, closed, at, sector)`,
    [
      municipalityId,
      col("id"),
      col("personId"),
      col("ownerOrganisationId"),
      rows.map((r) => r.forms.join(",")),
      col("closedOn"),
      col("createdAt"),
      rows.map((r) => r.sector ?? null),
    ],
  );
  const assisted = rows.filter((r) => r.assistedAt !== null);
  await tx.query(
    `insert into case_status_history (municipality_id, case_id, from_status, to_status, state, changed_at)
     select $1, id, 'potential_victim', 'in_assistance',
       jsonb_build_object('status', 'in_assistance', 'reflectionPeriod',
         jsonb_build_object('start', at::date::text, 'end', null)), at
     from unnest($2::uuid[], $3::timestamptz[]) as t(id, at)`,
    [municipalityId, assisted.map((r) => r.id), assisted.map((r) => r.assistedAt)],
  );
}
