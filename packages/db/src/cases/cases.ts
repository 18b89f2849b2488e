import type { Queryable } from "../connection.ts";

/** A case as stored; `state` is the domain's CaseState (validated where it is made). */
export interface CaseRow {
  id: string;
  municipalityId: string;
  personId: string;
  caseCode: string;
  ownerOrganisationId: string;
  status: string;
  state: unknown;
  highRisk: boolean;
  forms: string[];
  /** The sector of exploitation (the local map's sector list); null when not recorded. */
  sector: string | null;
  assigneeId: string | null;
  closedOn: string | null;
  mergedIntoCaseId: string | null;
  anonymisedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The facts need-to-know decides on, for one viewer. */
export interface CaseAccessRow extends CaseRow {
  grantedUserIds: string[];
  grantedOrganisationIds: string[];
  breakGlassActive: boolean;
  /** When the viewer's latest unexpired break-glass access ends; null without one. */
  breakGlassUntil: Date | null;
}

const caseColumns = `c.id, c.municipality_id as "municipalityId", c.person_id as "personId", p.case_code as "caseCode",
  c.owner_organisation_id as "ownerOrganisationId", c.status, c.state, c.high_risk as "highRisk", c.forms,
  c.sector, c.assignee_id as "assigneeId", to_char(c.closed_on, 'YYYY-MM-DD') as "closedOn",
  c.merged_into_case_id as "mergedIntoCaseId", c.anonymised_at as "anonymisedAt", c.created_at as "createdAt",
  c.updated_at as "updatedAt", c.version`;

export interface CaseInsert {
  id: string;
  municipalityId: string;
  personId: string;
  ownerOrganisationId: string;
  status: string;
  state: unknown;
  highRisk: boolean;
  forms: string[];
  createdBy: string | null;
}

export async function insertCase(tx: Queryable, c: CaseInsert): Promise<void> {
  await tx.query(
    `insert into cases (id, municipality_id, person_id, owner_organisation_id, status, state, high_risk, forms, created_by)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)`,
    [
      c.id,
      c.municipalityId,
      c.personId,
      c.ownerOrganisationId,
      c.status,
      JSON.stringify(c.state),
      c.highRisk,
      c.forms,
      c.createdBy,
    ],
  );
}

/** One case with the grants and the viewer's break-glass state, in one round trip. */
export async function getCaseForViewer(
  tx: Queryable,
  municipalityId: string,
  id: string,
  viewerId: string,
): Promise<CaseAccessRow | null> {
  const [row] = await tx.query<CaseAccessRow>(
    `select ${caseColumns},
       coalesce((select array_agg(g.user_id) from case_grants g where g.municipality_id = c.municipality_id
         and g.case_id = c.id and g.revoked_at is null and g.user_id is not null), '{}') as "grantedUserIds",
       coalesce((select array_agg(g.organisation_id) from case_grants g where g.municipality_id = c.municipality_id
         and g.case_id = c.id and g.revoked_at is null and g.organisation_id is not null), '{}') as "grantedOrganisationIds",
       exists (select 1 from case_break_glass b where b.municipality_id = c.municipality_id and b.case_id = c.id
         and b.user_id = $3 and b.expires_at > now()) as "breakGlassActive",
       (select max(b.expires_at) from case_break_glass b where b.municipality_id = c.municipality_id
         and b.case_id = c.id and b.user_id = $3 and b.expires_at > now()) as "breakGlassUntil"
     from cases c join persons p on p.municipality_id = c.municipality_id and p.id = c.person_id
     where c.municipality_id = $1 and c.id = $2`,
    [municipalityId, id, viewerId],
  );
  return row ?? null;
}

export async function caseExists(tx: Queryable, municipalityId: string, id: string): Promise<boolean> {
  const rows = await tx.query("select 1 from cases where municipality_id = $1 and id = $2", [
    municipalityId,
    id,
  ]);
  return rows.length > 0;
}

export async function caseIdOfPerson(tx: Queryable, municipalityId: string, personId: string) {
  const [row] = await tx.query<{ id: string }>(
    "select id from cases where municipality_id = $1 and person_id = $2",
    [municipalityId, personId],
  );
  return row?.id ?? null;
}

export interface CaseListFilter {
  status?: string | undefined;
  form?: string | undefined;
  highRisk?: boolean | undefined;
  assigneeId?: string | undefined;
  /** Only cases with an open task due on or before this day. */
  dueBy?: string | undefined;
  /** Keyset paging: only cases after this one in the list's order (`cursorKey` of the last row seen). */
  after?: { micros: string; id: string } | undefined;
  limit: number;
  offset: number;
}

export interface CaseListRow {
  id: string;
  caseCode: string;
  status: string;
  ownerOrganisationId: string;
  highRisk: boolean;
  forms: string[];
  assigneeId: string | null;
  openTasks: number;
  nextDueOn: string | null;
  updatedAt: Date;
  onTeam: boolean;
  /** The person's encrypted pseudonyms and names, only on the viewer's team's cases (null otherwise). */
  aliasesEnc: string | null;
  givenNameEnc: string | null;
  familyNameEnc: string | null;
  total: number;
  /** The row's place in the list order, exact to the microsecond, for keyset paging. */
  cursorKey: { micros: string; id: string };
}

/**
 * The viewer's case list: the team's cases, plus, when `includeOthers`, other cases that are not
 * high-risk (a coordinator sees that they exist). The team rule mirrors the domain's isOnCaseTeam.
 */
export async function listCases(
  tx: Queryable,
  municipalityId: string,
  viewer: { userId: string; organisationId: string | null },
  includeOthers: boolean,
  f: CaseListFilter,
): Promise<CaseListRow[]> {
  return tx.query<CaseListRow>(
    `with granted as (
       select g.case_id from case_grants g
       where g.municipality_id = $1 and g.revoked_at is null and (g.organisation_id = $3 or g.user_id = $2)
     ), visible as (
       select c.id, c.municipality_id, c.person_id, c.status, c.owner_organisation_id, c.high_risk, c.forms,
         c.assignee_id, c.updated_at,
         (c.owner_organisation_id is not distinct from $3 or c.id in (select case_id from granted)) as on_team
       from cases c
       where c.municipality_id = $1 and c.merged_into_case_id is null
         and (c.owner_organisation_id = $3 or c.id in (select case_id from granted) or ($4 and not c.high_risk))
         and ($5::text is null or c.status = $5)
         and ($6::text is null or $6 = any(c.forms))
         and ($7::boolean is null or c.high_risk = $7)
         and ($8::uuid is null or c.assignee_id = $8)
         and ($9::date is null or exists (select 1 from case_timeline d where d.municipality_id = $1
               and d.case_id = c.id and d.kind = 'task' and not d.done and d.due_on <= $9))
     ), page as (
       select * from visible
       where $12::bigint is null
         or (updated_at, id) < ('epoch'::timestamptz + $12::bigint * interval '1 microsecond', $13::uuid)
       order by updated_at desc, id desc limit $10 offset $11
     )
     select v.id, p.case_code as "caseCode", v.status, v.owner_organisation_id as "ownerOrganisationId",
       v.high_risk as "highRisk", v.forms, v.assignee_id as "assigneeId", v.updated_at as "updatedAt",
       v.on_team as "onTeam",
       case when v.on_team then p.aliases_enc end as "aliasesEnc",
       case when v.on_team then p.given_name_enc end as "givenNameEnc",
       case when v.on_team then p.family_name_enc end as "familyNameEnc", tasks.open as "openTasks", to_char(tasks.next_due, 'YYYY-MM-DD') as "nextDueOn",
       (select count(*) from visible)::int as total,
       json_build_object('micros', ((extract(epoch from v.updated_at) * 1000000)::numeric(20, 0))::text,
         'id', v.id) as "cursorKey"
     from page v
     join persons p on p.municipality_id = v.municipality_id and p.id = v.person_id
     left join lateral (select count(*)::int as open, min(d.due_on) as next_due from case_timeline d
       where d.municipality_id = $1 and d.case_id = v.id and d.kind = 'task' and not d.done) tasks on true
     order by v.updated_at desc, v.id desc`,
    [
      municipalityId,
      viewer.userId,
      viewer.organisationId,
      includeOthers,
      f.status ?? null,
      f.form ?? null,
      f.highRisk ?? null,
      f.assigneeId ?? null,
      f.dueBy ?? null,
      f.limit,
      f.offset,
      f.after?.micros ?? null,
      f.after?.id ?? null,
    ],
  );
}

/** Version-checked update of the case's own fields; null when the version is stale. */
export async function updateCase(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  patch: { highRisk: boolean; forms: string[]; sector: string | null; assigneeId: string | null },
): Promise<boolean> {
  const rows = await tx.query(
    `update cases set high_risk = $4, forms = $5, sector = $6, assignee_id = $7, version = version + 1,
       updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning id`,
    [municipalityId, id, version, patch.highRisk, patch.forms, patch.sector, patch.assigneeId],
  );
  return rows.length === 1;
}

/** Version-checked change of lifecycle state. */
export async function setCaseState(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  state: { status: string; closedOn?: string | null },
): Promise<boolean> {
  const rows = await tx.query(
    `update cases set status = $4, state = $5::jsonb, closed_on = $6, version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning id`,
    [municipalityId, id, version, state.status, JSON.stringify(state), state.closedOn ?? null],
  );
  return rows.length === 1;
}

/** Any write to a case's timeline or team moves its version, so stale editors learn of it. */
/**
 * Moves the case's version for a change to what hangs on it (an entry, a team member). Sent, not
 * awaited: it travels with the next statement or COMMIT, saving a round trip on every timeline write;
 * statements later in the transaction still run after it.
 */
export function touchCase(tx: Queryable, municipalityId: string, id: string): void {
  tx.send(
    "update cases set updated_at = now(), version = version + 1 where municipality_id = $1 and id = $2",
    [municipalityId, id],
  );
}

export async function markMerged(
  tx: Queryable,
  municipalityId: string,
  id: string,
  into: string,
): Promise<void> {
  await tx.query(
    "update cases set merged_into_case_id = $3, updated_at = now(), version = version + 1 where municipality_id = $1 and id = $2",
    [municipalityId, id, into],
  );
}

export interface StatusChangeRow {
  fromStatus: string | null;
  toStatus: string;
  state: unknown;
  whyEnc: string | null;
  changedBy: string | null;
  changedAt: Date;
}

export async function insertStatusChange(
  tx: Queryable,
  municipalityId: string,
  caseId: string,
  c: Omit<StatusChangeRow, "changedAt">,
): Promise<void> {
  await tx.query(
    `insert into case_status_history (municipality_id, case_id, from_status, to_status, state, why_enc, changed_by)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
    [municipalityId, caseId, c.fromStatus, c.toStatus, JSON.stringify(c.state), c.whyEnc, c.changedBy],
  );
}

export async function listStatusChanges(tx: Queryable, municipalityId: string, caseId: string) {
  return tx.query<StatusChangeRow>(
    `select from_status as "fromStatus", to_status as "toStatus", state, why_enc as "whyEnc",
       changed_by as "changedBy", changed_at as "changedAt"
     from case_status_history where municipality_id = $1 and case_id = $2 order by id`,
    [municipalityId, caseId],
  );
}

export interface FieldVersionRow {
  recordType: "person" | "case";
  version: number;
  changesEnc: string;
  changedBy: string | null;
  changedAt: Date;
}

export async function insertFieldVersion(
  tx: Queryable,
  municipalityId: string,
  caseId: string,
  v: Omit<FieldVersionRow, "changedAt">,
): Promise<void> {
  await tx.query(
    `insert into case_field_versions (municipality_id, case_id, record_type, version, changes_enc, changed_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [municipalityId, caseId, v.recordType, v.version, v.changesEnc, v.changedBy],
  );
}

export async function listFieldVersions(tx: Queryable, municipalityId: string, caseId: string) {
  return tx.query<FieldVersionRow>(
    `select record_type as "recordType", version, changes_enc as "changesEnc", changed_by as "changedBy",
       changed_at as "changedAt"
     from case_field_versions where municipality_id = $1 and case_id = $2 order by id`,
    [municipalityId, caseId],
  );
}
