import { loadDomainTexts, loadedLocaleIds } from "../locales/loaders.ts";

/**
 * The domain texts of the languages that are not built in, registered once loaded. A bundle is
 * one JSON file of one area (`catalogue`, `screening`, …) in one language, as a translator wrote
 * it: it is read through `stringAt`, so a missing or malformed entry falls back to English.
 */
const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<void>>();

export function registerBundle(locale: string, area: string, bundle: unknown): void {
  loaded.set(`${locale}/${area}`, bundle);
}

/** A loaded bundle of a language that is not built in, or undefined. */
export function loadedBundle(locale: string, area: string): unknown {
  return loaded.get(`${locale}/${area}`);
}

/** The string at a path in a bundle, or undefined when the path is missing or not a string. */
export function stringAt(bundle: unknown, path: readonly string[]): string | undefined {
  let at: unknown = bundle;
  for (const key of path) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === "string" && at.trim() !== "" ? at : undefined;
}

/**
 * Loads a language's domain texts (every area) once; resolves at once for a built-in language or
 * one without texts yet (its readers get English). The browser fetches only the chosen language.
 */
export function loadLocale(locale: string): Promise<void> {
  if (!loadedLocaleIds.includes(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loadDomainTexts(locale).then(
      (areas) => {
        for (const [area, bundle] of Object.entries(areas)) registerBundle(locale, area, bundle);
      },
      (error: unknown) => {
        // Not fetched (a browser offline before the device kept it): asked again next time.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
