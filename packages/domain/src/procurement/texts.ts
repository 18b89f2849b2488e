import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/procurement.json";
import fi from "../locales/fi/procurement.json";
import sv from "../locales/sv/procurement.json";

/**
 * The procurement module's words for readers outside the web app (`locales/<lang>/procurement.json`):
 * the clause library's and the questionnaire's texts, the questionnaire mail and the exports' words.
 */
export const procurementTexts = /* @__PURE__ */ areaTexts("procurement", { en, fi, sv });

/** A value in each built-in language, read from the texts (English where a language has none). */
export function procurementLocalised(path: readonly string[]): { en: string; fi: string; sv: string } {
  const at = (l: string) => procurementTexts.text(l, path);
  return { en: at("en"), fi: at("fi"), sv: at("sv") };
}
