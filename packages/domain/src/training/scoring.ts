import { z } from "zod";
import { singleLineText } from "../common/index.ts";
import {
  type AssistanceLevel,
  catalogueFor,
  evaluateScreening,
  type Message,
  type ScreeningInputData,
  type ScreeningOutcome,
} from "../screening/index.ts";
import type { Scenario } from "./scenarios/index.ts";

/** What the learner may pick as the next step: the screening engine's own assistance levels. */
export const nextStepChoices = ["offer_assistance", "keep_asking", "no_concern_recorded"] as const;
export const NextStep = z.enum(nextStepChoices);

export const ScenarioAnswer = z.strictObject({
  marked: z.array(singleLineText(40)).max(80),
  nextStep: NextStep,
});
export type ScenarioAnswer = z.infer<typeof ScenarioAnswer>;

/** A scenario's facts as a screening input on one day (catalogue-v2, as new screenings use). */
export function scenarioInput(
  s: Pick<Scenario, "profiles" | "present" | "absent">,
  asOf = "2026-01-01",
): ScreeningInputData {
  return {
    catalogueVersion: "catalogue-v2",
    profiles: [...s.profiles],
    observations: [
      ...s.present.map((indicator) => ({ indicator, status: "present" as const, observedAt: asOf })),
      ...s.absent.map((indicator) => ({ indicator, status: "absent" as const, observedAt: asOf })),
    ],
    asOf,
  };
}

export interface AnswerKey {
  level: AssistanceLevel;
  ilo: ScreeningOutcome;
  present: string[];
  /** The engine's reasons for its level, and what to do now: the feedback, never written twice. */
  reasons: Message[];
  steps: Message[];
}

/** The engine's evaluation of the scenario's facts: the answer key (issue 14, item 2). */
export function answerKey(s: Pick<Scenario, "profiles" | "present" | "absent">): AnswerKey {
  const r = evaluateScreening(scenarioInput(s));
  return {
    level: r.assistance.level,
    ilo: r.outcome,
    present: [...s.present],
    reasons: r.assistance.reasons,
    steps: r.assistance.steps,
  };
}

const catalogue = catalogueFor("catalogue-v2");
const position = new Map(catalogue.indicators.map((i, n) => [i.id, n]));

/** A small stable number from a text, so a scenario's distractors are the same every time. */
function stableHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The indicators that fit a scenario's profiles: its ILO/EC lists, the supplementary forms and Ariadne's own. */
function fitting(s: Pick<Scenario, "profiles">): string[] {
  return catalogue.indicators
    .filter((i) => (i.kind === "ilo" ? s.profiles.includes(i.profile) : true))
    .map((i) => i.id);
}

/**
 * The indicators a learner chooses from: the facts shown, the ones ruled out and `distractors`
 * more that fit the profiles, in catalogue order so the order gives nothing away.
 */
export function scenarioChoices(
  s: Pick<Scenario, "id" | "profiles" | "present" | "absent">,
  distractors = 4,
): string[] {
  const shown = new Set([...s.present, ...s.absent]);
  const pool = fitting(s).filter((id) => !shown.has(id));
  const picked: string[] = [];
  let at = stableHash(s.id) % Math.max(pool.length, 1);
  while (picked.length < Math.min(distractors, pool.length)) {
    const id = pool[at % pool.length]!;
    if (!picked.includes(id)) picked.push(id);
    at += 7;
  }
  return [...shown, ...picked].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

export interface ScenarioScore {
  scenarioId: string;
  key: AnswerKey;
  nextStep: AssistanceLevel;
  stepRight: boolean;
  found: string[];
  missed: string[];
  /** Marked but not shown by the situation (or ruled out by it). */
  wrong: string[];
  /** What the engine says of the learner's own marks: how far they would have got. */
  levelOfMarks: AssistanceLevel;
  passed: boolean;
}

/**
 * Scores a learner's answer against the engine's evaluation of the same facts. Passed: the next
 * step is the engine's, at least half of the facts are found, and no more marked wrongly than
 * found (with nothing to find, nothing marked).
 */
export function scoreScenario(
  s: Pick<Scenario, "id" | "profiles" | "present" | "absent">,
  answer: ScenarioAnswer,
): ScenarioScore {
  const key = answerKey(s);
  const marked = [...new Set(answer.marked)];
  const present = new Set(s.present);
  const found = marked.filter((id) => present.has(id));
  const wrong = marked.filter((id) => !present.has(id));
  const missed = s.present.filter((id) => !marked.includes(id));
  const stepRight = answer.nextStep === key.level;
  const marksOk =
    s.present.length === 0
      ? wrong.length === 0
      : found.length * 2 >= s.present.length && wrong.length <= found.length;
  const levelOfMarks = evaluateScreening(
    scenarioInput({ profiles: s.profiles, present: found, absent: s.absent }),
  ).assistance.level;
  return {
    scenarioId: s.id,
    key,
    nextStep: answer.nextStep,
    stepRight,
    found,
    missed,
    wrong,
    levelOfMarks,
    passed: stepRight && marksOk,
  };
}

/** Marks that are not among the scenario's choices, by their index in `marked` (bad input). */
export function unknownMarks(s: Parameters<typeof scenarioChoices>[0], marked: readonly string[]): number[] {
  const allowed = new Set(scenarioChoices(s));
  return marked.flatMap((id, i) => (allowed.has(id) ? [] : [i]));
}
