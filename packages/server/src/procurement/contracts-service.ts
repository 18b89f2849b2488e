import { randomUUID } from "node:crypto";
import { procurementDb, type Queryable } from "@ariadne/db";
import { procurement } from "@ariadne/domain";
import type { Actor } from "../auth/actor.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { invalid } from "../http/errors.ts";
import { procurementPolicy } from "./policy.ts";
import type { ContractView } from "./schemas.ts";

/** Contact persons of the suppliers are personal data: kept out of `facts`, in one ciphertext bound to this field. */
const contactsField = "procurement_contracts.contacts";

type Contacts = Record<string, { contactName?: string; contactEmail?: string }>;

/** The facts as stored (no contact persons) and the contact persons, encrypted, or null when none. */
export function splitContacts(
  cipher: FieldCipher,
  facts: procurement.ContractFacts,
): { facts: procurement.ContractFacts; contactsEnc: string | null } {
  const contacts: Contacts = {};
  const suppliers = facts.suppliers.map(({ contactName, contactEmail, ...s }) => {
    if (contactName || contactEmail)
      contacts[s.id] = { ...(contactName ? { contactName } : {}), ...(contactEmail ? { contactEmail } : {}) };
    return s;
  });
  const none = Object.keys(contacts).length === 0;
  return {
    facts: { ...facts, suppliers },
    contactsEnc: none ? null : cipher.encrypt(contactsField, JSON.stringify(contacts)),
  };
}

export function withContacts(cipher: FieldCipher, row: procurementDb.ContractRow): procurement.ContractFacts {
  const contacts: Contacts = row.contactsEnc
    ? JSON.parse(cipher.decrypt(contactsField, row.contactsEnc))
    : {};
  return { ...row.facts, suppliers: row.facts.suppliers.map((s) => ({ ...s, ...contacts[s.id] })) };
}

/** The rules in force: the municipality's newest version, else Ariadne's built-in version 1. */
export async function currentRuleSet(tx: Queryable, m: string): Promise<procurement.RuleSet> {
  const own = await procurementDb.latestRuleSet(tx, m);
  return own ? { version: own.version, rules: own.rules } : procurement.builtInRuleSet;
}

/** Screens the facts with the rules in force and the findings recorded against the contract's suppliers. */
export async function screenFacts(tx: Queryable, m: string, facts: procurement.ContractFacts) {
  const keys = [...new Set(facts.suppliers.map(procurement.supplierKey))];
  const past = await procurementDb.findingsAgainst(tx, m, keys);
  return procurement.screenContract(facts, past, await currentRuleSet(tx, m));
}

/** Refuses clause ids the library does not hold, naming each. */
export function checkClauseIds(ids: readonly string[]): void {
  ids.forEach((id, i) => {
    if (!procurement.clauseById(id)) throw invalid(`body.clauseIds.${i}`, `no clause "${id}" in the library`);
  });
}

/** Refuses suppliers given twice under one id, naming the second. */
export function checkSuppliers(facts: procurement.ContractFacts, path: string): void {
  const seen = new Set<string>();
  facts.suppliers.forEach((s, i) => {
    if (seen.has(s.id)) throw invalid(`${path}.suppliers.${i}.id`, "a supplier is listed once");
    seen.add(s.id);
  });
}

export interface FollowCounts {
  overdueActions: number;
  openFindings: number;
}

/** Counts per contract of open findings and overdue actions on `asOf`. */
export async function followCounts(tx: Queryable, m: string, asOf: string, contractId?: string) {
  const findings = await procurementDb.listFindings(tx, m, contractId);
  const actions = await procurementDb.listActions(tx, m, contractId);
  const counts = new Map<string, FollowCounts>();
  const of = (id: string) => {
    const c = counts.get(id) ?? { overdueActions: 0, openFindings: 0 };
    counts.set(id, c);
    return c;
  };

  for (const f of findings) if (findingIsOpen(f.id, actions)) of(f.contractId).openFindings += 1;
  for (const a of procurement.overdueActions(actions, asOf)) of(a.contractId).overdueActions += 1;
  return { counts, findings, actions };
}

/** A finding is open until it has corrective actions and every one is done or cancelled. */
export function findingIsOpen(findingId: string, actions: readonly procurementDb.ActionRow[]): boolean {
  const own = actions.filter((a) => a.findingId === findingId);
  return own.length === 0 || own.some((a) => a.status === "open");
}

/** The contract as the API answers it: facts with contact persons, its screen, recommendations and abilities. */
export function presentContract(
  cipher: FieldCipher,
  row: procurementDb.ContractRow,
  counts: FollowCounts | undefined,
  actor: Actor,
): ContractView {
  const screen = row.screen!;
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    facts: withContacts(cipher, row),
    cpvGroup: row.cpvGroup,
    cpvTitle: procurement.cpvGroupTitle(row.cpvGroup) ?? "",
    screen,
    clauseIds: row.clauseIds,
    recommendedClauseIds: procurement.recommendClauses(screen.level).map((c) => c.id),
    monitoring: row.monitoring ?? { methods: [], interviewLanguages: [] },
    recommendedMonitoring: procurement.recommendMonitoring(screen.level),
    overdueActions: counts?.overdueActions ?? 0,
    openFindings: counts?.openFindings ?? 0,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: procurementPolicy.abilities(actor),
  };
}

/**
 * Registers a contract: its facts screened by the rules in force, contact persons sealed, and the
 * monitoring the risk level recommends; the demo seed also takes the recommended clauses and names
 * interview languages.
 */
export async function insertScreenedContract(
  tx: Queryable,
  cipher: FieldCipher,
  m: string,
  facts: procurement.ContractFacts,
  createdBy: string,
  chosen: { recommendedClauses?: boolean; interviewLanguages?: string[] } = {},
) {
  const screen = await screenFacts(tx, m, facts);
  const stored = splitContacts(cipher, facts);
  const row = await procurementDb.insertContract(tx, {
    id: randomUUID(),
    municipalityId: m,
    title: facts.title,
    cpvGroup: procurement.cpvGroupOf(facts.cpvCode)!,
    stage: facts.stage,
    facts: stored.facts,
    contactsEnc: stored.contactsEnc,
    riskLevel: screen.level,
    screen,
    ruleSetVersion: screen.ruleSetVersion,
    clauseIds: chosen.recommendedClauses ? procurement.recommendClauses(screen.level).map((c) => c.id) : [],
    monitoring: {
      methods: procurement.recommendMonitoring(screen.level),
      interviewLanguages: chosen.interviewLanguages ?? [],
    },
    createdBy,
  });
  return { row, screen };
}
