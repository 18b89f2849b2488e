import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/cpv.json";
import fi from "../locales/fi/cpv.json";
import sv from "../locales/sv/cpv.json";
import { type CpvEntry, cpvDivisionTitle, cpvGroupTitle } from "./cpv-2008.ts";

/**
 * The titles of CPV 2008's divisions and groups by language (`locales/<lang>/cpv.json`, code →
 * title). English is Regulation (EC) No 213/2008's, as in `cpv-2008.ts`; the other languages are
 * Ariadne's drafts, not checked against the Regulation's official language editions (each locale's
 * STATUS.md says so, and `procurement.cpvTitles` tells the reader).
 */
export const cpvTexts = /* @__PURE__ */ areaTexts<Record<string, string>>("cpv", { en, fi, sv });

/** A division's or group's title in a language (English where it has none), or null for no such code. */
export function cpvTitleIn(code: string, locale: string): string | null {
  if (cpvGroupTitle(code) === null && cpvDivisionTitle(code) === null) return null;
  return cpvTexts.text(locale, [code]);
}

/** Divisions or groups with each title in the languages asked, by language. */
export function cpvEntriesIn(entries: readonly CpvEntry[], locales: readonly string[]) {
  return entries.map(({ code }) => ({
    code,
    title: Object.fromEntries(locales.map((l) => [l, cpvTexts.text(l, [code])])),
  }));
}
