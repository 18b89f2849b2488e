import type { Queryable } from "../connection.ts";

/** A saved screening as statistics read it: still encrypted; the server opens it only to evaluate. */
export interface ScreeningEntryRow {
  caseId: string;
  at: string;
  year: number;
  /** The case's form category as statistics count it: one form, "mixed" or "not_recorded". */
  form: string;
  bodyEnc: string;
}

/**
 * Every screening saved in the municipality's cases (not merged away, not anonymised) in the years
 * of the period, with the case's form category (as case_stat_facts counts it, migration 0085).
 */
export async function listScreeningEntries(
  tx: Queryable,
  municipalityId: string,
  period: { from: number; to: number },
): Promise<ScreeningEntryRow[]> {
  const rows = await tx.query<{ case_id: string; at: Date; year: number; form: string; body_enc: string }>(
    `select t.case_id, t.at, extract(year from t.at)::int as year,
       case when cardinality(c.forms) = 0 then 'not_recorded'
            when cardinality(c.forms) > 1 then 'mixed' else c.forms[1] end as form,
       t.body_enc
     from case_timeline t
     join cases c on c.municipality_id = t.municipality_id and c.id = t.case_id
     where t.municipality_id = $1 and t.kind = 'screening' and t.body_enc is not null
       and c.merged_into_case_id is null
       and extract(year from t.at) between $2 and $3`,
    [municipalityId, period.from, period.to],
  );
  return rows.map((r) => ({
    caseId: r.case_id,
    at: new Date(r.at).toISOString(),
    year: Number(r.year),
    form: r.form,
    bodyEnc: r.body_enc,
  }));
}
