/**
 * Numbers, lists and the order of names in the reader's language (issue 18), by `Intl`: "1 234,5"
 * in Finnish, "1.234,5" in German; "a, b and c" / "a, b ja c"; names sorted as the language sorts
 * them (Polish "ł" after "l", Estonian "š" and "z" after "s"), never by code point.
 */
import { dateLocale } from "./format-date.ts";

const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<string, Intl.Collator>();

/** A number: "1,234.5" (en), "1 234,5" (fi, with a no-break space), "1.234,5" (de). */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(dateLocale(lang), options).format(value);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(dateLocale(lang));
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** A share: 0.425 → "42.5%" (en), "42,5 %" (fi). */
export function formatPercent(share: number, lang: string): string {
  return formatNumber(share, lang, { style: "percent", maximumFractionDigits: 1 });
}

/** A list in a sentence: "A, B and C", "A, B ja C", "A, B i C"; "or" with `disjunction`. */
export function formatList(
  items: readonly string[],
  lang: string,
  type: "conjunction" | "disjunction" | "unit" = "conjunction",
): string {
  return new Intl.ListFormat(dateLocale(lang), { style: "long", type }).format(items);
}

/** Compares text as the reader's language sorts it (case and accents as the language ranks them). */
export function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/** A copy sorted by a text of each item, in the reader's language's order. */
export function sortByText<T>(items: readonly T[], text: (item: T) => string, lang: string): T[] {
  const collator = collatorFor(lang);
  return [...items].sort((a, b) => collator.compare(text(a), text(b)));
}
