import { loadedBundle, stringAt } from "./bundles.ts";
import type { BuiltInLocaleId } from "./locales.ts";

export interface AreaTexts<T> {
  /** The built-in texts, typed: English, Finnish and Swedish. */
  builtIn: Record<BuiltInLocaleId, T>;
  /** The text at a path in a language; English when that language has none there. */
  text(locale: string, path: readonly string[]): string;
  /** Whether the language itself has a text at the path (not the English fallback). */
  has(locale: string, path: readonly string[]): boolean;
  /** All texts in a language, each that language lacks in English: English's shape, typed. */
  in(locale: string): T;
}

/** English's shape with every string the other bundle has at the same path, and nothing else. */
function overlay<T>(english: T, own: unknown): T {
  if (typeof english === "string") return (typeof own === "string" && own.trim() !== "" ? own : english) as T;
  if (typeof english !== "object" || english === null || Array.isArray(english)) return english;
  const mine = typeof own === "object" && own !== null ? (own as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(english).map(([k, v]) => [k, overlay(v, Object.hasOwn(mine, k) ? mine[k] : undefined)]),
  ) as T;
}

/**
 * One area's texts (one JSON file per language): the built-in languages imported with the code,
 * the others read from what `loadLocale` registered. A path English lacks is a programming error.
 */
export function areaTexts<T>(area: string, builtIn: Record<BuiltInLocaleId, T>): AreaTexts<T> {
  const bundle = (locale: string): unknown =>
    Object.hasOwn(builtIn, locale) ? builtIn[locale as BuiltInLocaleId] : loadedBundle(locale, area);
  const merged = new Map<string, { from: unknown; texts: T }>();
  return {
    builtIn,
    in(locale) {
      if (Object.hasOwn(builtIn, locale)) return builtIn[locale as BuiltInLocaleId];
      const own = loadedBundle(locale, area);
      if (own === undefined) return builtIn.en;
      const cached = merged.get(locale);
      if (cached?.from === own) return cached.texts;
      const texts = overlay(builtIn.en, own);
      merged.set(locale, { from: own, texts });
      return texts;
    },
    has: (locale, path) => stringAt(bundle(locale), path) !== undefined,
    text(locale, path) {
      const own = stringAt(bundle(locale), path);
      if (own !== undefined) return own;
      const english = stringAt(builtIn.en, path);
      if (english === undefined) throw new Error(`${area}: no English text at ${path.join(".")}`);
      return english;
    },
  };
}
