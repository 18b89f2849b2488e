import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/referral.json";
import fi from "../locales/fi/referral.json";
import sv from "../locales/sv/referral.json";
import type { SchemeStage } from "./scheme-of-assistance.ts";

/** The referral module's words for readers outside the web app (`locales/<lang>/referral.json`). */
export const referralTexts = /* @__PURE__ */ areaTexts("referral", { en, fi, sv });

/**
 * The pathway's stages in the built-in languages (`referralTexts.in(locale).stageNames` for any):
 * one source for the web app and the printable (PDF) scheme, so a stage is named the same on
 * screen and on paper.
 */
export const schemeStageNames: Record<"en" | "fi" | "sv", Record<SchemeStage, string>> = {
  en: en.stageNames,
  fi: fi.stageNames,
  sv: sv.stageNames,
};
