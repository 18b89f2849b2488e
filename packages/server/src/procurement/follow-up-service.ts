import { procurementDb, type Queryable } from "@ariadne/db";
import { procurement } from "@ariadne/domain";
import type { FieldCipher } from "../crypto/index.ts";
import { findingIsOpen } from "./contracts-service.ts";

/** Free text of findings and actions, and questionnaire answers, may name workers: each is encrypted. */
export const fields = {
  finding: "procurement_findings.description",
  action: "procurement_actions.description",
  answers: "procurement_questionnaires.answers",
} as const;

export function presentFinding(
  cipher: FieldCipher,
  f: procurementDb.FindingRow,
  actions: readonly procurementDb.ActionRow[],
) {
  return {
    id: f.id,
    contractId: f.contractId,
    supplierId: f.supplierId,
    source: f.source as (typeof procurement.findingSources)[number],
    severity: f.severity,
    possibleTrafficking: f.possibleTrafficking,
    foundOn: f.foundOn,
    description: cipher.decrypt(fields.finding, f.descriptionEnc),
    open: findingIsOpen(f.id, actions),
  };
}

export function presentAction(cipher: FieldCipher, a: procurementDb.ActionRow, asOf: string) {
  return {
    id: a.id,
    findingId: a.findingId,
    contractId: a.contractId,
    description: cipher.decrypt(fields.action, a.descriptionEnc),
    deadline: a.deadline,
    status: a.status,
    overdue: procurement.isOverdue(a, asOf),
    version: a.version,
  };
}

/** The contract's follow-up: questionnaires sent and answered, checks done, findings and corrective actions. */
export async function presentFollowUp(
  tx: Queryable,
  cipher: FieldCipher,
  m: string,
  contractId: string,
  findings: readonly procurementDb.FindingRow[],
  actions: readonly procurementDb.ActionRow[],
  asOf: string,
) {
  const questionnaires = await procurementDb.listQuestionnaires(tx, m, contractId);
  return {
    questionnaires: questionnaires.map((q) => {
      const answered = q.answersEnc
        ? (JSON.parse(cipher.decrypt(fields.answers, q.answersEnc)) as procurement.QuestionnaireAnswers)
        : null;
      return {
        id: q.id,
        supplierId: q.supplierId,
        language: q.language,
        expiresAt: q.expiresAt,
        answeredAt: q.answeredAt,
        answers: answered?.answers ?? null,
        respondentName: answered?.respondentName ?? null,
        concerns: answered ? procurement.answersOfConcern(answered) : [],
      };
    }),
    checks: (await procurementDb.listChecks(tx, m, contractId)).map(({ contractId: _, ...c }) => c),
    findings: findings.map((f) => presentFinding(cipher, f, actions)),
    actions: actions.map((a) => presentAction(cipher, a, asOf)),
  };
}
