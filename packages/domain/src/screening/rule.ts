import type { Strength } from "./types.ts";

/**
 * The ILO/EC "how to use" rule for one dimension (Operational indicators of trafficking in
 * human beings, 2009): an element is positive with at least two strong indicators, or one
 * strong and one medium or weak, or three medium, or two medium and one weak. Weak indicators
 * alone never make it positive.
 */
export type ThresholdClause =
  | "two_strong"
  | "strong_and_medium_or_weak"
  | "three_medium"
  | "two_medium_and_weak";

export interface StrengthCounts {
  strong: number;
  medium: number;
  weak: number;
}

/** Which clause of the published threshold the counts meet, or null. */
export function thresholdClause(c: StrengthCounts): ThresholdClause | null {
  if (c.strong >= 2) return "two_strong";
  if (c.strong >= 1 && c.medium + c.weak >= 1) return "strong_and_medium_or_weak";
  if (c.medium >= 3) return "three_medium";
  if (c.medium >= 2 && c.weak >= 1) return "two_medium_and_weak";
  return null;
}

/**
 * The fewest unknown indicators that, if present, would make the dimension positive
 * (0 when it already is; Infinity when even all unknown ones could not).
 */
export function indicatorsNeeded(present: StrengthCounts, unknown: StrengthCounts): number {
  let best = Number.POSITIVE_INFINITY;
  // No clause needs more than three of a strength, so three of each bounds the search.
  for (let s = 0; s <= Math.min(3, unknown.strong); s++) {
    for (let m = 0; m <= Math.min(3, unknown.medium); m++) {
      for (let w = 0; w <= Math.min(3, unknown.weak); w++) {
        if (s + m + w >= best) continue;
        const counts = { strong: present.strong + s, medium: present.medium + m, weak: present.weak + w };
        if (thresholdClause(counts) !== null) best = s + m + w;
      }
    }
  }
  return best;
}

export const strengthRank: Record<Strength, number> = { strong: 0, medium: 1, weak: 2 };

/**
 * How the dimensions combine into an indication for a profile. Adults (the brochure's rule, as
 * summarised in docs/screening-format.md): a recruitment dimension (deceptive, coercive or by
 * abuse of vulnerability) AND exploitative conditions AND coercion or abuse of vulnerability at
 * destination. Children: the means are not required (Palermo Protocol art. 3(c)), so a
 * recruitment dimension AND exploitative conditions.
 */
export function indicatorsNeededForProfile(
  need: {
    deceptive_recruitment: number;
    coercive_recruitment: number;
    recruitment_abuse_of_vulnerability: number;
    exploitative_conditions: number;
    coercion_at_destination: number;
    abuse_of_vulnerability_at_destination: number;
  },
  isChild: boolean,
): number {
  const recruitment = Math.min(
    need.deceptive_recruitment,
    need.coercive_recruitment,
    need.recruitment_abuse_of_vulnerability,
  );
  const base = recruitment + need.exploitative_conditions;
  if (isChild) return base;
  return base + Math.min(need.coercion_at_destination, need.abuse_of_vulnerability_at_destination);
}
