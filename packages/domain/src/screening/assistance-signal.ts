import {
  type AssistanceElement,
  type AssistanceLevel,
  assistanceSteps,
  decideSignal,
  describeElements,
  explainSignal,
  signalStateOf,
} from "./assistance.ts";
import { type AssistanceQuestion, rankAssistanceQuestions } from "./assistance-questions.ts";
import type { CatalogueIndex } from "./catalogue-index.ts";
import type { Message } from "./messages.ts";
import type { ElementId, Observation, ProfileId, ScreeningMode } from "./types.ts";

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
  const present: { id: string; at: number }[] = [];
  for (const o of latest.values())
    if (o.status === "present") present.push({ id: o.indicator, at: index.position.get(o.indicator) ?? 0 });
  present.sort((a, b) => a.at - b.at);
  const presentIds = present.map((p) => p.id);
  const isChild = args.profiles.some((p) => p.isChild);
  const state = signalStateOf(presentIds, index);
  const decision = decideSignal(state, isChild);
  const iloEffect = new Map<string, { profile: ProfileId; decisive: boolean }>();
  for (const p of args.profiles)
    for (const q of p.whatToAskNext) iloEffect.set(q.indicator, { profile: p.profile, decisive: q.decisive });
  const ranked = rankAssistanceQuestions({
    index,
    profiles: args.profiles.map((p) => p.profile),
    observed: latest,
    state,
    decision,
    isChild,
    iloEffect,
    mode: args.mode,
    firstContact: args.firstContact,
  });
  const elements = describeElements(decision, presentIds, index, isChild);
  return {
    level: decision.level,
    elements,
    reasons: explainSignal(decision, elements, isChild, ranked.byElement),
    nextQuestions: ranked.top,
    steps: assistanceSteps(decision.level, isChild),
    mode: args.mode,
  };
}
