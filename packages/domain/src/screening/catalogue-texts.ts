import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/catalogue.json";
import fi from "../locales/fi/catalogue.json";
import sv from "../locales/sv/catalogue.json";
import type { BarrierId, IndicatorText, Lang, Localised, Phase, SupplementaryFormId } from "./types.ts";

/**
 * The catalogue's texts in one language (`locales/<lang>/catalogue.json`): ILO/EC concepts by
 * concept key (shared by the profiles), supplementary and Ariadne indicators by id.
 */
export interface CatalogueTexts {
  phase: Record<Phase, string>;
  concepts: Record<string, IndicatorText>;
  indicators: Record<string, IndicatorText & { guidance?: string }>;
  forms: Record<SupplementaryFormId, string>;
  forcedLabour: Record<string, string>;
  barriers: Record<BarrierId, { label: string; approach: string }>;
}

export const catalogueTexts = areaTexts<CatalogueTexts>("catalogue", { en, fi, sv });

/** A value in each built-in language (what a `Catalogue` object carries). */
export function localised<T>(inLocale: (lang: Lang) => T): Localised<T> {
  return { en: inLocale("en"), fi: inLocale("fi"), sv: inLocale("sv") };
}

const fields = ["wording", "lookFor", "ask"] as const;

/** An indicator's three texts at a path, each falling back to English on its own. */
export function indicatorTextAt(locale: string, path: readonly string[]): IndicatorText {
  const [wording, lookFor, ask] = fields.map((f) => catalogueTexts.text(locale, [...path, f])) as [
    string,
    string,
    string,
  ];
  return { wording, lookFor, ask };
}
