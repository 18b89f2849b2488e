import { type AssistanceLevel, assistanceLevelRank, decideSignal, signalStateOf } from "./assistance.ts";
import { indexCatalogue } from "./catalogue-index.ts";
import { catalogueFor } from "./catalogues.ts";
import { latestObservations, type ScreeningOutcome, type ScreeningResultData } from "./evaluate.ts";
import type { Catalogue, DimensionId, ElementId, ProfileId, ScreeningInputData } from "./types.ts";
import { elementIds } from "./types.ts";

/** A dimension that could still turn positive, and the fewest unknown indicators it needs. */
export interface DimensionNeed {
  dimension: DimensionId;
  missing: number;
}

/**
 * Whether a profile's ILO/EC outcome can still change if answers still unknown (or never asked)
 * turn out present. `open`: each part of the rule not met yet (recruitment, exploitation, and for
 * an adult the means at destination), as the dimensions any one of which would meet it, fewest
 * needed first.
 */
export type ProfileChange =
  | { profile: ProfileId; outcome: Exclude<ScreeningOutcome, "not_indicated_yet">; canChange: false }
  | {
      profile: ProfileId;
      outcome: "not_indicated_yet";
      canChange: true;
      missing: number;
      open: DimensionNeed[][];
    };

/**
 * Whether the assistance signal's level can still rise if unknown answers turn out present:
 * `reachable` is the highest level they could give, `elements` those they could still show.
 */
export type SignalChange =
  | { level: AssistanceLevel; canChange: false }
  | { level: AssistanceLevel; canChange: true; reachable: AssistanceLevel; elements: ElementId[] };

export interface ResultChange {
  profiles: ProfileChange[];
  assistance: SignalChange;
}

const recruitment: readonly DimensionId[] = [
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
];
const destination: readonly DimensionId[] = [
  "coercion_at_destination",
  "abuse_of_vulnerability_at_destination",
];

/**
 * Per profile and for the assistance signal, whether and how the result can still change given
 * what is unknown. Unknown is never absent (ILO/EC 2009, "how to use"): an answer "not known"
 * keeps the result open exactly as a question never asked does. Only an absent answer closes a
 * way. The one source for every "can still change" or "settled" statement the UI makes.
 */
export function resultChange(
  input: ScreeningInputData,
  result: ScreeningResultData,
  catalogue: Catalogue = catalogueFor(input.catalogueVersion),
): ResultChange {
  const profiles = result.profiles.map((p): ProfileChange => {
    if (p.outcome !== "not_indicated_yet" || p.missing === null)
      return {
        profile: p.profile,
        outcome: p.outcome === "indicated" ? "indicated" : "not_indicated",
        canChange: false,
      };
    const need = new Map(p.dimensions.map((d) => [d.dimension, d.missing] as const));
    const parts = p.isChild
      ? [recruitment, ["exploitative_conditions" as const]]
      : [recruitment, ["exploitative_conditions" as const], destination];
    const open: DimensionNeed[][] = [];
    for (const part of parts) {
      const options = part
        .map((dimension) => ({ dimension, missing: need.get(dimension) ?? null }))
        .filter((o): o is DimensionNeed => o.missing !== null);
      if (options.some((o) => o.missing === 0)) continue;
      open.push(options.sort((a, b) => a.missing - b.missing));
    }
    return { profile: p.profile, outcome: "not_indicated_yet", canChange: true, missing: p.missing, open };
  });
  return { profiles, assistance: signalChange(input, result, catalogue) };
}

function signalChange(
  input: ScreeningInputData,
  result: ScreeningResultData,
  catalogue: Catalogue,
): SignalChange {
  const { level } = result.assistance;
  const index = indexCatalogue(catalogue);
  const latest = latestObservations(input.observations, result.asOf);
  const chosen = new Set<ProfileId>(input.profiles);
  // Everything not recorded absent might yet be present: the signal can only rise with more facts.
  const possible: string[] = [];
  for (const [id, ind] of index.byId) {
    if (ind.kind === "ilo" && !chosen.has(ind.profile)) continue;
    if (latest.get(id)?.status === "absent") continue;
    possible.push(id);
  }
  possible.sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
  const isChild = result.profiles.some((p) => p.isChild);
  const best = decideSignal(signalStateOf(possible, index), isChild);
  if (assistanceLevelRank[best.level] <= assistanceLevelRank[level]) return { level, canChange: false };
  const elements = elementIds.filter(
    (e) => best.shown[e] && result.assistance.elements[e].state === "not_shown",
  );
  return { level, canChange: true, reachable: best.level, elements };
}

/** True when nothing still unknown can change any profile's outcome or the assistance signal. */
export function isSettled(change: ResultChange): boolean {
  return !change.assistance.canChange && change.profiles.every((p) => !p.canChange);
}
