import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/cases.json";
import fi from "../locales/fi/cases.json";
import sv from "../locales/sv/cases.json";

/**
 * The case module's words for readers outside the web app (`locales/<lang>/cases.json`): the
 * person's fields, one wording for the case pages and for the export the person receives (GDPR
 * art. 12: clear and plain language the person understands), and the export's own words.
 */
export const casesTexts = /* @__PURE__ */ areaTexts("cases", { en, fi, sv });

/** The person's fields in the built-in languages (`casesTexts.in(locale).personFields` for any). */
export const personFieldLabels = { en: en.personFields, fi: fi.personFields, sv: sv.personFields };
