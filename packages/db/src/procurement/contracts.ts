import type { procurement } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

/** A contract as stored: facts without contact persons (those are one ciphertext), the last screen. */
export interface ContractRow {
  id: string;
  municipalityId: string;
  title: string;
  cpvGroup: string;
  stage: procurement.ContractStage;
  facts: procurement.ContractFacts;
  contactsEnc: string | null;
  riskLevel: procurement.RiskLevel | null;
  screen: procurement.RiskScreen | null;
  ruleSetVersion: number | null;
  clauseIds: string[];
  monitoring: procurement.MonitoringPlan | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Row = {
  id: string;
  municipality_id: string;
  title: string;
  cpv_group: string;
  stage: procurement.ContractStage;
  facts: procurement.ContractFacts;
  contacts_enc: string | null;
  risk_level: procurement.RiskLevel | null;
  screen: procurement.RiskScreen | null;
  rule_set_version: number | null;
  clause_ids: string[];
  monitoring: procurement.MonitoringPlan | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const columns = `id, municipality_id, title, cpv_group, stage, facts, contacts_enc, risk_level, screen, rule_set_version,
  array_to_json(clause_ids) as clause_ids, monitoring, version, created_at, updated_at`;

const toRow = (r: Row): ContractRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  title: r.title,
  cpvGroup: r.cpv_group,
  stage: r.stage,
  facts: r.facts,
  contactsEnc: r.contacts_enc,
  riskLevel: r.risk_level,
  screen: r.screen,
  ruleSetVersion: r.rule_set_version,
  clauseIds: r.clause_ids,
  monitoring: r.monitoring,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function listContracts(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from procurement_contracts where municipality_id = $1 order by created_at desc, id`,
    [municipalityId],
  );
  return rows.map(toRow);
}

export async function getContract(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from procurement_contracts where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

export interface ContractWrite {
  title: string;
  cpvGroup: string;
  stage: procurement.ContractStage;
  facts: procurement.ContractFacts;
  contactsEnc: string | null;
  riskLevel: procurement.RiskLevel;
  screen: procurement.RiskScreen;
  ruleSetVersion: number;
  clauseIds: string[];
  monitoring: procurement.MonitoringPlan;
}

export async function insertContract(
  tx: Queryable,
  p: ContractWrite & { id: string; municipalityId: string; createdBy: string },
) {
  const [row] = await tx.query<Row>(
    `insert into procurement_contracts (id, municipality_id, title, cpv_group, stage, facts, contacts_enc, risk_level,
       screen, rule_set_version, clause_ids, monitoring, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, array(select jsonb_array_elements_text($11::jsonb)), $12, $13)
     returning ${columns}`,
    [
      p.id,
      p.municipalityId,
      p.title,
      p.cpvGroup,
      p.stage,
      JSON.stringify(p.facts),
      p.contactsEnc,
      p.riskLevel,
      JSON.stringify(p.screen),
      p.ruleSetVersion,
      JSON.stringify(p.clauseIds),
      JSON.stringify(p.monitoring),
      p.createdBy,
    ],
  );
  return toRow(row!);
}

/** Optimistic locking: null when `version` is no longer current. */
export async function updateContract(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: ContractWrite,
) {
  const [row] = await tx.query<Row>(
    `update procurement_contracts set title = $4, cpv_group = $5, stage = $6, facts = $7, contacts_enc = $8,
       risk_level = $9, screen = $10, rule_set_version = $11,
       clause_ids = array(select jsonb_array_elements_text($12::jsonb)), monitoring = $13,
       version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [
      municipalityId,
      id,
      version,
      next.title,
      next.cpvGroup,
      next.stage,
      JSON.stringify(next.facts),
      next.contactsEnc,
      next.riskLevel,
      JSON.stringify(next.screen),
      next.ruleSetVersion,
      JSON.stringify(next.clauseIds),
      JSON.stringify(next.monitoring),
    ],
  );
  return row ? toRow(row) : null;
}

export interface RuleSetRow {
  version: number;
  rules: procurement.RiskRules;
  note: string;
  createdAt: string;
}

/** The municipality's newest version of the risk rules, or null while it uses Ariadne's built-in set. */
export async function latestRuleSet(tx: Queryable, municipalityId: string): Promise<RuleSetRow | null> {
  const [row] = await tx.query<{
    version: number;
    rules: procurement.RiskRules;
    note: string;
    created_at: Date;
  }>(
    `select version, rules, note, created_at from procurement_rule_sets where municipality_id = $1
     order by version desc limit 1`,
    [municipalityId],
  );
  return row
    ? { version: row.version, rules: row.rules, note: row.note, createdAt: iso(row.created_at)! }
    : null;
}

/** Publishes the next version; the primary key refuses a second writer of the same number. */
export async function insertRuleSet(
  tx: Queryable,
  p: {
    municipalityId: string;
    version: number;
    rules: procurement.RiskRules;
    note: string;
    createdBy: string;
  },
) {
  await tx.query(
    "insert into procurement_rule_sets (municipality_id, version, rules, note, created_by) values ($1, $2, $3, $4, $5)",
    [p.municipalityId, p.version, JSON.stringify(p.rules), p.note, p.createdBy],
  );
}
