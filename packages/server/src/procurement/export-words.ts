import { i18n, procurement } from "@ariadne/domain";

export const exportLanguages = i18n.localeIds;
export type ExportLanguage = i18n.LocaleId;

type Words = {
  clausesTitle: string;
  reportTitle: string;
  registerTitle: string;
  contract: string;
  cpv: string;
  risk: string;
  ruleVersion: string;
  purpose: string;
  stages: string;
  references: string;
  note: string;
  levels: Record<procurement.RiskLevel | "unscreened", string>;
  stageNames: Record<procurement.ClauseStage, string>;
  methods: Record<procurement.MonitoringMethod, string>;
  severities: Record<procurement.FindingSeverity, string>;
  statuses: Record<procurement.ActionStatus, string>;
  rules: Record<procurement.RiskRuleId, string>;
  suppliers: string;
  tier: (n: number) => string;
  monitoring: string;
  checks: string;
  findings: string;
  actions: string;
  none: string;
  possibleTrafficking: string;
  overdue: string;
  deadline: string;
  contracts: string;
  byLevel: string;
  clausesUsed: string;
  auditsDone: string;
  openFindings: string;
  overdueActions: string;
  created: string;
};

/** The words of the procurement exports in a language, English where it has none. */
export function exportWordsIn(locale: string): Words {
  const { tierMain, tierSub, ...t } = procurement.procurementTexts.in(locale).export;
  return { ...t, tier: (n: number) => (n === 0 ? tierMain : i18n.fill(tierSub, { n })) };
}
