import { type Evidence, evidenceIndex, evidenceSlots } from "./assistance-evidence.ts";
import type { CatalogueIndex } from "./catalogue-index.ts";
import type { Message } from "./messages.ts";
import { type StrengthCounts, thresholdClause } from "./rule.ts";
import type { ElementId, Strength } from "./types.ts";
import { elementIds } from "./types.ts";

/**
 * Ariadne's assistance signal: not the ILO/EC rule (which counts identified victims) but what a
 * frontline worker needs to offer a *potential* victim unconditional assistance (CBSS/HEUNI
 * 2016, "Referral to assistance"). It is built on the elements of the Palermo Protocol
 * definition (art. 3): an act, a means (not required for a child, art. 3(c)) and a purpose.
 */
export type AssistanceLevel = "offer_assistance" | "keep_asking" | "no_concern_recorded";

export const assistanceLevelRank: Record<AssistanceLevel, number> = {
  no_concern_recorded: 0,
  keep_asking: 1,
  offer_assistance: 2,
};

export type ElementState = "shown" | "not_shown" | "not_required";
/** How an element was shown: `threshold` — its facts meet the ILO/EC clause pooled across phases. */
export type ElementVia = "recruitment" | "harbouring" | "threshold" | "strong_coercion";

export interface AssistanceElement {
  state: ElementState;
  via: ElementVia | null;
  /** Present indicators that feed it, in catalogue order. */
  by: string[];
}

/** The tallies the signal is decided on; cheap to extend by one fact (for ranking questions). */
export interface SignalState {
  /**
   * The strongest weight of each distinct fact per element (0 none, 1 weak, 2 medium, 3 strong),
   * at `elementOffset[element] * slots + slot`: one buffer, as the signal is evaluated often.
   */
  keys: Uint8Array;
  slots: number;
  counts: Record<ElementId, StrengthCounts>;
  /** A present strong coercion fact (see `strongCoercionConcepts`): it shows the means alone. */
  strongMeans: boolean;
  /** A present fact at the destination that feeds the means: the person is held where they are exploited. */
  destinationMeans: boolean;
  anyPresent: boolean;
}

export type SignalTallies = Omit<SignalState, "keys" | "slots">;

const elementOffset: Record<ElementId, number> = { act: 0, means: 1, purpose: 2 };

export interface Decision {
  level: AssistanceLevel;
  shown: Record<ElementId, boolean>;
  via: Record<ElementId, ElementVia | null>;
}

const zero = (): StrengthCounts => ({ strong: 0, medium: 0, weak: 0 });

const weight: Record<Strength, number> = { weak: 1, medium: 2, strong: 3 };
const strengthOfWeight = [undefined, "weak", "medium", "strong"] as const;

export function emptySignalState(slots: number): SignalState {
  return {
    keys: new Uint8Array(3 * slots),
    slots,
    counts: { act: zero(), means: zero(), purpose: zero() },
    strongMeans: false,
    destinationMeans: false,
    anyPresent: false,
  };
}

/** Adds one present fact to the state, in place; the same fact (key) counts once, at its strongest. */
export function addEvidence(state: SignalState, ev: Evidence): void {
  state.anyPresent = true;
  if (ev.coercion) state.strongMeans = true;
  for (const { element, strength } of ev.feeds) {
    const at = elementOffset[element] * state.slots + ev.slot;
    const prev = strengthOfWeight[state.keys[at] ?? 0];
    if (prev !== undefined && weight[prev] >= weight[strength]) continue;
    if (prev !== undefined) state.counts[element][prev] -= 1;
    state.keys[at] = weight[strength];
    state.counts[element][strength] += 1;
    if (element === "means" && ev.phase === "destination") state.destinationMeans = true;
  }
}

/** The tallies with one more present fact, for a one-step look-ahead (the state is not changed). */
export function lookahead(state: SignalState, ev: Evidence): SignalTallies {
  const counts = { act: state.counts.act, means: state.counts.means, purpose: state.counts.purpose };
  let { destinationMeans } = state;
  const strongMeans = state.strongMeans || ev.coercion;
  for (const { element, strength } of ev.feeds) {
    const prev = strengthOfWeight[state.keys[elementOffset[element] * state.slots + ev.slot] ?? 0];
    if (prev !== undefined && weight[prev] >= weight[strength]) continue;
    const c = { ...counts[element] };
    if (prev !== undefined) c[prev] -= 1;
    c[strength] += 1;
    counts[element] = c;
    if (element === "means" && ev.phase === "destination") destinationMeans = true;
  }
  return { counts, strongMeans, destinationMeans, anyPresent: true };
}

/**
 * The rule of the signal (docs/screening-format.md, "Assistance signal"):
 * - purpose is shown when its facts, pooled across every form and phase, meet the ILO/EC
 *   threshold clause (so never on one fact);
 * - means is shown by the same pooled clause, or by any one strong coercion fact (documents,
 *   debt bondage, isolation or confinement, violence or threats of it, money held);
 * - act is shown by the recruitment facts of all three recruitment dimensions together meeting
 *   the clause, or by harbouring or receipt: exploitation shown while the person is held by a
 *   coercion or vulnerability fact at the destination (for a child, exploitation alone);
 * - offer_assistance: act, purpose and (for adults) means shown; keep_asking: any fact present.
 */
export function decideSignal(state: SignalTallies, isChild: boolean): Decision {
  const purpose = thresholdClause(state.counts.purpose) !== null;
  const meansByThreshold = thresholdClause(state.counts.means) !== null;
  const means = meansByThreshold || state.strongMeans;
  const actByRecruitment = thresholdClause(state.counts.act) !== null;
  const actByHarbouring = purpose && (isChild || state.destinationMeans);
  const act = actByRecruitment || actByHarbouring;
  const level: AssistanceLevel =
    purpose && act && (isChild || means)
      ? "offer_assistance"
      : state.anyPresent
        ? "keep_asking"
        : "no_concern_recorded";
  return {
    level,
    shown: { act, means, purpose },
    via: {
      act: actByRecruitment ? "recruitment" : actByHarbouring ? "harbouring" : null,
      means: meansByThreshold ? "threshold" : state.strongMeans ? "strong_coercion" : null,
      purpose: purpose ? "threshold" : null,
    },
  };
}

/** The signal's state from the present indicators (ids, in catalogue order). */
export function signalStateOf(presentIds: readonly string[], index: CatalogueIndex): SignalState {
  const evidence = evidenceIndex(index);
  const state = emptySignalState(evidenceSlots(index));
  for (const id of presentIds) {
    const ev = evidence.get(id);
    if (ev) addEvidence(state, ev);
  }
  return state;
}

/** Each element's state with the present indicators that feed it. */
export function describeElements(
  decision: Decision,
  presentIds: readonly string[],
  index: CatalogueIndex,
  isChild: boolean,
): Record<ElementId, AssistanceElement> {
  const evidence = evidenceIndex(index);
  const by: Record<ElementId, string[]> = { act: [], means: [], purpose: [] };
  for (const id of presentIds) {
    const ev = evidence.get(id);
    if (!ev) continue;
    let act = false;
    for (const f of ev.feeds) {
      if (f.element === "act") act = true;
      if (by[f.element].at(-1) !== id) by[f.element].push(id);
    }
    // Harbouring or receipt is shown by the facts that hold the person where they are exploited.
    const holds =
      decision.via.act === "harbouring" &&
      ev.phase === "destination" &&
      ev.feeds.some((f) => f.element === "means" || (isChild && f.element === "purpose"));
    if (!act && holds) by.act.push(id);
  }
  const out = {} as Record<ElementId, AssistanceElement>;
  for (const element of elementIds) {
    const notRequired = element === "means" && isChild && !decision.shown.means;
    out[element] = {
      state: decision.shown[element] ? "shown" : notRequired ? "not_required" : "not_shown",
      via: decision.via[element],
      by: by[element],
    };
  }
  return out;
}

/** Why the signal is what it is, as message keys (the texts are in messages.ts). */
export function explainSignal(
  decision: Decision,
  elements: Record<ElementId, AssistanceElement>,
  isChild: boolean,
  questionsByElement: Record<ElementId, number>,
): Message[] {
  const reasons: Message[] = [
    { key: "screening.assistance.about" },
    { key: `screening.assistance.level.${decision.level}` },
  ];
  if (isChild) reasons.push({ key: "screening.assistance.child" });
  for (const element of elementIds) {
    const e = elements[element];
    if (e.state === "shown") {
      reasons.push({
        key: `screening.assistance.via.${e.via ?? "threshold"}`,
        params: { element, count: e.by.length },
      });
    } else if (e.state === "not_required") {
      reasons.push({ key: "screening.assistance.notRequired", params: { element } });
    } else {
      reasons.push({
        key: "screening.assistance.missing",
        params: { element, count: e.by.length, questions: questionsByElement[element] },
      });
    }
  }
  return reasons;
}

/** What to do now, by level: for a child, child protection comes first. */
export function assistanceSteps(level: AssistanceLevel, isChild: boolean): Message[] {
  const steps: Message[] = [];
  if (isChild) steps.push({ key: "screening.next.childProtection" });
  steps.push({ key: "screening.next.immediateDanger" });
  steps.push({ key: `screening.assistance.step.${level}` });
  steps.push({ key: "screening.next.referral" });
  return steps;
}
