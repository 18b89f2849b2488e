import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";
import type { Localised } from "./clauses.ts";
import { findingSeverities, type RiskLevel, riskRank } from "./risk-sources.ts";
import { procurementLocalised } from "./texts.ts";

export const monitoringMethods = [
  "self_assessment",
  "document_checks",
  "on_site_audit",
  "worker_interviews",
] as const;
export type MonitoringMethod = (typeof monitoringMethods)[number];

const languageCode = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code");

/** How a contract is followed up (issue 16, item 4). Interviews are held in the workers' languages. */
export const MonitoringPlan = z.strictObject({
  methods: z.array(z.enum(monitoringMethods)).max(monitoringMethods.length),
  interviewLanguages: z.array(languageCode).max(20).default([]),
  nextReviewOn: CalendarDate.optional(),
});
export type MonitoringPlan = z.infer<typeof MonitoringPlan>;

/** The follow-up suggested for a risk level: more and closer checks as the risk rises. */
export function recommendMonitoring(level: RiskLevel): MonitoringMethod[] {
  const from: Record<MonitoringMethod, RiskLevel> = {
    self_assessment: "low",
    document_checks: "medium",
    on_site_audit: "high",
    worker_interviews: "high",
  };
  return monitoringMethods.filter((m) => riskRank(level) >= riskRank(from[m]));
}

/** The supplier self-assessment questionnaire, version 1: each question's kind and text. */
export const questionnaireVersion = "supplier-questionnaire-1";

type Question = { id: string; kind: "yes_no" | "number" | "text"; text: Localised };

const questionData = [
  {
    id: "written_contracts",
    kind: "yes_no",
  },
  {
    id: "collective_agreement_wages",
    kind: "yes_no",
  },
  {
    id: "recruitment_fees",
    kind: "yes_no",
  },
  {
    id: "documents_held",
    kind: "yes_no",
  },
  {
    id: "subcontractors_listed",
    kind: "yes_no",
  },
  {
    id: "workers_count",
    kind: "number",
  },
  {
    id: "grievance_channel",
    kind: "text",
  },
] as const satisfies readonly Omit<Question, "text">[];

/** Each question with its text (in `locales/<lang>/procurement.json`, by id). */
export const questions = questionData.map((q) => ({
  ...q,
  text: procurementLocalised(["questions", q.id]),
})) satisfies readonly Question[];
export type QuestionId = (typeof questions)[number]["id"];

/** The most a free-text answer may hold. */
export const answerMaxLength = 2000;

const yesNo = z.enum(["yes", "no", "unknown"]);
const answerOf = (kind: (typeof questions)[number]["kind"]) =>
  kind === "yes_no"
    ? yesNo
    : kind === "number"
      ? z.int().min(0).max(1_000_000)
      : multiLineText(answerMaxLength);
// Built from the question data, so a new version's questions are its schema too.
const answerShape = Object.fromEntries(questions.map((q) => [q.id, answerOf(q.kind)])) as unknown as Record<
  QuestionId,
  z.ZodType<string | number>
>;

/** A supplier's answers: every question answered, nothing else; sent through the single-use link. */
export const QuestionnaireAnswers = z.strictObject({
  answers: z.strictObject(answerShape),
  respondentName: singleLineText(200).min(1),
  respondentRole: singleLineText(200).optional(),
});
export type QuestionnaireAnswers = {
  answers: Record<QuestionId, string | number>;
  respondentName: string;
  respondentRole?: string;
};

/** Answers that point to a problem, each a finding to consider (the officer decides). */
export function answersOfConcern(a: QuestionnaireAnswers): QuestionId[] {
  const bad: [QuestionId, string][] = [
    ["written_contracts", "no"],
    ["collective_agreement_wages", "no"],
    ["recruitment_fees", "yes"],
    ["documents_held", "yes"],
    ["subcontractors_listed", "no"],
  ];
  return bad.filter(([q, v]) => a.answers[q] === v).map(([q]) => q);
}

export const findingSources = [
  "questionnaire",
  "document_check",
  "on_site_audit",
  "worker_interview",
  "other",
] as const;

export const FindingCreate = z.strictObject({
  supplierId: z.uuid().optional(),
  source: z.enum(findingSources),
  severity: z.enum(findingSeverities),
  /** Signs of possible trafficking: the officer is offered the referral pathway and report-a-concern at once. */
  possibleTrafficking: z.boolean().default(false),
  foundOn: CalendarDate,
  description: multiLineText(4000).min(1),
});
export type FindingCreate = z.infer<typeof FindingCreate>;

export const actionStatuses = ["open", "done", "cancelled"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const CorrectiveActionCreate = z.strictObject({
  description: multiLineText(2000).min(1),
  deadline: CalendarDate,
});
export const CorrectiveActionUpdate = z.strictObject({
  version: z.int().min(1),
  status: z.enum(actionStatuses),
});

/** True when an open action's deadline has passed on `asOf` (the deadline day itself is not late). */
export function isOverdue(action: { status: ActionStatus; deadline: string }, asOf: string): boolean {
  return action.status === "open" && action.deadline < asOf;
}

/** The open actions past their deadline on `asOf`, the longest overdue first. */
export function overdueActions<A extends { status: ActionStatus; deadline: string }>(
  actions: readonly A[],
  asOf: string,
): A[] {
  return actions.filter((a) => isOverdue(a, asOf)).sort((a, b) => a.deadline.localeCompare(b.deadline));
}
