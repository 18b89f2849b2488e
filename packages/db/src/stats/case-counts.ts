import { stats } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";

/** The coded dimensions statistics count cases by; none identifies a person alone. */
export const caseDimensions = ["gender", "ageBand", "citizenship", "timeToAssistance", "sector"] as const;
export type CaseDimension = (typeof caseDimensions)[number];

/** One count of cases: year of first contact, form category, one dimension's value. */
export interface CaseCount {
  year: number;
  form: string;
  dimension: CaseDimension;
  value: string;
  count: number;
}

/**
 * Cases counted per year of first contact (the case's creation), form of exploitation (mixed
 * forms as "mixed") and each coded dimension. The counts are kept current by the database in the
 * same transaction as the casework (migration 0085), so this reads a few thousand rows whatever the
 * number of cases. Merged cases count once, as the case they were merged into; time to first
 * assistance is banded in days.
 */
export async function countCases(tx: Queryable, municipalityId: string): Promise<CaseCount[]> {
  const rows = await tx.query<{
    year: number;
    form: string;
    dimension: CaseDimension;
    value: string;
    count: number;
  }>(
    `select year, form, dimension, value, count from case_stat_counts
     where municipality_id = $1 and count > 0`,
    [municipalityId],
  );
  return rows.map((r) => ({ ...r, year: Number(r.year), count: Number(r.count) }));
}

/**
 * Referrals sent, per year sent, service type (none when no service was named), status, overdue
 * flag and response time (hours from sending to the answer, in bands; a week or more as one value).
 */
export async function countReferrals(
  tx: Queryable,
  municipalityId: string,
): Promise<stats.ReferralCountRow[]> {
  const rows = await tx.query<{
    year: number;
    service_type: string;
    status: string;
    overdue: boolean;
    hours: number | null;
    count: number;
  }>(
    `select extract(year from r.sent_at)::int as year, coalesce(s.type, 'none') as service_type, r.status,
       (r.overdue_flagged_at is not null) as overdue,
       least(ceil(extract(epoch from ((r.state->>'answeredAt')::timestamptz - r.sent_at)) / 3600), 169)::int as hours,
       count(*)::int as count
     from referrals r
     left join services s on s.municipality_id = r.municipality_id and s.id = r.service_id
     where r.municipality_id = $1 and r.sent_at is not null
     group by 1, 2, 3, 4, 5`,
    [municipalityId],
  );
  const merged = new Map<string, stats.ReferralCountRow>();
  for (const r of rows) {
    const row: stats.ReferralCountRow = {
      year: Number(r.year),
      serviceType: r.service_type,
      status: r.status,
      overdue: Boolean(r.overdue),
      response: stats.responseTimeBandOf(r.hours === null ? null : Number(r.hours)),
      count: Number(r.count),
    };
    const key = `${row.year}|${row.serviceType}|${row.status}|${row.overdue}|${row.response}`;
    const seen = merged.get(key);
    if (seen) seen.count += row.count;
    else merged.set(key, row);
  }
  return [...merged.values()];
}

/** Action points per chapter and status: the plan's progress (about work, not persons). */
export async function countActionPoints(
  tx: Queryable,
  municipalityId: string,
): Promise<{ chapter: string; status: string; count: number; progress: number }[]> {
  const rows = await tx.query<{ chapter: string; status: string; count: number; progress: number }>(
    `select chapter, status, count(*)::int as count, coalesce(avg(progress_percent), 0)::float8 as progress
     from action_points where municipality_id = $1 group by 1, 2 order by 1, 2`,
    [municipalityId],
  );
  return rows.map((r) => ({ ...r, count: Number(r.count), progress: Number(r.progress) }));
}

/** A case's coded fields as the exports read them: no identity (organisations are named). */
export interface CodedCaseRow {
  year: number;
  gender: string | null;
  ageBand: string | null;
  citizenship: string | null;
  forms: string[];
  sector: string | null;
  country: string;
  municipalityName: string;
  status: string;
  closeReason: string | null;
  organisationKind: string;
  organisationName: string;
  processingConsent: boolean;
  referredOrganisations: string[];
  firstReferralYear: number | null;
}

/** Every case's coded fields, for the CTDC and HTCDS exports (k-anonymised by the caller before it leaves). */
export async function listCodedCases(
  tx: Queryable,
  municipalityId: string,
  period: { from: number; to: number },
): Promise<CodedCaseRow[]> {
  const rows = await tx.query<{
    year: number;
    gender: string | null;
    age_band: string | null;
    citizenship: string | null;
    forms: string[];
    sector: string | null;
    country: string;
    municipality_name: string;
    status: string;
    close_reason: string | null;
    kind: string;
    organisation_name: string;
    processing_consent: boolean;
    referred: string[] | null;
    first_referral_year: number | null;
  }>(
    `select extract(year from c.created_at)::int as year, p.gender, p.age_band, p.citizenship::text as citizenship,
       array_to_json(c.forms) as forms, c.sector, m.country, m.name as municipality_name, c.status,
       case when c.status = 'closed' then c.state->>'reason' end as close_reason,
       o.kind, o.name as organisation_name,
       exists (select 1 from case_consents cc where cc.municipality_id = c.municipality_id and cc.case_id = c.id
         and cc.purpose = 'processing' and cc.withdrawn_on is null) as processing_consent,
       (select json_agg(distinct ro.name) from referrals r
          join organisations ro on ro.municipality_id = r.municipality_id and ro.id = r.receiving_organisation_id
          where r.municipality_id = c.municipality_id and r.case_id = c.id and r.sent_at is not null) as referred,
       (select min(extract(year from r.sent_at))::int from referrals r
          where r.municipality_id = c.municipality_id and r.case_id = c.id and r.sent_at is not null)
         as first_referral_year
     from cases c
     join persons p on p.municipality_id = c.municipality_id and p.id = c.person_id
     join municipalities m on m.id = c.municipality_id
     join organisations o on o.municipality_id = c.municipality_id and o.id = c.owner_organisation_id
     where c.municipality_id = $1 and c.merged_into_case_id is null
       and extract(year from c.created_at) between $2 and $3
     order by c.created_at, c.id`,
    [municipalityId, period.from, period.to],
  );
  return rows.map((r) => ({
    year: Number(r.year),
    gender: r.gender,
    ageBand: r.age_band,
    citizenship: r.citizenship,
    forms: r.forms,
    sector: r.sector,
    country: r.country,
    municipalityName: r.municipality_name,
    status: r.status,
    closeReason: r.close_reason,
    organisationKind: r.kind,
    organisationName: r.organisation_name,
    processingConsent: Boolean(r.processing_consent),
    referredOrganisations: r.referred ?? [],
    firstReferralYear: r.first_referral_year === null ? null : Number(r.first_referral_year),
  }));
}
