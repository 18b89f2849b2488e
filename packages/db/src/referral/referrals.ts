import type { referral } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

/** A referral as stored: free text and the shared fields are ciphertexts made by the server's keyring. */
export interface ReferralRow {
  id: string;
  municipalityId: string;
  reference: string;
  caseId: string;
  sendingOrganisationId: string;
  receivingOrganisationId: string;
  serviceId: string | null;
  stage: referral.SchemeStage;
  status: referral.ReferralStatus;
  state: Record<string, string | null>;
  reasonEnc: string | null;
  sharedFields: referral.ShareableField[];
  needs: string[];
  notesSummaryEnc: string | null;
  sharedEnc: string | null;
  ground: "consent" | "legal_basis" | null;
  consentId: string | null;
  legalBasis: referral.LegalBasisKind | null;
  legalBasisReasonEnc: string | null;
  responseHours: number | null;
  sentAt: string | null;
  overdueFlaggedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type Raw = Omit<ReferralRow, "sentAt" | "overdueFlaggedAt" | "createdAt" | "updatedAt"> & {
  sentAt: Date | null;
  overdueFlaggedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export const columns = `id, municipality_id as "municipalityId", reference, case_id as "caseId",
  sending_organisation_id as "sendingOrganisationId", receiving_organisation_id as "receivingOrganisationId",
  service_id as "serviceId", stage, status, state, reason_enc as "reasonEnc", shared_fields as "sharedFields",
  needs, notes_summary_enc as "notesSummaryEnc", shared_enc as "sharedEnc", ground, consent_id as "consentId",
  legal_basis as "legalBasis", legal_basis_reason_enc as "legalBasisReasonEnc", response_hours as "responseHours",
  sent_at as "sentAt", overdue_flagged_at as "overdueFlaggedAt", created_by as "createdBy",
  created_at as "createdAt", updated_at as "updatedAt", version`;

export const toRow = (r: Raw): ReferralRow => ({
  ...r,
  sentAt: iso(r.sentAt),
  overdueFlaggedAt: iso(r.overdueFlaggedAt),
  createdAt: iso(r.createdAt)!,
  updatedAt: iso(r.updatedAt)!,
});

/** What a new draft is made of; the rest of a row starts empty or is set by the database. */
export type ReferralInsert = Pick<
  ReferralRow,
  | "id"
  | "reference"
  | "caseId"
  | "sendingOrganisationId"
  | "receivingOrganisationId"
  | "serviceId"
  | "stage"
  | "notesSummaryEnc"
  | "legalBasis"
  | "legalBasisReasonEnc"
> & {
  sharedFields: readonly referral.ShareableField[];
  needs: readonly string[];
  createdBy: string;
};

export async function insertReferral(tx: Queryable, municipalityId: string, r: ReferralInsert) {
  const [row] = await tx.query<Raw>(
    `insert into referrals (id, municipality_id, reference, case_id, sending_organisation_id,
       receiving_organisation_id, service_id, stage, status, state, shared_fields, needs, notes_summary_enc,
       legal_basis, legal_basis_reason_enc, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', '{"status":"draft"}'::jsonb, $9, $10, $11, $12, $13, $14)
     returning ${columns}`,
    [
      r.id,
      municipalityId,
      r.reference,
      r.caseId,
      r.sendingOrganisationId,
      r.receivingOrganisationId,
      r.serviceId,
      r.stage,
      r.sharedFields,
      r.needs,
      r.notesSummaryEnc,
      r.legalBasis,
      r.legalBasisReasonEnc,
      r.createdBy,
    ],
  );
  return toRow(row!);
}

export async function getReferral(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Raw>(
    `select ${columns} from referrals where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

/**
 * Referrals an organisation received, newest first: only those that were sent (never a draft, nor a
 * draft withdrawn before sending).
 */
export async function listReceivedReferrals(tx: Queryable, municipalityId: string, organisationId: string) {
  const rows = await tx.query<Raw>(
    `select ${columns} from referrals where municipality_id = $1 and receiving_organisation_id = $2
     and status <> 'draft' and sent_at is not null order by updated_at desc, id limit 500`,
    [municipalityId, organisationId],
  );
  return rows.map(toRow);
}

/** The need-to-know facts of a referral's case for one viewer (the domain's `CaseAccessFacts`). */
export interface ReferralCaseFacts {
  municipalityId: string;
  ownerOrganisationId: string;
  highRisk: boolean;
  closed: boolean;
  anonymised: boolean;
  grantedUserIds: string[];
  grantedOrganisationIds: string[];
  breakGlassActive: boolean;
}

/**
 * Referrals an organisation sent (drafts included), newest first, each with its case's need-to-know
 * facts for the viewer, in one query: the server decides with them which the viewer's team may follow.
 */
export async function listSentReferralsWithCaseFacts(
  tx: Queryable,
  municipalityId: string,
  organisationId: string,
  viewerId: string,
) {
  const rows = await tx.query<Raw & { caseFacts: ReferralCaseFacts }>(
    `with sent as (
       select ${columns} from referrals where municipality_id = $1 and sending_organisation_id = $2
       order by updated_at desc, id limit 500
     )
     select r.*, json_build_object(
         'municipalityId', c.municipality_id, 'ownerOrganisationId', c.owner_organisation_id,
         'highRisk', c.high_risk, 'closed', c.status = 'closed', 'anonymised', c.anonymised_at is not null,
         'grantedUserIds', coalesce((select array_agg(g.user_id) from case_grants g
           where g.municipality_id = c.municipality_id and g.case_id = c.id and g.revoked_at is null
             and g.user_id is not null), '{}'),
         'grantedOrganisationIds', coalesce((select array_agg(g.organisation_id) from case_grants g
           where g.municipality_id = c.municipality_id and g.case_id = c.id and g.revoked_at is null
             and g.organisation_id is not null), '{}'),
         'breakGlassActive', exists (select 1 from case_break_glass b where b.municipality_id = c.municipality_id
           and b.case_id = c.id and b.user_id = $3 and b.expires_at > now())
       ) as "caseFacts"
     from sent r join cases c on c.municipality_id = r."municipalityId" and c.id = r."caseId"
     order by r."updatedAt" desc, r.id`,
    [municipalityId, organisationId, viewerId],
  );
  return rows.map(({ caseFacts, ...r }) => ({ row: toRow(r), caseFacts }));
}

/** Every referral of one case, for the case team. */
export async function listReferralsOfCase(tx: Queryable, municipalityId: string, caseId: string) {
  const rows = await tx.query<Raw>(
    `select ${columns} from referrals where municipality_id = $1 and case_id = $2 order by created_at, id`,
    [municipalityId, caseId],
  );
  return rows.map(toRow);
}

export interface ReferralStateWrite {
  status: referral.ReferralStatus;
  state: Record<string, string | null>;
  reasonEnc: string | null;
  sentAt?: string;
  sharedEnc?: string;
  ground?: "consent" | "legal_basis";
  consentId?: string | null;
  responseHours?: number | null;
}

/** Writes a new state if the version still matches; null when someone else was first. */
export async function updateReferralState(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  w: ReferralStateWrite,
) {
  const [row] = await tx.query<Raw>(
    `update referrals set status = $4, state = $5::jsonb, reason_enc = coalesce($6, reason_enc),
       sent_at = coalesce($7::timestamptz, sent_at), shared_enc = coalesce($8, shared_enc),
       ground = coalesce($9, ground), consent_id = coalesce($10, consent_id),
       response_hours = coalesce($11, response_hours), updated_at = now(), version = version + 1
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [
      municipalityId,
      id,
      version,
      w.status,
      JSON.stringify(w.state),
      w.reasonEnc,
      w.sentAt ?? null,
      w.sharedEnc ?? null,
      w.ground ?? null,
      w.consentId ?? null,
      w.responseHours ?? null,
    ],
  );
  return row ? toRow(row) : null;
}

/**
 * Sent, unanswered referrals: by default those not yet flagged overdue (what the overdue job looks
 * at); with `includeFlagged`, all of them (the coordinator's overdue list).
 */
export async function listAwaitingReferrals(
  tx: Queryable,
  municipalityId: string,
  o: { includeFlagged?: boolean } = {},
) {
  const rows = await tx.query<Raw>(
    `select ${columns} from referrals where municipality_id = $1 and status = 'sent'
       and ($2 or overdue_flagged_at is null)
     order by sent_at`,
    [municipalityId, o.includeFlagged ?? false],
  );
  return rows.map(toRow);
}

/** Marks a referral flagged, once; false when another run was first. */
export async function markOverdueFlagged(tx: Queryable, municipalityId: string, id: string) {
  const rows = await tx.query(
    `update referrals set overdue_flagged_at = now()
     where municipality_id = $1 and id = $2 and overdue_flagged_at is null returning id`,
    [municipalityId, id],
  );
  return rows.length === 1;
}

export interface ReferralMessageRow {
  id: string;
  referralId: string;
  authorId: string | null;
  authorName: string | null;
  authorOrganisationId: string | null;
  /** Null once the case was anonymised (migration 0037). */
  bodyEnc: string | null;
  createdAt: string;
}

export async function insertReferralMessage(
  tx: Queryable,
  municipalityId: string,
  m: {
    id: string;
    referralId: string;
    authorId: string;
    authorOrganisationId: string | null;
    bodyEnc: string;
  },
) {
  await tx.query(
    `insert into referral_messages (id, municipality_id, referral_id, author_id, author_organisation_id, body_enc)
     values ($1, $2, $3, $4, $5, $6)`,
    [m.id, municipalityId, m.referralId, m.authorId, m.authorOrganisationId, m.bodyEnc],
  );
}

export async function listReferralMessages(tx: Queryable, municipalityId: string, referralId: string) {
  const rows = await tx.query<Omit<ReferralMessageRow, "createdAt"> & { createdAt: Date }>(
    `select m.id, m.referral_id as "referralId", m.author_id as "authorId", u.display_name as "authorName",
       m.author_organisation_id as "authorOrganisationId", m.body_enc as "bodyEnc", m.created_at as "createdAt"
     from referral_messages m left join users u on u.id = m.author_id
     where m.municipality_id = $1 and m.referral_id = $2 order by m.created_at, m.id`,
    [municipalityId, referralId],
  );
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt)! }));
}
