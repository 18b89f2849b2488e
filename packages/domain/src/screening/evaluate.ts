import { type AssistanceSignal, evaluateAssistance } from "./assistance-signal.ts";
import { type CatalogueIndex, indexCatalogue } from "./catalogue-index.ts";
import { catalogueFor } from "./catalogues.ts";
import type { Message } from "./messages.ts";
import { nextSteps } from "./next-steps.ts";
import {
  indicatorsNeeded,
  indicatorsNeededForProfile,
  type StrengthCounts,
  strengthRank,
  type ThresholdClause,
  thresholdClause,
} from "./rule.ts";
import type {
  BarrierId,
  Catalogue,
  DimensionId,
  Observation,
  ObservationStatus,
  ProfileId,
  ScreeningInputData,
  Strength,
  SupplementaryFormId,
} from "./types.ts";
import { dimensionIds, supplementaryFormIds } from "./types.ts";

export type ScreeningOutcome = "indicated" | "not_indicated_yet" | "not_indicated";
export type DimensionState = "positive" | "negative" | "undetermined";

/** Ordering used by the property tests and the overall result: indicated > not yet > not. */
export const outcomeRank: Record<ScreeningOutcome, number> = {
  not_indicated: 0,
  not_indicated_yet: 1,
  indicated: 2,
};

export interface DimensionResult {
  dimension: DimensionId;
  state: DimensionState;
  /** The threshold clause met, when positive. */
  clause: ThresholdClause | null;
  /** Positive: the present indicators; negative: the absent ones; undetermined: the present ones so far. */
  decidedBy: string[];
  present: string[];
  absent: string[];
  /** Unknown, or never observed. */
  unknown: string[];
  /** Fewest unknown indicators that would have to be present for a positive dimension (null: impossible). */
  missing: number | null;
}

export interface Question {
  indicator: string;
  profile: ProfileId;
  dimension: DimensionId;
  strength: Strength;
  /** True when this one indicator, if present, meets the rule. */
  decisive: boolean;
  /** Indicators still missing for the rule after this one would be present. */
  missingAfter: number;
}

export interface ProfileResult {
  profile: ProfileId;
  isChild: boolean;
  outcome: ScreeningOutcome;
  /** Fewest unknown indicators that would have to be present to meet the rule (null: impossible). */
  missing: number | null;
  dimensions: DimensionResult[];
  explanation: Message[];
  /** Unknown indicators that would bring the rule closer if present, most decisive first. */
  whatToAskNext: Question[];
}

export interface SupplementaryResult {
  form: SupplementaryFormId;
  pointedTo: boolean;
  present: string[];
  unknown: string[];
}

export interface ScreeningResultData {
  catalogueVersion: string;
  asOf: string | null;
  outcome: ScreeningOutcome;
  forms: { indicated: ProfileId[]; pointedTo: SupplementaryFormId[] };
  profiles: ProfileResult[];
  supplementary: SupplementaryResult[];
  /** Screening-level messages: supplementary forms pointed to. */
  explanation: Message[];
  approachGuidance: { barrier: BarrierId }[];
  /** Always: immediate-danger questions first, the way to assistance last. */
  nextSteps: Message[];
  observationsConsidered: number;
  /** Ariadne's own assistance signal on the Palermo elements; not the ILO/EC rule. */
  assistance: AssistanceSignal;
}

const statusRank: Record<ObservationStatus, number> = { absent: 0, unknown: 1, present: 2 };

/**
 * The latest observation of each indicator on or before `asOf`. Two on the same date (which the
 * schema rejects) resolve to the stronger status so the result never depends on input order.
 */
export function latestObservations(
  observations: readonly Observation[],
  asOf: string | null,
): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const o of observations) {
    if (asOf !== null && o.observedAt > asOf) continue;
    const prev = latest.get(o.indicator);
    if (
      !prev ||
      o.observedAt > prev.observedAt ||
      (o.observedAt === prev.observedAt && statusRank[o.status] > statusRank[prev.status])
    ) {
      latest.set(o.indicator, o);
    }
  }
  return latest;
}

const toNull = (n: number) => (Number.isFinite(n) ? n : null);

function count(ids: readonly string[], index: CatalogueIndex): StrengthCounts {
  const c = { strong: 0, medium: 0, weak: 0 };
  for (const id of ids) {
    const ind = index.byId.get(id);
    if (ind?.kind === "ilo") c[ind.strength] += 1;
  }
  return c;
}

function evaluateProfile(
  profile: ProfileId,
  isChild: boolean,
  statusOf: (id: string) => ObservationStatus,
  index: CatalogueIndex,
): ProfileResult {
  const dims: DimensionResult[] = [];
  const need = {} as Record<DimensionId, number>;
  const counts = {} as Record<DimensionId, { present: StrengthCounts; unknown: StrengthCounts }>;
  for (const dimension of dimensionIds) {
    const present: string[] = [];
    const absent: string[] = [];
    const unknown: string[] = [];
    for (const ind of index.byProfile[profile][dimension]) {
      const s = statusOf(ind.id);
      (s === "present" ? present : s === "absent" ? absent : unknown).push(ind.id);
    }
    const pc = count(present, index);
    const uc = count(unknown, index);
    counts[dimension] = { present: pc, unknown: uc };
    const clause = thresholdClause(pc);
    need[dimension] = clause ? 0 : indicatorsNeeded(pc, uc);
    const state: DimensionState = clause
      ? "positive"
      : Number.isFinite(need[dimension])
        ? "undetermined"
        : "negative";
    dims.push({
      dimension,
      state,
      clause,
      decidedBy: state === "negative" ? absent : present,
      present,
      absent,
      unknown,
      missing: toNull(need[dimension]),
    });
  }
  const missing = indicatorsNeededForProfile(need, isChild);
  const outcome: ScreeningOutcome =
    missing === 0 ? "indicated" : Number.isFinite(missing) ? "not_indicated_yet" : "not_indicated";

  const whatToAskNext: Question[] = [];
  if (outcome === "not_indicated_yet") {
    for (const d of dims) {
      for (const id of d.unknown) {
        const ind = index.byId.get(id);
        if (ind?.kind !== "ilo") continue;
        const { present, unknown } = counts[d.dimension];
        const after = indicatorsNeeded(
          { ...present, [ind.strength]: present[ind.strength] + 1 },
          { ...unknown, [ind.strength]: unknown[ind.strength] - 1 },
        );
        const missingAfter = indicatorsNeededForProfile({ ...need, [d.dimension]: after }, isChild);
        if (missingAfter < missing) {
          whatToAskNext.push({
            indicator: id,
            profile,
            dimension: d.dimension,
            strength: ind.strength,
            decisive: missingAfter === 0,
            missingAfter,
          });
        }
      }
    }
    whatToAskNext.sort(compareQuestions);
  }

  const explanation: Message[] = [{ key: isChild ? "screening.rule.child" : "screening.rule.adult" }];
  for (const d of dims) {
    if (d.state === "positive") {
      explanation.push({
        key: "screening.dimension.positive",
        params: { dimension: d.dimension, clause: d.clause ?? "" },
      });
    } else if (d.state === "negative") {
      explanation.push({ key: "screening.dimension.negative", params: { dimension: d.dimension } });
    } else {
      explanation.push({
        key: "screening.dimension.undetermined",
        params: { dimension: d.dimension, missing: d.missing ?? 0 },
      });
    }
  }
  explanation.push({
    key: `screening.result.${outcome}`,
    params: outcome === "not_indicated_yet" ? { profile, missing } : { profile },
  });
  const unknownCount = dims.reduce((n, d) => n + d.unknown.length, 0);
  if (unknownCount > 0)
    explanation.push({ key: "screening.explain.unknownNotAbsent", params: { count: unknownCount } });
  explanation.push({ key: "screening.explain.aid" });

  return {
    profile,
    isChild,
    outcome,
    missing: toNull(missing),
    dimensions: dims,
    explanation,
    whatToAskNext,
  };
}

const profileOrder: Record<ProfileId, number> = {
  adult_labour: 0,
  adult_sexual: 1,
  child_labour: 2,
  child_sexual: 3,
};

/** Most decisive first: fewest indicators left after it, then stronger, then a stable order. */
export function compareQuestions(a: Question, b: Question): number {
  return (
    a.missingAfter - b.missingAfter ||
    strengthRank[a.strength] - strengthRank[b.strength] ||
    profileOrder[a.profile] - profileOrder[b.profile] ||
    (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0)
  );
}

/**
 * An ILO/EC indicator's status, taking Ariadne's parts of it into account (catalogue-v2): present
 * when it or any part is present; absent when it is absent, or every part is; unknown otherwise.
 */
function statusWithParts(
  id: string,
  latest: ReadonlyMap<string, Observation>,
  parts: ReadonlyMap<string, string[]>,
): ObservationStatus {
  const own = latest.get(id)?.status ?? "unknown";
  const ps = parts.get(id);
  if (!ps || own === "present") return own;
  let allAbsent = true;
  for (const p of ps) {
    const s = latest.get(p)?.status ?? "unknown";
    if (s === "present") return "present";
    if (s !== "absent") allAbsent = false;
  }
  return allAbsent ? "absent" : own;
}

/**
 * Evaluates a screening against the ILO/EC operational indicators (2009) as of `asOf`: per
 * profile, each dimension's state with its reasons, the outcome and what to ask next; and beside
 * it Ariadne's assistance signal. Pure and deterministic; unknown and never-observed indicators
 * are never treated as absent. The catalogue is the input's `catalogueVersion` (v1 by default).
 */
export function evaluateScreening(
  input: ScreeningInputData,
  catalogue: Catalogue = catalogueFor(input.catalogueVersion),
): ScreeningResultData {
  const index = indexCatalogue(catalogue);
  const asOf =
    input.asOf ??
    input.observations.reduce<string | null>(
      (m, o) => (m === null || o.observedAt > m ? o.observedAt : m),
      null,
    );
  const latest = latestObservations(input.observations, asOf);
  const statusOf =
    index.parts.size === 0
      ? (id: string): ObservationStatus => latest.get(id)?.status ?? "unknown"
      : (id: string): ObservationStatus => statusWithParts(id, latest, index.parts);

  const uniqueProfiles = [...new Set(input.profiles)].sort((a, b) => profileOrder[a] - profileOrder[b]);
  const profiles = uniqueProfiles.map((p) =>
    evaluateProfile(p, catalogue.profiles[p].isChild, statusOf, index),
  );

  const supplementary: SupplementaryResult[] = supplementaryFormIds.map((form) => {
    const ids = index.byForm[form];
    const present = ids.filter((id) => statusOf(id) === "present");
    return {
      form,
      pointedTo: present.length > 0,
      present,
      unknown: ids.filter((id) => statusOf(id) === "unknown"),
    };
  });

  const outcome = profiles.reduce<ScreeningOutcome>(
    (best, p) => (outcomeRank[p.outcome] > outcomeRank[best] ? p.outcome : best),
    "not_indicated",
  );
  const barriers = [...new Set(input.barriers ?? [])];
  const pointedTo = supplementary.filter((s) => s.pointedTo).map((s) => s.form);

  return {
    catalogueVersion: catalogue.version,
    asOf,
    outcome,
    forms: { indicated: profiles.filter((p) => p.outcome === "indicated").map((p) => p.profile), pointedTo },
    profiles,
    supplementary,
    explanation: pointedTo.map((form) => ({ key: "screening.form.pointedTo" as const, params: { form } })),
    approachGuidance: catalogue.barriers
      .filter((b) => barriers.includes(b.id))
      .map((b) => ({ barrier: b.id })),
    nextSteps: nextSteps(profiles, barriers.length > 0),
    observationsConsidered: latest.size,
    assistance: evaluateAssistance({
      index,
      profiles,
      latest,
      mode: input.mode ?? "first_contact",
      firstContact: catalogue.firstContact ?? [],
    }),
  };
}
