import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/referral.json";
import fi from "../locales/fi/referral.json";
import sv from "../locales/sv/referral.json";

/**
 * The referral module's words for readers outside the web app (`locales/<lang>/referral.json`);
 * `referralTexts.in(locale).stageNames` names the pathway's stages on screen and on paper alike.
 */
export const referralTexts = /* @__PURE__ */ areaTexts("referral", { en, fi, sv });
