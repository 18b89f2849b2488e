import { admin, i18n, procurement } from "@ariadne/domain";
import { z } from "zod";

export const ProcurementAbilities = z.object({ manage: z.boolean(), editRules: z.boolean() });

const Reason = z.object({
  rule: z.enum(procurement.riskRuleIds),
  points: z.int(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
  sources: z.array(z.string()).readonly(),
});

export const RiskScreenSchema = z.object({
  level: procurement.RiskLevelSchema,
  score: z.int(),
  reasons: z.array(Reason),
  ruleSetVersion: z.int(),
  lists: z.object({ cpv: z.string(), sector: z.string(), country: z.string() }),
});

const Facts = procurement.ContractFacts;

export const ContractSchema = z.object({
  id: admin.uuid,
  municipalityId: admin.uuid,
  facts: Facts,
  cpvGroup: z.string(),
  cpvTitle: z.string(),
  screen: RiskScreenSchema,
  clauseIds: z.array(z.string()),
  recommendedClauseIds: z.array(z.string()),
  monitoring: procurement.MonitoringPlan,
  recommendedMonitoring: z.array(z.enum(procurement.monitoringMethods)),
  overdueActions: z.int(),
  openFindings: z.int(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: ProcurementAbilities,
});
export type ContractView = z.infer<typeof ContractSchema>;

export const QuestionnaireSchema = z.object({
  id: admin.uuid,
  supplierId: admin.uuid,
  language: z.enum(i18n.localeIds),
  expiresAt: z.string(),
  answeredAt: z.string().nullable(),
  answers: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  respondentName: z.string().nullable(),
  concerns: z.array(z.string()),
});

export const FindingSchema = z.object({
  id: admin.uuid,
  contractId: admin.uuid,
  supplierId: admin.uuid.nullable(),
  source: z.enum(procurement.findingSources),
  severity: z.enum(procurement.findingSeverities),
  possibleTrafficking: z.boolean(),
  foundOn: z.string(),
  description: z.string(),
  open: z.boolean(),
});

export const ActionSchema = z.object({
  id: admin.uuid,
  findingId: admin.uuid,
  contractId: admin.uuid,
  description: z.string(),
  deadline: z.string(),
  status: z.enum(procurement.actionStatuses),
  overdue: z.boolean(),
  version: z.int(),
});

export const CheckSchema = z.object({
  id: admin.uuid,
  method: z.enum(procurement.monitoringMethods),
  doneOn: z.string(),
});

export const FollowUpSchema = z.object({
  questionnaires: z.array(QuestionnaireSchema),
  checks: z.array(CheckSchema),
  findings: z.array(FindingSchema),
  actions: z.array(ActionSchema),
});
