import { catalogueV1 } from "./catalogue-v1/index.ts";
import type { ThresholdClause } from "./rule.ts";
import type { DimensionId, IloIndicator, Observation, ProfileId, ScreeningInputData } from "./types.ts";

/** Test factories for the screening module (not part of the public API). */

export function anInput(overrides: Partial<ScreeningInputData> = {}): ScreeningInputData {
  return { profiles: ["adult_labour"], observations: [], ...overrides };
}

export function iloIndicators(profile: ProfileId, dimension?: DimensionId): IloIndicator[] {
  return catalogueV1.indicators.filter(
    (i): i is IloIndicator =>
      i.kind === "ilo" && i.profile === profile && (!dimension || i.dimension === dimension),
  );
}

/** A set of indicators meeting `clause` in a dimension, or null when the list cannot. */
export function indicatorsForClause(
  profile: ProfileId,
  dimension: DimensionId,
  clause: ThresholdClause,
): string[] | null {
  const all = iloIndicators(profile, dimension);
  const s = all.filter((i) => i.strength === "strong").map((i) => i.id);
  const m = all.filter((i) => i.strength === "medium").map((i) => i.id);
  const w = all.filter((i) => i.strength === "weak").map((i) => i.id);
  const take = (xs: string[], n: number) => (xs.length >= n ? xs.slice(0, n) : null);
  const join = (...parts: (string[] | null)[]) =>
    parts.some((p) => p === null) ? null : (parts.flat() as string[]);
  switch (clause) {
    case "two_strong":
      return join(take(s, 2));
    case "strong_and_medium_or_weak":
      return join(take(s, 1), take(m, 1) ?? take(w, 1));
    case "three_medium":
      return join(take(m, 3));
    case "two_medium_and_weak":
      return join(take(m, 2), take(w, 1));
  }
}

/** Any set that makes the dimension positive. */
export function positiveSet(profile: ProfileId, dimension: DimensionId): string[] {
  for (const clause of [
    "two_strong",
    "strong_and_medium_or_weak",
    "three_medium",
    "two_medium_and_weak",
  ] as const) {
    const ids = indicatorsForClause(profile, dimension, clause);
    if (ids) return ids;
  }
  throw new Error(`no positive set for ${profile}/${dimension}`);
}

export const obs = (
  indicator: string,
  status: Observation["status"],
  observedAt = "2026-01-01",
): Observation => ({
  indicator,
  status,
  observedAt,
});
