import type { CoverageRow } from "./coverage.ts";

/** What a training action point of the plan holds that training feeds. */
export interface TrainingPointState {
  status: "planned" | "in_progress" | "done" | "cancelled";
  progressPercent: number;
  evidence: string;
}

/** The evidence line training writes; a point's evidence is only replaced while it is this line. */
export const coverageEvidencePrefix = "Training coverage on ";

/**
 * A training action point's progress from the coverage of the actor or group it is about (issue 14,
 * item 4: coverage feeds the action plan): the share of people trained who are not due for a
 * refresher, done once anyone is, with the figures as evidence. A point someone cancelled or closed
 * stays as it is, and evidence someone wrote by hand is kept. Null when nothing would change.
 */
export function trainingPointProgress(
  point: TrainingPointState,
  row: CoverageRow,
  asOf: string,
): TrainingPointState | null {
  if (point.status === "cancelled" || point.status === "done") return null;
  const percent = row.people === 0 ? 0 : Math.round((row.peopleCurrent / row.people) * 100);
  const status: TrainingPointState["status"] =
    row.status === "current" ? "done" : row.people > 0 ? "in_progress" : point.status;
  const ours = point.evidence === "" || point.evidence.startsWith(coverageEvidencePrefix);
  const evidence = ours
    ? row.people === 0
      ? point.evidence
      : `${coverageEvidencePrefix}${asOf}: ${row.people} trained, ${row.peopleCurrent} not due for a refresher, last on ${row.lastTrainedOn}.`
    : point.evidence;
  const next = { status, progressPercent: percent, evidence };
  return next.status === point.status &&
    next.progressPercent === point.progressPercent &&
    next.evidence === point.evidence
    ? null
    : next;
}
