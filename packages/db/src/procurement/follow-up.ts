import type { i18n, procurement } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

export interface QuestionnaireRow {
  id: string;
  municipalityId: string;
  contractId: string;
  supplierId: string;
  tokenHash: string;
  language: i18n.LocaleId;
  expiresAt: string;
  answeredAt: string | null;
  answersEnc: string | null;
  createdAt: string;
}

type QRow = {
  id: string;
  municipality_id: string;
  contract_id: string;
  supplier_id: string;
  token_hash: string;
  language: i18n.LocaleId;
  expires_at: Date;
  answered_at: Date | null;
  answers_enc: string | null;
  created_at: Date;
};

const toQuestionnaire = (r: QRow): QuestionnaireRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  contractId: r.contract_id,
  supplierId: r.supplier_id,
  tokenHash: r.token_hash,
  language: r.language,
  expiresAt: iso(r.expires_at)!,
  answeredAt: iso(r.answered_at),
  answersEnc: r.answers_enc,
  createdAt: iso(r.created_at)!,
});

export async function insertQuestionnaire(
  tx: Queryable,
  p: {
    id: string;
    municipalityId: string;
    contractId: string;
    supplierId: string;
    tokenHash: string;
    language: string;
    expiresAt: Date;
    createdBy: string;
  },
) {
  const [row] = await tx.query<QRow>(
    `insert into procurement_questionnaires (id, municipality_id, contract_id, supplier_id, token_hash, language,
       expires_at, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
    [p.id, p.municipalityId, p.contractId, p.supplierId, p.tokenHash, p.language, p.expiresAt, p.createdBy],
  );
  return toQuestionnaire(row!);
}

export async function listQuestionnaires(tx: Queryable, municipalityId: string, contractId: string) {
  const rows = await tx.query<QRow>(
    "select * from procurement_questionnaires where municipality_id = $1 and contract_id = $2 order by created_at, id",
    [municipalityId, contractId],
  );
  return rows.map(toQuestionnaire);
}

/**
 * A questionnaire by its id and token hash, across municipalities (the supplier has no session and
 * so no tenant): the caller runs it in system context and answers alike for every kind of miss.
 */
export async function findQuestionnaireByToken(tx: Queryable, id: string, tokenHash: string) {
  const [row] = await tx.query<QRow>(
    "select * from procurement_questionnaires where id = $1 and token_hash = $2",
    [id, tokenHash],
  );
  return row ? toQuestionnaire(row) : null;
}

/** The municipality of the questionnaire `id`, whatever its token: where a refused link is audited. */
export async function questionnaireMunicipality(tx: Queryable, id: string): Promise<string | null> {
  const [row] = await tx.query<{ municipality_id: string }>(
    "select municipality_id from procurement_questionnaires where id = $1",
    [id],
  );
  return row?.municipality_id ?? null;
}

/** Records the answers once: null when already answered (a second use of the link) or expired. */
export async function answerQuestionnaire(
  tx: Queryable,
  municipalityId: string,
  id: string,
  answersEnc: string,
) {
  const [row] = await tx.query<QRow>(
    `update procurement_questionnaires set answered_at = now(), answers_enc = $3
     where municipality_id = $1 and id = $2 and answered_at is null and expires_at > now() returning *`,
    [municipalityId, id, answersEnc],
  );
  return row ? toQuestionnaire(row) : null;
}

export interface CheckRow {
  id: string;
  contractId: string;
  method: procurement.MonitoringMethod;
  doneOn: string;
}

/** Records a check done; the same method on the same day of a contract is one check. */
export async function insertCheck(
  tx: Queryable,
  p: {
    id: string;
    municipalityId: string;
    contractId: string;
    method: string;
    doneOn: string;
    createdBy: string;
  },
) {
  await tx.query(
    `insert into procurement_checks (id, municipality_id, contract_id, method, done_on, created_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (municipality_id, contract_id, method, done_on) do nothing`,
    [p.id, p.municipalityId, p.contractId, p.method, p.doneOn, p.createdBy],
  );
}

export async function listChecks(
  tx: Queryable,
  municipalityId: string,
  contractId?: string,
): Promise<CheckRow[]> {
  const rows = await tx.query<{
    id: string;
    contract_id: string;
    method: procurement.MonitoringMethod;
    done_on: string;
  }>(
    `select id, contract_id, method, done_on::text as done_on from procurement_checks
     where municipality_id = $1 and ($2::uuid is null or contract_id = $2) order by done_on, id`,
    [municipalityId, contractId ?? null],
  );
  return rows.map((r) => ({ id: r.id, contractId: r.contract_id, method: r.method, doneOn: r.done_on }));
}

export interface FindingRow {
  id: string;
  contractId: string;
  supplierId: string | null;
  supplierKey: string | null;
  source: string;
  severity: procurement.FindingSeverity;
  possibleTrafficking: boolean;
  foundOn: string;
  descriptionEnc: string;
  createdAt: string;
}

type FRow = {
  id: string;
  contract_id: string;
  supplier_id: string | null;
  supplier_key: string | null;
  source: string;
  severity: procurement.FindingSeverity;
  possible_trafficking: boolean;
  found_on: string;
  description_enc: string;
  created_at: Date;
};

const findingColumns = `id, contract_id, supplier_id, supplier_key, source, severity, possible_trafficking,
  found_on::text as found_on, description_enc, created_at`;

const toFinding = (r: FRow): FindingRow => ({
  id: r.id,
  contractId: r.contract_id,
  supplierId: r.supplier_id,
  supplierKey: r.supplier_key,
  source: r.source,
  severity: r.severity,
  possibleTrafficking: r.possible_trafficking,
  foundOn: r.found_on,
  descriptionEnc: r.description_enc,
  createdAt: iso(r.created_at)!,
});

export async function insertFinding(
  tx: Queryable,
  p: {
    id: string;
    municipalityId: string;
    contractId: string;
    supplierId: string | null;
    supplierKey: string | null;
    source: string;
    severity: string;
    possibleTrafficking: boolean;
    foundOn: string;
    descriptionEnc: string;
    createdBy: string;
  },
) {
  const [row] = await tx.query<FRow>(
    `insert into procurement_findings (id, municipality_id, contract_id, supplier_id, supplier_key, source, severity,
       possible_trafficking, found_on, description_enc, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${findingColumns}`,
    [
      p.id,
      p.municipalityId,
      p.contractId,
      p.supplierId,
      p.supplierKey,
      p.source,
      p.severity,
      p.possibleTrafficking,
      p.foundOn,
      p.descriptionEnc,
      p.createdBy,
    ],
  );
  return toFinding(row!);
}

export async function getFinding(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<FRow>(
    `select ${findingColumns} from procurement_findings where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toFinding(row) : null;
}

export async function listFindings(tx: Queryable, municipalityId: string, contractId?: string) {
  const rows = await tx.query<FRow>(
    `select ${findingColumns} from procurement_findings
     where municipality_id = $1 and ($2::uuid is null or contract_id = $2) order by found_on, created_at, id`,
    [municipalityId, contractId ?? null],
  );
  return rows.map(toFinding);
}

/** Findings against any of these suppliers, in any contract of the municipality: the past findings rule's input. */
export async function findingsAgainst(
  tx: Queryable,
  municipalityId: string,
  supplierKeys: readonly string[],
) {
  if (!supplierKeys.length) return [];
  const rows = await tx.query<{ severity: procurement.FindingSeverity; possible_trafficking: boolean }>(
    `select severity, possible_trafficking from procurement_findings
     where municipality_id = $1 and supplier_key in (select jsonb_array_elements_text($2::jsonb))`,
    [municipalityId, JSON.stringify(supplierKeys)],
  );
  return rows.map((r) => ({ severity: r.severity, possibleTrafficking: r.possible_trafficking }));
}

export interface ActionRow {
  id: string;
  findingId: string;
  contractId: string;
  descriptionEnc: string;
  deadline: string;
  status: procurement.ActionStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type ARow = {
  id: string;
  finding_id: string;
  contract_id: string;
  description_enc: string;
  deadline: string;
  status: procurement.ActionStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const actionColumns =
  "id, finding_id, contract_id, description_enc, deadline::text as deadline, status, version, created_at, updated_at";

const toAction = (r: ARow): ActionRow => ({
  id: r.id,
  findingId: r.finding_id,
  contractId: r.contract_id,
  descriptionEnc: r.description_enc,
  deadline: r.deadline,
  status: r.status,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function insertAction(
  tx: Queryable,
  p: {
    id: string;
    municipalityId: string;
    findingId: string;
    contractId: string;
    descriptionEnc: string;
    deadline: string;
    createdBy: string;
  },
) {
  const [row] = await tx.query<ARow>(
    `insert into procurement_actions (id, municipality_id, finding_id, contract_id, description_enc, deadline, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${actionColumns}`,
    [p.id, p.municipalityId, p.findingId, p.contractId, p.descriptionEnc, p.deadline, p.createdBy],
  );
  return toAction(row!);
}

export async function getAction(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<ARow>(
    `select ${actionColumns} from procurement_actions where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toAction(row) : null;
}

export async function listActions(tx: Queryable, municipalityId: string, contractId?: string) {
  const rows = await tx.query<ARow>(
    `select ${actionColumns} from procurement_actions
     where municipality_id = $1 and ($2::uuid is null or contract_id = $2) order by deadline, id`,
    [municipalityId, contractId ?? null],
  );
  return rows.map(toAction);
}

/** Optimistic locking: null when `version` is no longer current. */
export async function updateActionStatus(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  status: procurement.ActionStatus,
) {
  const [row] = await tx.query<ARow>(
    `update procurement_actions set status = $4, version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${actionColumns}`,
    [municipalityId, id, version, status],
  );
  return row ? toAction(row) : null;
}

/** An open action the overdue job has not told about yet. */
export interface UnflaggedAction {
  id: string;
  contractId: string;
  deadline: string;
  status: procurement.ActionStatus;
}

/** Open actions never flagged overdue; which are overdue is the domain's `overdueActions`. */
export async function listUnflaggedOpenActions(tx: Queryable, municipalityId: string) {
  return tx.query<UnflaggedAction>(
    `select id, contract_id as "contractId", deadline::text as deadline, status from procurement_actions
     where municipality_id = $1 and status = 'open' and overdue_flagged_at is null
     order by deadline, id`,
    [municipalityId],
  );
}

/** Marks the action told about; false when another run did it first (the caller then tells nobody). */
export async function markActionOverdueFlagged(tx: Queryable, municipalityId: string, id: string) {
  const rows = await tx.query<{ id: string }>(
    `update procurement_actions set overdue_flagged_at = now()
     where municipality_id = $1 and id = $2 and overdue_flagged_at is null returning id`,
    [municipalityId, id],
  );
  return rows.length === 1;
}
