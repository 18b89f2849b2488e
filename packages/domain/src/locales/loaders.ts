/**
 * The languages whose domain texts are loaded when chosen, and the areas each has: one folder of
 * JSON files per language (`<lang>/<area>.json`), read by one loader, so adding a language is
 * adding a folder and its code here. English, Finnish and Swedish are built in. The two lists are
 * written by scripts/i18n/import-domain-translations.ts, which gives every language every area.
 */
export const loadedLocaleIds: readonly string[] = ["da", "de", "et", "is", "lt", "lv", "nb", "pl"];
export const domainAreas: readonly string[] = [
  "cases",
  "catalogue",
  "cpv",
  "notifications",
  "planning",
  "procurement",
  "referral",
  "screening",
  "stats",
  "training",
];

/**
 * A language's texts of every area, by area. The browser fetches them as one chunk,
 * `locale-<lang>-domain` (packages/web/vite.config.ts); Node reads the files.
 */
export async function loadDomainTexts(locale: string): Promise<Record<string, unknown>> {
  const areas = await Promise.all(
    domainAreas.map(async (area) => {
      const file: { default: unknown } = await import(`./${locale}/${area}.json`);
      return [area, file.default] as const;
    }),
  );
  return Object.fromEntries(areas);
}
