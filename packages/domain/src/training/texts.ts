import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/training.json";
import fi from "../locales/fi/training.json";
import sv from "../locales/sv/training.json";

/** The training module's words for readers outside the web app (`locales/<lang>/training.json`). */
export const trainingTexts = /* @__PURE__ */ areaTexts("training", { en, fi, sv });
