import {
  type AssistanceElement,
  type AssistanceLevel,
  assistanceSteps,
  decideSignal,
  describeElements,
  explainSignal,
  signalStateOf,
} from "./assistance.ts";
import {
  type AssistanceQuestion,
  maxNextQuestions,
  rankAssistanceQuestions,
} from "./assistance-questions.ts";
import type { CatalogueIndex } from "./catalogue-index.ts";
import type { Message } from "./messages.ts";
import type { ElementId, Observation, ProfileId, ScreeningMode } from "./types.ts";
import { elementIds } from "./types.ts";

/** Ariadne's assistance signal, beside (never instead of) the ILO/EC outcome. */
export interface AssistanceSignal {
  level: AssistanceLevel;
  elements: Record<ElementId, AssistanceElement>;
  reasons: Message[];
  /** The questions whose answers can change the most, at most five, most useful first. */
  nextQuestions: AssistanceQuestion[];
  /** What to do now; for a child, child protection first. */
  steps: Message[];
  mode: ScreeningMode;
}

/**
 * Evaluates the assistance signal from the latest observations (docs/screening-format.md,
 * "Assistance signal"). Pure. `iloQuestions` are the ILO/EC profiles' `whatToAskNext`, so that
 * questions that also move the ILO/EC outcome rank higher.
 */
export function evaluateAssistance(args: {
  index: CatalogueIndex;
  profiles: readonly {
    profile: ProfileId;
    isChild: boolean;
    whatToAskNext: readonly { indicator: string; decisive: boolean }[];
  }[];
  latest: ReadonlyMap<string, Observation>;
  mode: ScreeningMode;
  firstContact: readonly string[];
}): AssistanceSignal {
  const { index, latest } = args;
  const position = (id: string) => index.position.get(id) ?? 0;
  const presentIds: string[] = [];
  for (const o of latest.values()) if (o.status === "present") presentIds.push(o.indicator);
  presentIds.sort((a, b) => position(a) - position(b));
  const isChild = args.profiles.some((p) => p.isChild);
  const state = signalStateOf(presentIds, index);
  const decision = decideSignal(state, isChild);
  const iloEffect = new Map<string, { profile: ProfileId; decisive: boolean }>();
  for (const p of args.profiles)
    for (const q of p.whatToAskNext) iloEffect.set(q.indicator, { profile: p.profile, decisive: q.decisive });
  const ranked = rankAssistanceQuestions({
    index,
    profiles: args.profiles.map((p) => p.profile),
    observed: new Set(latest.keys()),
    state,
    decision,
    isChild,
    iloEffect,
    mode: args.mode,
    firstContact: args.firstContact,
  });
  const questionsByElement = {} as Record<ElementId, number>;
  for (const e of elementIds) questionsByElement[e] = ranked.filter((q) => q.elements.includes(e)).length;
  const elements = describeElements(decision, presentIds, index, isChild);
  return {
    level: decision.level,
    elements,
    reasons: explainSignal(decision, elements, isChild, questionsByElement),
    nextQuestions: ranked.slice(0, maxNextQuestions),
    steps: assistanceSteps(decision.level, isChild),
    mode: args.mode,
  };
}
