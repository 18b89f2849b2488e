import { type LocaleId, localeIds, localeOf } from "@ariadne/domain/i18n/locales.ts";
import {
  ContractFacts,
  clauseStages,
  findingSeverities,
  findingSources,
  labourFactors,
  MonitoringPlan,
  monitoringMethods,
  RiskRules,
  riskLevels,
  riskRuleIds,
} from "@ariadne/domain/procurement/index.ts";
import { z } from "zod";
import { request, withQuery } from "../api/client.ts";

const Abilities = z.object({ manage: z.boolean(), editRules: z.boolean() });
/** A text by language: the reference data gives its texts in the language asked (English where it has none). */
const Localised = z.record(z.string(), z.string());

const Screen = z.object({
  level: z.enum(riskLevels),
  score: z.int(),
  reasons: z.array(
    z.object({
      rule: z.enum(riskRuleIds),
      points: z.int(),
      facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
      sources: z.array(z.string()),
    }),
  ),
  ruleSetVersion: z.int(),
});

export const Contract = z.object({
  id: z.string(),
  facts: ContractFacts,
  cpvGroup: z.string(),
  cpvTitle: z.string(),
  screen: Screen,
  clauseIds: z.array(z.string()),
  recommendedClauseIds: z.array(z.string()),
  monitoring: MonitoringPlan,
  recommendedMonitoring: z.array(z.enum(monitoringMethods)),
  overdueActions: z.int(),
  openFindings: z.int(),
  version: z.int(),
  abilities: Abilities,
});
export type Contract = z.infer<typeof Contract>;

const FollowUp = z.object({
  questionnaires: z.array(
    z.object({
      id: z.string(),
      supplierId: z.string(),
      expiresAt: z.string(),
      answeredAt: z.string().nullable(),
      respondentName: z.string().nullable(),
      concerns: z.array(z.string()),
    }),
  ),
  checks: z.array(z.object({ id: z.string(), method: z.enum(monitoringMethods), doneOn: z.string() })),
  findings: z.array(
    z.object({
      id: z.string(),
      supplierId: z.string().nullable(),
      source: z.enum(findingSources),
      severity: z.enum(findingSeverities),
      possibleTrafficking: z.boolean(),
      foundOn: z.string(),
      description: z.string(),
      open: z.boolean(),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      findingId: z.string(),
      description: z.string(),
      deadline: z.string(),
      status: z.enum(["open", "done", "cancelled"]),
      overdue: z.boolean(),
      version: z.int(),
    }),
  ),
});
export const ContractWithFollowUp = Contract.extend({ followUp: FollowUp });
export type ContractWithFollowUp = z.infer<typeof ContractWithFollowUp>;

const Reference = z.object({
  cpv: z.object({
    source: z.object({ name: z.string(), version: z.string() }),
    /** Each group's title by language: the page shows the domain's, in the reader's language as it switches. */
    groups: z.array(z.object({ code: z.string(), title: Localised })),
  }),
  sources: z.record(z.string(), z.object({ title: z.string() })),
  clauses: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        stages: z.array(z.enum(clauseStages)),
        title: Localised,
        purpose: Localised,
        wording: Localised,
      }),
    ),
  }),
});
export type Reference = z.infer<typeof Reference>;

export const SupplierQuestionnaire = z.object({
  municipalityName: z.string(),
  contractTitle: z.string(),
  supplierName: z.string(),
  language: z.enum(localeIds),
  expiresAt: z.string(),
  /** Each question in the link's language. */
  questions: z.array(
    z.object({ id: z.string(), kind: z.enum(["yes_no", "number", "text"]), text: z.string() }),
  ),
  answerMaxLength: z.int(),
});
export type SupplierQuestionnaire = z.infer<typeof SupplierQuestionnaire>;

/** A version of the risk rules: the one in force, or (on a 409) the one published meanwhile. */
export const RuleSetView = z.object({ version: z.int(), rules: RiskRules });
export type PublishedRules = z.infer<typeof RuleSetView>;
const RulesInForce = RuleSetView.extend({ builtIn: z.boolean(), abilities: Abilities });

export { labourFactors };

const base = "/api/v1/procurement-contracts";
/** The export's language: the reader's (the exports speak every language, English where one lacks a text). */
export const exportLang = (lang: string): LocaleId => localeOf(lang) ?? "en";

export const procurementApi = {
  list: () => request("GET", base, z.object({ items: z.array(Contract), abilities: Abilities })),
  get: (id: string) => request("GET", `${base}/${id}`, ContractWithFollowUp),
  rules: () => request("GET", "/api/v1/procurement-rules", RulesInForce),
  publishRules: (body: unknown) => request("PUT", "/api/v1/procurement-rules", RulesInForce, body),
  reference: (lang: string) =>
    request("GET", withQuery("/api/v1/procurement-reference", { lang: exportLang(lang) }), Reference),
  create: (facts: unknown, idempotencyKey: string) =>
    request("POST", base, Contract, { facts }, { idempotencyKey }),
  update: (id: string, body: unknown) => request("PATCH", `${base}/${id}`, Contract, body),
  sendQuestionnaire: (id: string, body: unknown) =>
    request(
      "POST",
      `${base}/${id}/questionnaires`,
      z.object({ id: z.string(), link: z.string(), expiresAt: z.string(), mailed: z.boolean() }),
      body,
    ),
  recordFinding: (id: string, body: unknown, idempotencyKey: string) =>
    request("POST", `${base}/${id}/findings`, z.object({ id: z.string() }), body, { idempotencyKey }),
  addAction: (findingId: string, body: unknown, idempotencyKey: string) =>
    request("POST", `/api/v1/procurement-findings/${findingId}/actions`, z.object({ id: z.string() }), body, {
      idempotencyKey,
    }),
  setActionStatus: (id: string, version: number, status: string) =>
    request("PATCH", `/api/v1/procurement-actions/${id}`, z.object({ id: z.string() }), { version, status }),
  exportUrl: (id: string, file: string, lang: string) =>
    withQuery(`${base}/${id}/${file}`, { lang: exportLang(lang) }),
  registerReportUrl: (format: "pdf" | "csv", lang: string) =>
    withQuery(`/api/v1/procurement-report.${format}`, { lang: exportLang(lang) }),
  openQuestionnaire: (id: string, token: string) =>
    request("POST", `/api/v1/supplier-questionnaires/${id}/open`, SupplierQuestionnaire, { token }),
  answerQuestionnaire: (id: string, body: unknown) =>
    request("POST", `/api/v1/supplier-questionnaires/${id}/answers`, null, body),
};
