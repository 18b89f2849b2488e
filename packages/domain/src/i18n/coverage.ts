/** The dotted paths of every string in a bundle (`concepts.debt-bondage.ask`), in file order. */
export function stringPaths(bundle: unknown, prefix: readonly string[] = []): string[][] {
  if (typeof bundle === "string") return [[...prefix]];
  if (typeof bundle !== "object" || bundle === null || Array.isArray(bundle)) return [];
  return Object.entries(bundle).flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
}

/** The `{name}` and `{{name}}` placeholders of a text, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{?\s*(\w+)\s*\}?\}/g)].map((m) => m[1] ?? "").sort();
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** A locale's gaps against English: per area `missing`, or the dotted paths it has no text at. */
export type LocaleGaps = Record<string, "missing" | string[]>;

/**
 * What a locale lacks of English, area by area (one parsed JSON file each). A plural counts as
 * present when the locale has its `_other` form (its own categories are checked apart).
 */
export function localeGaps(english: Record<string, unknown>, own: Record<string, unknown>): LocaleGaps {
  const gaps: LocaleGaps = {};
  for (const [area, bundle] of Object.entries(english)) {
    // An area a translator has not begun (no file, or an empty one) is missing as a whole.
    if (!Object.hasOwn(own, area) || stringPaths(own[area]).length === 0) {
      gaps[area] = "missing";
      continue;
    }
    const have = new Set(stringPaths(own[area]).map((p) => p.join(".")));
    const missing = stringPaths(bundle)
      .map((p) => p.join("."))
      .filter((p) => !have.has(p.replace(pluralSuffix, "_other")));
    if (missing.length > 0) gaps[area] = missing;
  }
  return gaps;
}
