import { catalogueTexts, indicatorTextAt } from "./catalogue-texts.ts";
import { iloTextIn } from "./catalogue-v1/phase-wording.ts";
import type { BarrierId, Indicator, IndicatorText, SupplementaryFormId } from "./types.ts";

// Lookups of the catalogue's texts in any language, English where that language has none (a
// language that is not built in is read once `loadLocale` has loaded it). Published texts are
// the same in every catalogue version that has the indicator, so the lookups need no version.

/** An indicator's wording, what to look for and how to ask, in a language. */
export function indicatorTextIn(indicator: Indicator, locale: string): IndicatorText {
  return indicator.kind === "ilo"
    ? iloTextIn(indicator.concept, indicator.dimension, locale)
    : indicatorTextAt(locale, ["indicators", indicator.id]);
}

/** How to record an Ariadne indicator, in a language, if it has guidance. */
export function indicatorGuidanceIn(indicator: Indicator, locale: string): string | undefined {
  const path = ["indicators", indicator.id, "guidance"];
  return catalogueTexts.has("en", path) ? catalogueTexts.text(locale, path) : undefined;
}

export function formLabelIn(form: SupplementaryFormId, locale: string): string {
  return catalogueTexts.text(locale, ["forms", form]);
}

/** An ILO indicator of forced labour (2012), by id (`ilo11.01`), in a language. */
export function forcedLabourLabelIn(id: string, locale: string): string {
  return catalogueTexts.text(locale, ["forcedLabour", id]);
}

/** A barrier to self-identification and how to approach it, in a language. */
export function barrierTextIn(id: BarrierId, locale: string): { label: string; approach: string } {
  return {
    label: catalogueTexts.text(locale, ["barriers", id, "label"]),
    approach: catalogueTexts.text(locale, ["barriers", id, "approach"]),
  };
}
