import { catalogueTexts, indicatorTextAt } from "../catalogue-texts.ts";
import type { DimensionId, IndicatorText, Phase, ProfileId } from "../types.ts";
import { dimensionIds, strengths } from "../types.ts";
import { adultLabour, adultSexual, type ProfileList } from "./ilo-adults.ts";
import { childLabour, childSexual } from "./ilo-children.ts";

export const profileLists: Record<ProfileId, ProfileList> = {
  adult_labour: adultLabour,
  adult_sexual: adultSexual,
  child_labour: childLabour,
  child_sexual: childSexual,
};

const recruitmentDimensions = new Set<DimensionId>([
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
]);
const phaseOf = (d: DimensionId): Phase => (recruitmentDimensions.has(d) ? "recruitment" : "destination");

// A concept that appears both at recruitment and at destination is asked about twice; the
// wording then names the phase so the two questions read differently.
const conceptsInBothPhases = (() => {
  const seen: Record<Phase, Set<string>> = { recruitment: new Set(), destination: new Set() };
  for (const list of Object.values(profileLists)) {
    for (const d of dimensionIds) {
      for (const s of strengths) for (const [c] of list[d][s] ?? []) seen[phaseOf(d)].add(c);
    }
  }
  return new Set([...seen.recruitment].filter((c) => seen.destination.has(c)));
})();

/**
 * The texts of an ILO/EC indicator (its concept, in its dimension) in a language, English where
 * that language has none; the wording names the phase when the concept is asked in both.
 */
export function iloTextIn(concept: string, dimension: DimensionId, locale: string): IndicatorText {
  const path = ["concepts", concept];
  if (!catalogueTexts.has("en", [...path, "wording"]))
    throw new Error(`catalogue-v1: no texts for concept ${concept}`);
  const t = indicatorTextAt(locale, path);
  if (!conceptsInBothPhases.has(concept)) return t;
  const phase = ["phase", phaseOf(dimension)];
  // The prefix is in the wording's language, so a wording that fell back to English keeps English.
  const own = catalogueTexts.has(locale, [...path, "wording"]) && catalogueTexts.has(locale, phase);
  const prefix = catalogueTexts.text(own ? locale : "en", phase);
  const wording = own ? t.wording : catalogueTexts.text("en", [...path, "wording"]);
  return { ...t, wording: `${prefix}: ${wording.charAt(0).toLowerCase()}${wording.slice(1)}` };
}
