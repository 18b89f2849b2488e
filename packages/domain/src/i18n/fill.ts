/** A text with its `{{name}}` placeholders filled; a placeholder without a value stays as written. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The plural form of `<base>_<category>` for a count in a language (CLDR categories by
 * `Intl.PluralRules`: Polish one/few/many/other, Latvian zero/one/other), `{{count}}` filled;
 * `<base>_other` when the language lacks the category.
 */
export function plural(texts: Record<string, unknown>, base: string, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  const text = texts[`${base}_${category}`] ?? texts[`${base}_other`];
  if (typeof text !== "string") throw new Error(`no plural ${base}_other`);
  return fill(text, { count });
}
