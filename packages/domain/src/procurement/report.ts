import type { ActionStatus } from "./follow-up.ts";
import { isOverdue } from "./follow-up.ts";
import { type FindingSeverity, type RiskLevel, riskLevels } from "./risk-sources.ts";

/** What the register report reads of each contract. */
export interface ContractLine {
  id: string;
  title: string;
  cpvGroup: string;
  stage: string;
  level: RiskLevel | null;
  clauseIds: readonly string[];
  audits: number;
  findings: readonly { severity: FindingSeverity; possibleTrafficking: boolean; open: boolean }[];
  actions: readonly { status: ActionStatus; deadline: string }[];
}

export interface RegisterSummary {
  contracts: number;
  byLevel: Record<RiskLevel | "unscreened", number>;
  clausesUsed: Record<string, number>;
  auditsDone: number;
  openFindings: number;
  possibleTrafficking: number;
  overdueActions: number;
}

/** The register's figures for the action plan: contracts by risk, clauses used, audits done, open findings. */
export function summariseRegister(lines: readonly ContractLine[], asOf: string): RegisterSummary {
  const byLevel = Object.fromEntries(
    [...riskLevels, "unscreened"].map((l) => [l, 0]),
  ) as RegisterSummary["byLevel"];
  const clausesUsed: Record<string, number> = {};
  let auditsDone = 0;
  let openFindings = 0;
  let possibleTrafficking = 0;
  let overdue = 0;
  for (const c of lines) {
    byLevel[c.level ?? "unscreened"] += 1;
    for (const id of c.clauseIds) clausesUsed[id] = (clausesUsed[id] ?? 0) + 1;
    auditsDone += c.audits;
    openFindings += c.findings.filter((f) => f.open).length;
    possibleTrafficking += c.findings.filter((f) => f.possibleTrafficking).length;
    overdue += c.actions.filter((a) => isOverdue(a, asOf)).length;
  }
  return {
    contracts: lines.length,
    byLevel,
    clausesUsed,
    auditsDone,
    openFindings,
    possibleTrafficking,
    overdueActions: overdue,
  };
}
