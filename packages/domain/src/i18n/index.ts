/** Languages, and the loading and lookup of domain texts in each (English is the fallback). */

export type { AreaTexts } from "./area-texts.ts";
export { areaTexts } from "./area-texts.ts";
export { loadedBundle, loadLocale, registerBundle, stringAt } from "./bundles.ts";
export type { LocaleGaps } from "./coverage.ts";
export { localeGaps, placeholdersOf, stringPaths } from "./coverage.ts";
export { fill, plural } from "./fill.ts";
export type { BuiltInLocaleId, LocaleId } from "./locales.ts";
export { builtInLocaleIds, isLocaleId, localeIds, localeOf, sourceLocale } from "./locales.ts";
