import type { referral } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";
import { columns, type Raw, type ReferralCaseFacts, type ReferralRow, toRow } from "./referrals.ts";

/**
 * Which referrals a list may hold (the server decides from the actor's side which of these it
 * asks for) and the filters the user chose.
 */
export interface ReferralListFilter {
  /** Sent by this organisation (drafts too). */
  sendingOrganisationId?: string;
  /** Received by this organisation: only once sent. */
  receivingOrganisationId?: string;
  caseId?: string;
  status?: referral.ReferralStatus;
  serviceId?: string;
  /** Sent, unanswered and past its stage's response time (the domain's `isOverdue`). */
  overdue?: boolean;
  /** Whose break-glass access counts in the case's need-to-know facts. */
  viewerId: string;
  limit: number;
  /** The last row of the page before: its `updated_at` in microseconds since the epoch, and its id. */
  after?: { micros: string; id: string } | null;
}

export interface ReferralListRow {
  row: ReferralRow;
  serviceName: string | null;
  caseFacts: ReferralCaseFacts;
  /** Where the next page starts when this row is the page's last. */
  cursor: { micros: string; id: string };
}

/**
 * One page of referrals, newest change first (keyset by `updated_at desc, id desc`), each with its
 * chosen service's name and its case's need-to-know facts for the viewer, in one query. Every
 * filter is a parameter; an absent one matches everything.
 */
export async function listReferralsPage(
  tx: Queryable,
  municipalityId: string,
  f: ReferralListFilter,
): Promise<ReferralListRow[]> {
  const rows = await tx.query<
    Raw & { serviceName: string | null; caseFacts: ReferralCaseFacts; cursorMicros: string }
  >(
    `with page as (
       select ${columns},
         ((extract(epoch from updated_at) * 1000000)::numeric(20, 0))::text as "cursorMicros"
       from referrals
       where municipality_id = $1
         and ($2::uuid is null or sending_organisation_id = $2)
         and ($3::uuid is null or (receiving_organisation_id = $3 and status <> 'draft' and sent_at is not null))
         and ($4::uuid is null or case_id = $4)
         and ($5::text is null or status = $5)
         and ($6::uuid is null or service_id = $6)
         and (not $7 or (status = 'sent' and response_hours is not null
           and sent_at + make_interval(hours => response_hours) < now()))
         and ($9::bigint is null
           or (updated_at, id) < ('epoch'::timestamptz + $9::bigint * interval '1 microsecond', $10::uuid))
       order by updated_at desc, id desc
       limit $11
     )
     select p.*, s.name as "serviceName", json_build_object(
         'municipalityId', c.municipality_id, 'ownerOrganisationId', c.owner_organisation_id,
         'highRisk', c.high_risk, 'closed', c.status = 'closed', 'anonymised', c.anonymised_at is not null,
         'grantedUserIds', coalesce((select array_agg(g.user_id) from case_grants g
           where g.municipality_id = c.municipality_id and g.case_id = c.id and g.revoked_at is null
             and g.user_id is not null), '{}'),
         'grantedOrganisationIds', coalesce((select array_agg(g.organisation_id) from case_grants g
           where g.municipality_id = c.municipality_id and g.case_id = c.id and g.revoked_at is null
             and g.organisation_id is not null), '{}'),
         'breakGlassActive', exists (select 1 from case_break_glass b where b.municipality_id = c.municipality_id
           and b.case_id = c.id and b.user_id = $8 and b.expires_at > now())
       ) as "caseFacts"
     from page p
     join cases c on c.municipality_id = p."municipalityId" and c.id = p."caseId"
     left join services s on s.municipality_id = p."municipalityId" and s.id = p."serviceId"
     order by p."updatedAt" desc, p.id desc`,
    [
      municipalityId,
      f.sendingOrganisationId ?? null,
      f.receivingOrganisationId ?? null,
      f.caseId ?? null,
      f.status ?? null,
      f.serviceId ?? null,
      f.overdue ?? false,
      f.viewerId,
      f.after?.micros ?? null,
      f.after?.id ?? null,
      f.limit,
    ],
  );
  return rows.map(({ serviceName, caseFacts, cursorMicros, ...r }) => ({
    row: toRow(r),
    serviceName,
    caseFacts,
    cursor: { micros: cursorMicros, id: r.id },
  }));
}

/** The names of the chosen services of some referrals, by service id. */
export async function serviceNamesOf(
  tx: Queryable,
  municipalityId: string,
  serviceIds: readonly string[],
): Promise<Map<string, string>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await tx.query<{ id: string; name: string }>(
    "select id, name from services where municipality_id = $1 and id = any($2::uuid[])",
    [municipalityId, [...new Set(serviceIds)]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
