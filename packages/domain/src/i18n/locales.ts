/**
 * The languages Ariadne speaks: English (the source), Finnish and Swedish built in, and the other
 * languages of the Council of the Baltic Sea States, whose texts are loaded when chosen.
 */
export const localeIds = ["en", "fi", "sv", "da", "de", "et", "is", "lt", "lv", "nb", "pl"] as const;
export type LocaleId = (typeof localeIds)[number];

/** The languages whose domain texts are in every bundle that imports them (no loading needed). */
export const builtInLocaleIds = ["en", "fi", "sv"] as const;
export type BuiltInLocaleId = (typeof builtInLocaleIds)[number];

/** The language every text is written in first and every other language falls back to. */
export const sourceLocale = "en" satisfies LocaleId;

export function isLocaleId(value: string): value is LocaleId {
  return (localeIds as readonly string[]).includes(value);
}

/** The locale of a BCP 47 tag or Accept-Language item (`pl-PL` → `pl`, `no`/`nn` → `nb`), or undefined. */
export function localeOf(tag: string): LocaleId | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_;]/)[0] ?? "";
  const base = primary === "no" || primary === "nn" ? "nb" : primary;
  return isLocaleId(base) ? base : undefined;
}
