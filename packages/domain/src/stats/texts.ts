import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/stats.json";
import fi from "../locales/fi/stats.json";
import sv from "../locales/sv/stats.json";

/** The statistics module's words for readers outside the web app (`locales/<lang>/stats.json`). */
export const statsTexts = /* @__PURE__ */ areaTexts("stats", { en, fi, sv });
